package tandem.runtime.driver.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

/** The driver against an independent OPC UA server (node-opcua, see {@link OpcUaServer}) on 127.0.0.1. */
class OpcUaDriverTest {

	@TempDir
	static Path shared;
	private static OpcUaServer server;

	@TempDir
	Path pki;

	@BeforeAll
	static void startServer() throws Exception {
		server = OpcUaServer.start(shared.resolve("server-pki"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	static OpcUaDriver driver(OpcUaServer on, Path pki, boolean writes, Map<String, String> deployment,
			String... settings) {
		Map<String, String> p = new HashMap<>(Map.of("endpoint", on.endpoint(), "requestTimeoutMs", "3000",
				"keepAliveMs", "500"));
		for (int i = 0; i < settings.length; i += 2) {
			p.put(settings[i], settings[i + 1]);
		}
		OpcUaDriver d = new OpcUaDriver(new DriverConfiguration("ua", "opcua", 0, writes, p), pki, deployment::get);
		d.connect();
		return d;
	}

	static DriverTag tag(String node, TagType type, long rate) {
		return new DriverTag("v " + node, "ns=1;s=" + node, rate, type, true);
	}

	/** Polls until a read's values satisfy {@code done}; bounded, failing with the last outcome. */
	static List<Value> awaitValues(OpcUaDriver d, List<DriverTag> tags, Predicate<List<Value>> done, String what)
			throws InterruptedException {
		Object last = null;
		for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); System.nanoTime() < end;) {
			try {
				List<Value> values = d.read(tags, System.currentTimeMillis());
				if (done.test(values)) {
					return values;
				}
				last = values;
			} catch (DriverException e) {
				last = e.getMessage();
			}
			Thread.sleep(50);
		}
		return fail(what + " did not happen within 30 s; last read: " + last);
	}

	@Test
	void aSubscribedValueCarriesTheServersSourceTimestampAndStatus() throws Exception {
		try (OpcUaDriver d = driver(server, pki, true, Map.of())) {
			List<DriverTag> tags = List.of(tag("Demo.Int", TagType.INT, 200), tag("Demo.Double", TagType.FLOAT, 200));
			server.set("Demo.Int", 42, 1_700_000_000_123L);
			server.set("Demo.Double", 2.5, 1_700_000_000_456L);
			List<Value> values = awaitValues(d, tags, v -> Long.valueOf(42).equals(v.get(0).data())
					&& Double.valueOf(2.5).equals(v.get(1).data()), "receiving 42 and 2.5");
			assertEquals(new Value(42L, Quality.GOOD, 1_700_000_000_123L), values.get(0));
			assertEquals(new Value(2.5, Quality.GOOD, 1_700_000_000_456L), values.get(1));
			server.set("Demo.Int", 43, 1_700_000_001_000L);
			awaitValues(d, tags, v -> v.get(0).equals(new Value(43L, Quality.GOOD, 1_700_000_001_000L)),
					"the change to 43");
		}
	}

	@Test
	void aRateGroupLargerThanOneSubscriptionIsSplitAndEveryVariableOfItIsServed() throws Exception {
		try (OpcUaDriver d = driver(server, pki, true, Map.of(), "itemsPerSubscription", "2")) {
			List<DriverTag> tags = List.of(tag("Demo.Int", TagType.INT, 200), tag("Demo.Double", TagType.FLOAT, 200),
					tag("Demo.Float", TagType.FLOAT, 200), tag("Demo.Text", TagType.STRING, 200),
					tag("Demo.Counter", TagType.INT, 200));
			server.set("Demo.Text", "split", 1_700_000_002_000L);
			server.set("Demo.Float", 0.25, 1_700_000_002_000L);
			List<Value> values = awaitValues(d, tags, v -> v.stream().allMatch(Value::isGood)
					&& "split".equals(v.get(3).data()), "values from all three subscriptions");
			assertEquals(new Value(0.25, Quality.GOOD, 1_700_000_002_000L), values.get(2));
			long counted = values.get(4).sourceTime();
			awaitValues(d, tags, v -> v.get(4).sourceTime() > counted, "the counter, alone in the third subscription,"
					+ " changing");
		}
	}

	/**
	 * A poll that comes late (a node's poll thread stalled while it took over as server) still gets every change of
	 * a subscribed variable since the previous poll, each with its source time: a change that the next one replaced
	 * before the poll came cannot be read again, and its archive slot would be missing on every node.
	 */
	@Test
	void aLatePollGetsEveryChangeSinceThePreviousPollWithItsSourceTime() throws Exception {
		try (OpcUaServer plc = OpcUaServer.start(shared.resolve("late-pki"), "--change-ms", "200");
				OpcUaDriver d = driver(plc, pki, false, Map.of())) {
			List<DriverTag> tags = List.of(tag("Demo.Counter", TagType.INT, 100));
			awaitValues(d, tags, v -> v.get(0).isGood(), "a first counter value");
			Value before = last(d.readChanges(tags, System.currentTimeMillis()).get(0));
			Thread.sleep(2000); // the poll thread stalls for about ten changes of the counter
			List<Value> changes = d.readChanges(tags, System.currentTimeMillis()).get(0);
			assertTrue(changes.size() >= 8, "changes in 2 s of a counter changing every 200 ms: " + changes);
			Value previous = before;
			for (Value v : changes) {
				assertEquals((Long) previous.data() + 1, v.data(), "the change after " + previous + " in " + changes);
				assertEquals(previous.sourceTime() + 200, v.sourceTime(), "the source time of " + v + " in " + changes);
				previous = v;
			}
			Value next = d.readChanges(tags, System.currentTimeMillis()).get(0).get(0);
			assertTrue(next.equals(previous) || next.data().equals((Long) previous.data() + 1),
					"the next poll, right after, has the newest value again or the change after it, not older ones: "
							+ next + " after " + previous);
		}
	}

	private static Value last(List<Value> values) {
		return values.get(values.size() - 1);
	}

	@Test
	void theFirstPollWaitsForTheFirstConnectionInsteadOfReportingALoss() throws Exception {
		try (OpcUaDriver d = driver(server, pki, true, Map.of())) {
			List<Value> values = d.read(List.of(tag("Demo.Counter", TagType.INT, 200)), System.currentTimeMillis());
			assertEquals(1, values.size(), "the first poll, right after connect(), reads instead of failing");
		}
	}

	@Test
	void everyTypeIsWrittenAsTheServersVariableHoldsIt() throws Exception {
		try (OpcUaDriver d = driver(server, pki, true, Map.of())) {
			List<DriverTag> tags = List.of(tag("Demo.Bool", TagType.BOOL, 200));
			awaitValues(d, tags, v -> v.get(0).isGood(), "a first value");
			d.write(tag("Demo.Bool", TagType.BOOL, 200), true, 0);
			d.write(tag("Demo.Int", TagType.INT, 200), -7L, 0);
			d.write(tag("Demo.UInt", TagType.INT, 200), 65000L, 0);
			d.write(tag("Demo.Double", TagType.FLOAT, 200), 1.25, 0);
			d.write(tag("Demo.Float", TagType.FLOAT, 200), 0.5, 0);
			d.write(tag("Demo.Text", TagType.STRING, 200), "pump 3", 0);
			assertEquals(List.of("true", "-7", "65000", "1.25", "0.5", "pump 3"),
					Stream.of("Bool", "Int", "UInt", "Double", "Float", "Text").map(n -> {
						try {
							return server.get("Demo." + n);
						} catch (InterruptedException e) {
							throw new AssertionError(e);
						}
					}).toList());
			DriverException e = assertThrows(DriverException.class,
					() -> d.write(tag("Demo.UInt", TagType.INT, 200), 70000L, 0));
			assertTrue(e.getMessage().contains("outside 0..65535"), e.getMessage());
			e = assertThrows(DriverException.class, () -> d.write(tag("Demo.Counter", TagType.INT, 200), 1L, 0));
			assertTrue(e.getMessage().contains("refused the write"), e.getMessage());
		}
	}

	@Test
	void aStandbyInShadowModeNeverWrites() throws Exception {
		server.set("Demo.Text", "before", System.currentTimeMillis());
		try (OpcUaDriver shadow = driver(server, pki, false, Map.of())) {
			DriverException e = assertThrows(DriverException.class,
					() -> shadow.write(tag("Demo.Text", TagType.STRING, 200), "after", 0));
			assertTrue(e.getMessage().contains("shadow mode"), e.getMessage());
			assertEquals("before", server.get("Demo.Text"));
		}
	}

	@Test
	void anUntrustedServerIsRefusedWithWhereToTrustItAndAcceptedOnceTrusted() throws Exception {
		List<DriverTag> tags = List.of(tag("Demo.Counter", TagType.INT, 200));
		String message;
		try (OpcUaDriver d = driver(server, pki, true, Map.of(), "securityPolicy", "Basic256Sha256")) {
			message = awaitFailure(d, tags, m -> m.contains("not trusted"));
		}
		assertTrue(message.contains("move it to " + pki.resolve("trusted/certs")), message);
		assertTrue(Files.exists(pki.resolve("own/tandem-opcua-client.pfx")), "the application certificate is made");
		try (Stream<Path> rejected = Files.list(pki.resolve("rejected"))) {
			for (Path cert : rejected.toList()) {
				Files.move(cert, pki.resolve("trusted/certs").resolve(cert.getFileName()));
			}
		}
		try (OpcUaDriver d = driver(server, pki, true, Map.of(), "securityPolicy", "Basic256Sha256")) {
			awaitValues(d, tags, v -> v.get(0).isGood(), "a value over Basic256Sha256/SignAndEncrypt");
		}
	}

	@Test
	void theDeploymentsUserLogsInAndAWrongOneIsToldSo() throws Exception {
		try (OpcUaServer strict = OpcUaServer.start(shared.resolve("strict-pki"), "--users-only")) {
			List<DriverTag> tags = List.of(tag("Demo.Counter", TagType.INT, 200));
			try (OpcUaDriver anonymous = driver(strict, pki, true, Map.of())) {
				String m = awaitFailure(anonymous, tags, s -> s.contains("refuses the anonymous login"));
				assertTrue(m.startsWith("driver ua lost connection to " + strict.endpoint()), m);
			}
			Map<String, String> env = Map.of("TANDEM_OPCUA_UA_USER", "operator", "TANDEM_OPCUA_UA_PASSWORD", "wrong");
			try (OpcUaDriver wrong = driver(strict, pki, true, env)) {
				String m = awaitFailure(wrong, tags, s -> s.contains("refuses the user operator"));
				assertTrue(!m.contains("wrong"), "the password never appears: " + m);
			}
			env = Map.of("TANDEM_OPCUA_UA_USER", "operator", "TANDEM_OPCUA_UA_PASSWORD", "secret");
			try (OpcUaDriver user = driver(strict, pki, true, env)) {
				awaitValues(user, tags, v -> v.get(0).isGood(), "a value as user operator");
			}
		}
	}

	@Test
	void aKilledServerIsReportedLostAndItsValuesFlowAgainAfterItsRestart() throws Exception {
		try (OpcUaServer plc = OpcUaServer.start(shared.resolve("restart-pki"));
				OpcUaDriver d = driver(plc, pki, true, Map.of())) {
			List<DriverTag> tags = List.of(tag("Demo.Counter", TagType.INT, 100));
			awaitValues(d, tags, v -> v.get(0).isGood(), "a first counter value");
			plc.kill();
			long killed = System.nanoTime();
			String lost = awaitFailure(d, tags, m -> m.startsWith("driver ua lost connection to " + plc.endpoint()));
			long noticedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
			assertTrue(noticedMs < 3000, "lost noticed after " + noticedMs + " ms: " + lost);
			plc.start();
			long after = System.currentTimeMillis();
			awaitValues(d, tags, v -> v.get(0).isGood() && v.get(0).sourceTime() > after,
					"counter values from the restarted server (subscription created again)");
		}
	}

	@Test
	void theBrowserListsTheServersVariablesWithTypeAndWriteAccess() throws Exception {
		List<AddressSpaceBrowser.BrowsedVariable> found = AddressSpaceBrowser.browse(new DriverConfiguration("ua",
				"opcua", 0, true, Map.of("endpoint", server.endpoint())), pki, k -> null, 1000);
		assertTrue(found.contains(new AddressSpaceBrowser.BrowsedVariable("ns=1;s=Demo.Int", "Demo/Int", TagType.INT,
				true)), found.toString());
		assertTrue(found.contains(new AddressSpaceBrowser.BrowsedVariable("ns=1;s=Demo.Counter", "Demo/Counter",
				TagType.INT, false)), found.toString());
		assertTrue(found.contains(new AddressSpaceBrowser.BrowsedVariable("ns=1;s=Demo.Text", "Demo/Text",
				TagType.STRING, true)), found.toString());
	}

	static String awaitFailure(OpcUaDriver d, List<DriverTag> tags, Predicate<String> expected)
			throws InterruptedException {
		String last = null;
		for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); System.nanoTime() < end;) {
			try {
				last = "values " + d.read(tags, System.currentTimeMillis());
			} catch (DriverException e) {
				last = e.getMessage();
				if (expected.test(last)) {
					return last;
				}
			}
			Thread.sleep(50);
		}
		return fail("the expected failure did not come within 30 s; last read: " + last);
	}
}
