package tandem.runtime.driver.modbus;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusExecutionException;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import com.digitalpetri.modbus.pdu.MaskWriteRegisterRequest;
import com.digitalpetri.modbus.pdu.ModbusRequestPdu;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadCoilsResponse;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsResponse;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteSingleCoilRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;

/**
 * Polls one Modbus TCP device (kind {@code modbus-tcp}). Each rate group's tags are read with as few requests as
 * {@link ReadPlan} allows. Modbus carries no time stamp, so a value's source time is the start of its poll slot,
 * {@code floor(pollTime / rate) * rate}: server and standby polling the same slot agree on the fact's key.
 *
 * <p>A timeout or a broken connection fails the whole read (the core turns the driver's variables INVALID and
 * records the loss once); a device's exception answer only makes the affected tags BAD. Writes are sent once:
 * a write that timed out may have reached the device, so it is reported, never repeated.
 */
public final class ModbusDriver implements Driver {

	private static final System.Logger LOG = System.getLogger(ModbusDriver.class.getName());

	private final DriverConfiguration configuration;
	private final DeviceSettings settings;
	private final RegisterCodec codec;
	private final DeviceLink link;
	private final Map<List<DriverTag>, ReadPlan> plans = new ConcurrentHashMap<>();
	private final Set<String> reported = ConcurrentHashMap.newKeySet();
	private final AtomicLong requests = new AtomicLong();

	public ModbusDriver(DriverConfiguration configuration) {
		this(configuration, System::currentTimeMillis);
	}

	ModbusDriver(DriverConfiguration configuration, LongSupplier clock) {
		this.configuration = configuration;
		this.settings = DeviceSettings.of(configuration);
		this.codec = new RegisterCodec(settings.wordOrder());
		this.link = new DeviceLink(settings, clock);
	}

	/** Tries to connect once; a device that is not there yet is not an error, the first read reports it. */
	@Override
	public void connect() {
		try {
			link.client();
		} catch (DriverException e) {
			LOG.log(Level.WARNING, e.getMessage());
		}
	}

	/** Read requests sent since the driver was created (for benchmarks and diagnostics). */
	public long requestsSent() {
		return requests.get();
	}

	@Override
	public List<Value> read(List<DriverTag> tags, long pollTime) throws DriverException {
		ModbusTcpClient client = link.client();
		ReadPlan plan = plans.computeIfAbsent(List.copyOf(tags), this::plan);
		Object[] data = new Object[tags.size()];
		Quality[] quality = new Quality[tags.size()];
		Arrays.fill(quality, Quality.BAD); // tags whose address is wrong stay BAD
		for (ReadBlock block : plan.blocks()) {
			readBlock(client, plan, block, tags, data, quality);
		}
		List<Value> values = new ArrayList<>(tags.size());
		for (int i = 0; i < tags.size(); i++) {
			long rate = tags.get(i).rateMillis();
			long slotStart = Math.floorDiv(pollTime, rate) * rate;
			values.add(new Value(quality[i] == Quality.GOOD ? data[i] : null, quality[i], slotStart));
		}
		return values;
	}

