package tandem.runtime.driver.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

/** The driver against an independent Modbus TCP server (pymodbus, see {@link ModbusDevice}) on 127.0.0.1. */
class ModbusDriverTest {

	private static ModbusDevice device;

	@BeforeAll
	static void startDevice() throws Exception {
		device = ModbusDevice.start("--registers", "12000");
	}

	@AfterAll
	static void stopDevice() throws Exception {
		device.close();
	}

	static ModbusDriver driver(ModbusDevice on, boolean writes, String... settings) {
		Map<String, String> p = new HashMap<>(Map.of("host", "127.0.0.1", "port", Integer.toString(on.port()),
				"timeoutMs", "500", "reconnectMinMs", "100", "reconnectMaxMs", "400"));
		for (int i = 0; i < settings.length; i += 2) {
			p.put(settings[i], settings[i + 1]);
		}
		ModbusDriver d = new ModbusDriver(new DriverConfiguration("plc", "modbus-tcp", 0, writes, p));
		d.connect();
		return d;
	}

	static DriverTag tag(String address, TagType type) {
		return new DriverTag("v " + address, address, 1000, type, true);
	}

	private static Object data(ModbusDriver d, DriverTag tag) throws DriverException {
		Value v = d.read(List.of(tag), System.currentTimeMillis()).get(0);
		assertEquals(Quality.GOOD, v.quality(), tag.address() + " reads " + v);
		return v.data();
	}

	@ParameterizedTest(name = "word order {0}")
	@EnumSource(WordOrder.class)
	void everyDataTypeReadsAsTheDeviceStoredItInEachWordOrder(WordOrder order) throws Exception {
		String o = order.name();
		device.put("hr", 100, "int16", o, -1234);
		device.put("hr", 101, "uint16", o, 54321);
		device.put("hr", 102, "int32", o, -123456789);
		device.put("hr", 104, "uint32", o, 4000000000L);
		device.put("hr", 106, "float32", o, 123.456);
		device.put("hr", 108, "float64", o, -9876.54321);
		device.put("ir", 20, "float32", o, 0.5);
		device.set("hr", 112, 0b100000);
		List<DriverTag> tags = List.of(tag("HR:100:int16", TagType.INT), tag("40102:uint16", TagType.INT),
				tag("HR:102:int32", TagType.INT), tag("HR:104:uint32", TagType.INT),
				tag("HR:106:float32", TagType.FLOAT), tag("HR:108:float64", TagType.FLOAT),
				tag("IR:20:float32", TagType.FLOAT), tag("HR:112.5", TagType.BOOL), tag("HR:112.4", TagType.BOOL));
		try (ModbusDriver d = driver(device, true, "wordOrder", o)) {
			long before = d.requestsSent();
			long now = 1_700_000_012_345L;
			List<Value> values = d.read(tags, now);
			List<Object> data = values.stream().map(Value::data).toList();
			assertEquals(List.of(-1234L, 54321L, -123456789L, 4000000000L, (double) 123.456f, -9876.54321, 0.5, true,
					false), data);
			assertTrue(values.stream().allMatch(v -> v.quality() == Quality.GOOD && v.sourceTime() == 1_700_000_012_000L),
					"the source time of every value is the start of its poll slot: " + values);
			assertEquals(2, d.requestsSent() - before, "one request for HR:100..112, one for IR:20");
		}
	}

	@Test
	void coilsAndDiscreteInputsReadInBothAddressSyntaxes() throws Exception {
		device.set("co", 3, 1);
		device.set("di", 9, 1);
		device.set("ir", 5, 777);
		try (ModbusDriver d = driver(device, true)) {
			List<Object> data = d.read(List.of(tag("00004", TagType.BOOL), tag("CO:4", TagType.BOOL),
					tag("10010", TagType.BOOL), tag("DI:8", TagType.BOOL), tag("30006", TagType.INT),
					tag("IR:5:int16", TagType.FLOAT)), 0).stream().map(Value::data).toList();
			assertEquals(List.of(true, false, true, false, 777L, 777.0), data);
		}
	}

	@ParameterizedTest(name = "word order {0}")
	@EnumSource(value = WordOrder.class, names = { "ABCD", "CDAB", "DCBA" })
	void writesReachTheDeviceInItsWordOrder(WordOrder order) throws Exception {
		try (ModbusDriver d = driver(device, true, "wordOrder", order.name())) {
			d.write(tag("HR:200:int32", TagType.INT), -70000L, 0);
			d.write(tag("HR:202:float64", TagType.FLOAT), 2.25, 0);
			d.write(tag("HR:206:uint16", TagType.INT), 65000L, 0);
			d.write(tag("CO:30", TagType.BOOL), true, 0);
			device.set("hr", 210, 0b1001);
			d.write(tag("HR:210.1", TagType.BOOL), true, 0);
			d.write(tag("HR:210.3", TagType.BOOL), false, 0);
			assertEquals("-70000", device.take("hr", 200, "int32", order.name()));
			assertEquals("2.25", device.take("hr", 202, "float64", order.name()));
			assertEquals("65000", device.take("hr", 206, "uint16", order.name()));
			assertEquals(List.of(1), device.get("co", 30, 1));
			assertEquals(List.of(0b0011), device.get("hr", 210, 1), "only the written bits change");
			assertEquals(true, data(d, tag("CO:30", TagType.BOOL)));
		}
	}

