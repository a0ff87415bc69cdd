package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 4: server and standby poll a real Modbus TCP device (Debian's pymodbus, {@code releng/peers}) on
 * 127.0.0.1. First the device itself is killed and restarted: each node writes one CEL line for the loss and one
 * for the return. Then the server is killed with {@code kill -9} while values flow, the standby serves, the killed
 * node returns. Modbus has no time stamps, so a sample's key is the start of its poll slot: {@code tandem check}
 * over both histories must find every slot of the device's variables exactly once, across the failover and the
 * return (see docs/redundancy.md, "Polled devices").
 */
class ModbusFailoverTest {

	private static final int RATE_MS = 200;

	@TempDir
	Path temp;

	@Test
	void aRestartedDeviceIsOneCelLineEachWayAndAKilledServerLosesNoPollSlot() throws Exception {
		int devicePort = FaultProject.freePort();
		FaultProject project = FaultProject.create(temp, RATE_MS, "water-treatment-modbus.tandem", doc -> {
			FaultProject.forEach(doc, "drivers", d -> {
				if ("PLC".equals(d.getAttribute("name"))) {
					d.setAttribute("port", Integer.toString(devicePort));
				}
			});
			// no witness station here: the pair falls back to "the survivor promotes"
			FaultProject.forEach(doc, "topology", t -> t.removeAttribute("witness"));
		});
		List<String> device = List.of("/usr/bin/python3",
				LaunchedProcess.ROOT.resolve("releng/peers/modbus-device.py").toString(), "--port",
				Integer.toString(devicePort), "--plant");
		try (FieldDeviceFailover.Device plc = new FieldDeviceFailover.Device(device).start();
				FaultHarness plant = new FaultHarness(project, temp.resolve("nodes"))) {
			plant.start("alpha");
			plant.start("beta");
			Thread.sleep(2000);
			plc.kill(); // the PLC loses power for 3 s
			Thread.sleep(3000);
			plc.start();
			Thread.sleep(8000); // reconnect after the back-off, then values flow again
			FieldDeviceFailover.killServerAndCheck(plant, System.currentTimeMillis(), 4000);
			List<String> cel = FieldDeviceFailover.cel(plant.data("beta"));
			for (String node : List.of("alpha", "beta")) {
				assertEquals(1, cel.stream().filter(l -> l.contains("driver PLC lost connection to 127.0.0.1:"
						+ devicePort) && l.contains("seen by node " + node)).count(), node + ": " + cel);
				assertEquals(1, cel.stream().filter(l -> l.contains("driver PLC answers again (seen by node " + node))
						.count(), node + ": " + cel);
			}
		}
	}
}
