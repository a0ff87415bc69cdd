package tandem.studio.core.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.DataType;
import tandem.model.OpcUaDriver;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.driver.opcua.AddressSpaceBrowser.BrowsedVariable;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.Sessions;

/**
 * The studio's import of variables from an OPC UA server, against an independent server (node-opcua,
 * {@code releng/peers/opcua-server.js}) on 127.0.0.1: what the browse lists becomes project variables bound to the
 * driver, as one undo step, and a second import of the same nodes adds nothing.
 */
class ImportFromOpcUaTest {

	private static final Path PEERS = Path.of(System.getProperty("tandem.peers", "../../releng/peers"));

	@TempDir
	static Path shared;
	private static Process server;
	private static int port;

	@TempDir
	Path temp;

	@BeforeAll
	static void startServer() throws Exception {
		assertTrue(Files.isDirectory(PEERS.resolve("node_modules/node-opcua")), "the OPC UA test server needs"
				+ " node-opcua in " + PEERS.toAbsolutePath() + "/node_modules: ./releng/scripts/run-tests.sh installs it");
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = s.getLocalPort();
		}
		server = new ProcessBuilder("node", PEERS.resolve("opcua-server.js").toString(), "--port",
				Integer.toString(port), "--pki", shared.resolve("server-pki").toString()).redirectErrorStream(true)
				.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = out.readLine(); line != null && !line.startsWith("LISTENING"); line = out.readLine()) {
			seen.append(line).append('\n');
			assertTrue(server.isAlive(), "the OPC UA test server exited:\n" + seen);
		}
		Thread drain = new Thread(() -> out.lines().forEach(l -> {
		}), "opcua server output");
		drain.setDaemon(true);
		drain.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

	private static OpcUaDriver addDriver(ProjectSession session, String name, String endpoint, String policy) {
		OpcUaDriver driver = TandemFactory.eINSTANCE.createOpcUaDriver();
		driver.setName(name);
		driver.setEndpoint(endpoint);
		driver.setSecurityPolicy(policy);
		session.execute("Add driver", AddCommand.create(session.editingDomain(), session.project(),
				Literals.PROJECT__DRIVERS, driver));
		return driver;
	}

	private static Optional<Variable> variable(ProjectSession session, String name) {
		return session.project().getVariables().stream().filter(v -> name.equals(v.getName())).findFirst();
	}

	@Test
	void browsedVariablesBecomeProjectVariablesBoundToTheDriverInOneUndoStep() throws Exception {
		ProjectSession session = Sessions.demo(temp);
		OpcUaDriver driver = addDriver(session, "Line1", "opc.tcp://127.0.0.1:" + port, "None");
		BrowseOpcUaOperation.Result browsed = new BrowseOpcUaOperation(driver, temp.resolve("pki"), null, null)
				.execute();
		assertTrue(browsed.complete());
		List<BrowsedVariable> demo = browsed.variables().stream().filter(b -> b.path().startsWith("Demo/")).toList();
		assertEquals(List.of("Demo/Bool", "Demo/Int", "Demo/UInt", "Demo/Double", "Demo/Float", "Demo/Text",
				"Demo/Counter", "Demo/Wave"), demo.stream().map(BrowsedVariable::path).toList());
		int before = session.project().getVariables().size();

		ImportOpcUaVariablesOperation.Result result = new ImportOpcUaVariablesOperation(session, driver, demo, 250)
				.execute();

		assertEquals(new ImportOpcUaVariablesOperation.Result(8, 0, 0), result);
		Variable counter = variable(session, "Demo.Counter").orElseThrow();
		assertEquals("ns=1;s=Demo.Counter", counter.getAddress());
		assertEquals(DataType.INT, counter.getDataType());
		assertFalse(counter.isWritable(), "the server lets nobody write the counter");
		assertEquals(250, counter.getRateMs());
		assertEquals(driver, counter.getDriver());
		Variable text = variable(session, "Demo.Text").orElseThrow();
		assertEquals(DataType.STRING, text.getDataType());
		assertTrue(text.isWritable());
		assertEquals(DataType.FLOAT, variable(session, "Demo.Wave").orElseThrow().getDataType());
		assertEquals(DataType.BOOL, variable(session, "Demo.Bool").orElseThrow().getDataType());
		assertTrue(session.problems().errors().stream().noneMatch(p -> p.toString().contains("Demo.")),
				"the imported variables are valid (a float without a range is only warned about): "
						+ session.problems().errors());

		session.undo();
		assertEquals(before, session.project().getVariables().size(), "one undo takes the whole import back");
		assertTrue(variable(session, "Demo.Counter").isEmpty());
	}

	@Test
	void importingTheSameNodesAgainAddsNothingAndATakenNameGetsASuffix() throws Exception {
		ProjectSession session = Sessions.demo(temp);
		OpcUaDriver driver = addDriver(session, "Line1", "opc.tcp://127.0.0.1:" + port, "None");
		Variable clash = TandemFactory.eINSTANCE.createVariable();
		clash.setName("Demo.Int");
		clash.setDriver(session.project().getDrivers().get(0));
		clash.setAddress("sine?min=0&max=1");
		session.execute("Add", AddCommand.create(session.editingDomain(), session.project(),
				Literals.PROJECT__VARIABLES, clash));
		List<BrowsedVariable> ints = List.of(new BrowsedVariable("ns=1;s=Demo.Int", "Demo/Int", TagType.INT, true));

		new ImportOpcUaVariablesOperation(session, driver, ints, 1000).execute();
		assertEquals("ns=1;s=Demo.Int", variable(session, "Demo.Int_2").orElseThrow().getAddress());
		assertEquals(new ImportOpcUaVariablesOperation.Result(0, 0, 1),
				new ImportOpcUaVariablesOperation(session, driver, ints, 1000).execute());
		assertEquals(new ImportOpcUaVariablesOperation.Result(0, 1, 0), new ImportOpcUaVariablesOperation(session,
				driver, List.of(new BrowsedVariable("ns=1;s=Demo.Int", "Demo/Int", TagType.FLOAT, false)), 1000)
				.execute());
		assertEquals(DataType.FLOAT, variable(session, "Demo.Int_2").orElseThrow().getDataType());
	}

	@Test
	void anUnreachableOrUntrustedServerIsReportedWithWhatToDo() throws Exception {
		ProjectSession session = Sessions.demo(temp);
		OpcUaDriver secure = addDriver(session, "Secure", "opc.tcp://127.0.0.1:" + port, "Basic256Sha256");
		DriverException untrusted = assertThrows(DriverException.class,
				() -> new BrowseOpcUaOperation(secure, temp.resolve("pki"), null, null).execute());
		assertTrue(untrusted.getMessage().contains("move it to " + temp.resolve("pki").resolve("trusted/certs")),
				untrusted.getMessage());
		OpcUaDriver empty = addDriver(session, "Unset", "", "None");
		IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
				() -> new BrowseOpcUaOperation(empty, temp.resolve("pki"), null, null).execute());
		assertTrue(none.getMessage().contains("has no endpoint"), none.getMessage());
	}
}