	@Test
	void aStandbyInShadowModeNeverWritesAndReadOnlyAreasAreRefused() throws Exception {
		device.set("hr", 220, 5);
		try (ModbusDriver shadow = driver(device, false); ModbusDriver d = driver(device, true)) {
			DriverException e = assertThrows(DriverException.class,
					() -> shadow.write(tag("HR:220", TagType.INT), 9L, 0));
			assertTrue(e.getMessage().contains("shadow mode"), e.getMessage());
			assertEquals(List.of(5), device.get("hr", 220, 1));
			e = assertThrows(DriverException.class, () -> d.write(tag("IR:3", TagType.INT), 9L, 0));
			assertTrue(e.getMessage().contains("IR:3:int16 is read-only"), e.getMessage());
			e = assertThrows(DriverException.class, () -> d.write(tag("HR:220:int16", TagType.INT), 40000L, 0));
			assertTrue(e.getMessage().contains("does not fit int16"), e.getMessage());
			assertEquals(List.of(5), device.get("hr", 220, 1));
		}
	}

	@Test
	void tenThousandRegistersAreReadWithTheFewestRequestsTheProtocolAllows() throws Exception {
		List<DriverTag> tags = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			tags.add(tag("HR:" + (1000 + i) + ":uint16", TagType.INT));
		}
		device.set("hr", 1000 + 9_999, 4242);
		try (ModbusDriver d = driver(device, true, "timeoutMs", "5000")) { // pymodbus is slow on a busy machine
			long before = device.requests();
			List<Value> values = d.read(tags, 0);
			assertEquals(80, device.requests() - before, "10,000 registers / 125 per request");
			assertEquals(4242L, values.get(9_999).data());
		}
	}

	@Test
	void aBlockOverAHoleIsSplitAndOnlyTheMissingRegisterIsBad() throws Exception {
		try (ModbusDevice holey = ModbusDevice.start("--registers", "200", "--hole", "50:50");
				ModbusDriver d = driver(holey, true)) {
			holey.set("hr", 49, 49);
			holey.set("hr", 51, 51);
			List<DriverTag> tags = new ArrayList<>();
			for (int i = 40; i <= 60; i++) {
				tags.add(tag("HR:" + i, TagType.INT));
			}
			List<Value> first = d.read(tags, 0);
			long firstRequests = d.requestsSent();
			List<Value> second = d.read(tags, 1000);
			long secondRequests = d.requestsSent() - firstRequests;
			for (List<Value> values : List.of(first, second)) {
				for (int i = 0; i < tags.size(); i++) {
					Quality expected = i + 40 == 50 ? Quality.BAD : Quality.GOOD;
					assertEquals(expected, values.get(i).quality(), tags.get(i).address() + ": " + values.get(i));
				}
				assertEquals(49L, values.get(9).data());
				assertEquals(51L, values.get(11).data());
			}
			assertEquals(9, firstRequests, "the first poll halves the refused requests down to HR:50");
			assertEquals(5, secondRequests, "later polls read around the hole: 40-49, 50, 51, 52-54, 55-60");
		}
	}

	@Test
	void onlyTheConfiguredUnitAnswers() throws Exception {
		try (ModbusDevice unit7 = ModbusDevice.start("--registers", "20", "--unit", "7");
				ModbusDriver right = driver(unit7, true, "unitId", "7");
				ModbusDriver wrong = driver(unit7, true, "unitId", "3")) {
			unit7.set("hr", 2, 77);
			assertEquals(77L, data(right, tag("HR:2", TagType.INT)));
			Value v = null;
			try {
				v = wrong.read(List.of(tag("HR:2", TagType.INT)), 0).get(0);
			} catch (DriverException e) {
				assertTrue(e.getMessage().contains("(unit 3)"), e.getMessage());
			}
			assertTrue(v == null || v.quality() != Quality.GOOD, "unit 3 must not read unit 7's register: " + v);
		}
	}

	@Test
	void aKilledDeviceIsReportedAsLostAndReadsGoodAgainAfterItsRestart() throws Exception {
		try (ModbusDevice plc = ModbusDevice.start("--registers", "20"); ModbusDriver d = driver(plc, true)) {
			plc.set("hr", 1, 11);
			DriverTag t = tag("HR:1", TagType.INT);
			assertEquals(11L, data(d, t));
			plc.kill();
			DriverException lost = assertThrows(DriverException.class, () -> d.read(List.of(t), 0));
			assertTrue(lost.getMessage().startsWith("driver plc lost connection to 127.0.0.1:" + plc.port()),
					lost.getMessage());
			assertThrows(DriverException.class, () -> d.read(List.of(t), 0), "still away");
			plc.start();
			plc.set("hr", 1, 12);
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (true) {
				try {
					assertEquals(12L, data(d, t));
					break;
				} catch (DriverException e) {
					if (System.nanoTime() > end) {
						fail("the driver did not reconnect within 10 s of the device's restart: " + e.getMessage());
					}
					Thread.sleep(50);
				}
			}
		}
	}

	@Test
	void aWriteThatTimedOutIsReportedAndNeverRepeated() throws Exception {
		try (ModbusDevice plc = ModbusDevice.start("--registers", "20"); ModbusDriver d = driver(plc, true)) {
			assertEquals(0L, data(d, tag("HR:3", TagType.INT)));
			long before = plc.requests();
			signal(plc, "STOP");
			DriverException e;
			try {
				e = assertThrows(DriverException.class, () -> d.write(tag("HR:3", TagType.INT), 33L, 0));
			} finally {
				signal(plc, "CONT");
			}
			assertTrue(e.getMessage().contains("not repeated"), e.getMessage());
			Thread.sleep(1000); // the device now serves what queued up while it was stopped
			assertEquals(List.of(33), plc.get("hr", 3, 1), "the one write arrived late");
			assertEquals(1, plc.requests() - before, "and was sent once");
			assertNotEquals(0, d.requestsSent());
		}
	}

	private static void signal(ModbusDevice plc, String signal) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(plc.pid())).inheritIO().start();
		assertTrue(kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal + " failed");
	}
}