	private ReadPlan plan(List<DriverTag> tags) {
		List<ModbusAddress> addresses = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < tags.size(); i++) {
			try {
				addresses.add(ModbusAddress.parse(tags.get(i)));
				positions.add(i);
			} catch (IllegalArgumentException e) {
				LOG.log(Level.ERROR, "modbus-tcp driver " + settings.driver() + ": " + e.getMessage()
						+ "; the variable stays BAD");
			}
		}
		return ReadPlan.of(addresses, positions, settings.maxRegistersPerRead(), settings.maxBitsPerRead(),
				settings.maxGap());
	}

	private void readBlock(ModbusTcpClient client, ReadPlan plan, ReadBlock block, List<DriverTag> tags,
			Object[] data, Quality[] quality) throws DriverException {
		byte[] answer;
		try {
			requests.incrementAndGet();
			answer = request(client, block);
		} catch (ModbusResponseException e) {
			List<ReadBlock> halves = e.getExceptionCode() == ExceptionCode.ILLEGAL_DATA_ADDRESS.getCode()
					? plan.split(block)
					: List.of();
			if (!halves.isEmpty()) {
				LOG.log(Level.INFO, "modbus-tcp driver {0}: {1} refused (illegal data address), read in two parts",
						settings.driver(), block);
				for (ReadBlock half : halves) {
					readBlock(client, plan, half, tags, data, quality);
				}
				return;
			}
			refused(plan, block, e);
			return;
		} catch (ModbusTimeoutException e) {
			throw link.lost("no answer within " + settings.timeoutMillis() + " ms", e);
		} catch (ModbusExecutionException e) {
			throw link.lost(e);
		}
		for (ReadPlan.Item item : plan.items(block)) {
			DriverTag tag = tags.get(item.tag());
			data[item.tag()] = block.area().bits ? bit(answer, item.address().offset() - block.offset())
					: codec.decode(answer, block.offset(), item.address(), tag.type());
			quality[item.tag()] = Quality.GOOD;
		}
	}

	private byte[] request(ModbusTcpClient client, ReadBlock b)
			throws ModbusExecutionException, ModbusResponseException, ModbusTimeoutException {
		int unit = settings.unitId();
		return switch (b.area()) {
		case COILS -> ((ReadCoilsResponse) client.send(unit, new ReadCoilsRequest(b.offset(), b.quantity()))).coils();
		case DISCRETE_INPUTS -> ((ReadDiscreteInputsResponse) client.send(unit,
				new ReadDiscreteInputsRequest(b.offset(), b.quantity()))).inputs();
		case INPUT_REGISTERS -> ((ReadInputRegistersResponse) client.send(unit,
				new ReadInputRegistersRequest(b.offset(), b.quantity()))).registers();
		case HOLDING_REGISTERS -> ((ReadHoldingRegistersResponse) client.send(unit,
				new ReadHoldingRegistersRequest(b.offset(), b.quantity()))).registers();
		};
	}

	/** The tags of a refused request stay BAD; the refusal is logged once per request and exception code. */
	private void refused(ReadPlan plan, ReadBlock block, ModbusResponseException e) {
		String what = block + " " + exceptionName(e.getExceptionCode());
		if (reported.add(what)) {
			LOG.log(Level.WARNING, "modbus-tcp driver " + settings.driver() + ": device " + settings.endpoint()
					+ " refuses " + what + "; " + plan.items(block).size() + " variable(s) BAD");
		}
	}

	private static boolean bit(byte[] packed, int index) {
		return (packed[index / 8] >> (index % 8) & 1) != 0;
	}

	static String exceptionName(int code) {
		return String.format("exception %02X %s", code, ExceptionCode.from(code).map(c -> c.name().toLowerCase()
				.replace('_', ' ')).orElse("(unknown)"));
	}

	@Override
	public void write(DriverTag tag, Object value, long time) throws DriverException {
		String target = "variable " + tag.variable() + " at " + tag.address();
		if (!tag.writable()) {
			throw new DriverException("modbus-tcp driver " + settings.driver() + ": " + target + " is not writable");
		}
		if (!configuration.fieldWritesAllowed()) {
			throw new DriverException("modbus-tcp driver " + settings.driver() + ": shadow mode, write to "
					+ tag.variable() + " not sent to the field");
		}
		ModbusRequestPdu request;
		try {
			request = writeRequest(ModbusAddress.parse(tag), value, tag.variable());
		} catch (IllegalArgumentException e) {
			throw new DriverException("modbus-tcp driver " + settings.driver() + ": " + e.getMessage(), e);
		}
		ModbusTcpClient client = link.openClient();
		try {
			client.send(settings.unitId(), request);
		} catch (ModbusTimeoutException e) {
			throw new DriverException("modbus-tcp driver " + settings.driver() + ": write of " + value + " to "
					+ target + " got no answer within " + settings.timeoutMillis() + " ms; it was not repeated,"
					+ " because the device may have applied it: check the value", e);
		} catch (ModbusResponseException e) {
			throw new DriverException("modbus-tcp driver " + settings.driver() + ": device " + settings.endpoint()
					+ " refused the write of " + value + " to " + target + ": " + exceptionName(e.getExceptionCode()),
					e);
		} catch (ModbusExecutionException e) {
			throw new DriverException(link.lost(e).getMessage() + "; write to " + target + " not confirmed", e);
		}
	}

	private ModbusRequestPdu writeRequest(ModbusAddress a, Object value, String variable) {
		if (!a.area().writable) {
			throw new IllegalArgumentException("variable " + variable + ": " + a + " is read-only (input registers"
					+ " and discrete inputs cannot be written)");
		}
		if (a.area() == Area.COILS) {
			return new WriteSingleCoilRequest(a.offset(), RegisterCodec.number(value, variable) != 0);
		}
		if (a.type() == DataType.BIT) {
			int mask = 1 << a.bit();
			boolean on = RegisterCodec.number(value, variable) != 0;
			return new MaskWriteRegisterRequest(a.offset(), ~mask & 0xffff, on ? mask : 0);
		}
		byte[] registers = codec.encode(value, a, variable);
		if (registers.length == 2) {
			return new WriteSingleRegisterRequest(a.offset(), (registers[0] & 0xff) << 8 | registers[1] & 0xff);
		}
		return new WriteMultipleRegistersRequest(a.offset(), registers.length / 2, registers);
	}

	@Override
	public void close() {
		link.close();
	}
}
