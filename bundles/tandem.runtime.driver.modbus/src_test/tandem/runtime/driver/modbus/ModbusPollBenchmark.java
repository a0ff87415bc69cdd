package tandem.runtime.driver.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

/**
 * Figures, not a test (not in the default run): 10,000 holding registers of one device polled as one rate group
 * — requests per cycle and cycle time with block reads, beside the same registers read one request each, in
 * the same run against the same pymodbus device on 127.0.0.1.
 *
 * <pre>./mvnw -B verify -pl bundles/tandem.runtime.api,bundles/tandem.runtime.driver.modbus -Dtest=ModbusPollBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ModbusPollBenchmark {

	private static final int REGISTERS = 10_000;
	private static final int CYCLES = 5;

	@Test
	void tenThousandRegistersPerCycle() throws Exception {
		List<DriverTag> tags = new ArrayList<>();
		for (int i = 0; i < REGISTERS; i++) {
			tags.add(new DriverTag("r" + i, "HR:" + i + ":uint16", 1000, TagType.INT, false));
		}
		try (ModbusDevice device = ModbusDevice.start("--registers", Integer.toString(REGISTERS + 10))) {
			long[] blocks = measure(device, tags, "125", CYCLES);
			long[] single = measure(device, tags, "1", 1);
			System.out.printf("FIGURES modbus poll of %,d registers: block reads %d requests/cycle, %d ms/cycle"
					+ " (best of %d); one register per request %d requests/cycle, %d ms/cycle; minimum the"
					+ " 125-register limit allows: %d requests%n", REGISTERS, blocks[0], blocks[1], CYCLES, single[0],
					single[1], (REGISTERS + 124) / 125);
		}
	}

	/** {requests per cycle, best cycle time in ms}. */
	private static long[] measure(ModbusDevice device, List<DriverTag> tags, String maxPerRead, int cycles)
			throws Exception {
		try (ModbusDriver d = ModbusDriverTest.driver(device, false, "maxRegistersPerRead", maxPerRead, "timeoutMs",
				"5000")) {
			d.read(tags, 0); // warm-up: plan, connection, JIT
			long requests = 0;
			long best = Long.MAX_VALUE;
			for (int c = 0; c < cycles; c++) {
				long before = d.requestsSent();
				long start = System.nanoTime();
				List<Value> values = d.read(tags, 1000L * (c + 1));
				best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
				requests = d.requestsSent() - before;
				assertEquals(REGISTERS, values.stream().filter(v -> v.quality() == Quality.GOOD).count());
			}
			return new long[] { requests, best };
		}
	}
}
