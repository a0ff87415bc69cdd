package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Tier 4: server and standby subscribe to a real OPC UA server (node-opcua, {@code releng/peers/opcua-server.js},
 * not the Milo library the driver uses) on 127.0.0.1; the Tandem server is killed with {@code kill -9} while values
 * flow. Before that the OPC UA server itself is killed and restarted: each node writes one CEL line for the loss
 * and one for the return. Two of the plant's variables come from the OPC UA server, which changes them every 200 ms with source
 * timestamps on 200 ms boundaries; the nodes sample them every 100 ms, and the archive keys every sample by its
 * source timestamp. {@code tandem check} over both histories must find every 200 ms archive slot of them exactly
 * once: the standby's shadow subscription fills the moments the dead server's samples did not reach it, and both
 * nodes key a sample alike.
 *
 * <p>Each poll takes every change the subscription received since the previous poll, not only the newest: a node's
 * poll thread that comes late (the standby busy with its promotion, or the killed node starting again beside it)
 * would otherwise skip a change that the next one replaced, and a change keyed by its source time cannot be read
 * again, so its slot of both OPC UA variables went missing on both nodes (see docs/redundancy.md, "Subscribed
 * devices"). Runs in about 90 s.
 *
 * <p>The pair runs without a witness, so each node alone has quorum. Five runs once found every OPC UA slot, and
 * one failed on an on-change sample of a simulated variable at the window's start on both nodes: the second node's
 * join had missed the first, each served epoch 1 alone until MERGE3 merged them, and the surviving chain did not
 * take in the other's sample. A node of a pair without witness that is alone in its first view now waits for the
 * other before it serves ({@code ClusterSettings#startAloneGraceMs}), so the start has one server. Run it alone
 * with {@code ./mvnw -B verify -pl tests/tandem.product.tests -Dtest=OpcUaFailoverTest} after a full build.
 */
class OpcUaFailoverTest {

	private static final int RATE_MS = 200;
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	@TempDir
	Path temp;

	@Test
	void aKilledServerLosesNoSlotOfTheSubscribedValues() throws Exception {
		Path peers = LaunchedProcess.ROOT.resolve("releng/peers");
		assertTrue(Files.isDirectory(peers.resolve("node_modules/node-opcua")), "the OPC UA server needs node-opcua in "
				+ peers.toAbsolutePath() + "/node_modules: ./releng/scripts/run-tests.sh installs it");
		int port = FaultProject.freePort();
		FaultProject project = FaultProject.create(temp, RATE_MS, "water-treatment.tandem", doc -> {
			Element simulator = (Element) doc.getElementsByTagName("drivers").item(0);
			Element ua = doc.createElement("drivers");
			ua.setAttributeNS(XSI, "xsi:type", "tandem:OpcUaDriver");
			ua.setAttribute("name", "UA");
			ua.setAttribute("endpoint", "opc.tcp://127.0.0.1:" + port);
			simulator.getParentNode().insertBefore(ua, simulator.getNextSibling());
			FaultProject.forEach(doc, "variables", v -> {
				String node = switch (v.getAttribute("name")) {
				case "Intake.Flow" -> "ns=1;s=Demo.Wave";
				case "Tank1.Level" -> "ns=1;s=Demo.Counter";
				default -> null;
				};
				if (node != null) {
					v.setAttribute("driver", "driver/UA");
					v.setAttribute("address", node);
					v.setAttribute("rateMs", Integer.toString(RATE_MS / 2));
				}
			});
			FaultProject.forEach(doc, "topology", t -> t.removeAttribute("witness"));
		});
		List<String> server = List.of("node", peers.resolve("opcua-server.js").toString(), "--port",
				Integer.toString(port), "--pki", temp.resolve("opcua-pki").toString(), "--change-ms",
				Integer.toString(RATE_MS));
		try (FieldDeviceFailover.Device opcua = new FieldDeviceFailover.Device(server).start();
				FaultHarness plant = new FaultHarness(project, temp.resolve("nodes"))) {
			plant.start("alpha");
			plant.start("beta");
			Thread.sleep(2000);
			opcua.kill(); // the OPC UA server's machine loses power for 3 s
			Thread.sleep(3000);
			opcua.start();
			Thread.sleep(30_000); // Milo reconnects (its back-off doubles up to 16 s), the subscriptions are created again
			FieldDeviceFailover.killServerAndCheck(plant, System.currentTimeMillis(), 5000);
			List<String> cel = FieldDeviceFailover.cel(plant.data("beta"));
			for (String node : List.of("alpha", "beta")) {
				assertEquals(1, cel.stream().filter(l -> l.contains("driver UA lost connection to opc.tcp://127.0.0.1:"
						+ port) && l.contains("seen by node " + node)).count(), node + ": " + cel);
				assertEquals(1, cel.stream().filter(l -> l.contains("driver UA answers again (seen by node " + node))
						.count(), node + ": " + cel);
			}
		}
	}
}
