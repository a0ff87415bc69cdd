package tandem.runtime.driver.opcua;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The independent OPC UA server of the tests: {@code releng/peers/opcua-server.js} on node-opcua, on
 * 127.0.0.1, driven through its stdin commands; installed by the README's test command.
 */
final class OpcUaServer implements AutoCloseable {

	static final Path PEERS = Path.of(System.getProperty("tandem.peers", "../../releng/peers"));

	private final int port;
	private final Path pki;
	private final List<String> options;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private Process process;
	private PrintWriter in;

	private OpcUaServer(int port, Path pki, List<String> options) {
		this.port = port;
		this.pki = pki;
		this.options = options;
	}

	static OpcUaServer start(Path pki, String... options) throws IOException, InterruptedException {
		assertTrue(Files.isDirectory(PEERS.resolve("node_modules/node-opcua")), "the OPC UA test server needs"
				+ " node-opcua in " + PEERS.toAbsolutePath() + "/node_modules: run ./releng/scripts/run-tests.sh"
				+ " once, it installs it");
		int port;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = s.getLocalPort();
		}
		OpcUaServer server = new OpcUaServer(port, pki, List.of(options));
		server.start();
		return server;
	}

	String endpoint() {
		return "opc.tcp://127.0.0.1:" + port;
	}

	/** (Re)starts the server on the same port and waits (bounded) until it listens. */
	void start() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("node", PEERS.resolve("opcua-server.js").toString(), "--port",
				Integer.toString(port), "--pki", pki.toString()));
		command.addAll(options);
		process = new ProcessBuilder(command).redirectErrorStream(true).start();
		in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		lines.clear();
		Process p = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				lines.add("reader failed: " + e);
			}
		}, "opcua server output");
		reader.setDaemon(true);
		reader.start();
		List<String> seen = new ArrayList<>();
		for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < end;) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith("LISTENING")) {
				return;
			}
			if (line != null) {
				seen.add(line);
			}
			if (!process.isAlive()) {
				fail("the OPC UA test server exited: " + seen);
			}
		}
		fail("the OPC UA test server did not listen on " + endpoint() + " within 60 s: " + seen);
	}

	String command(String line) throws InterruptedException {
		in.println(line);
		for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); System.nanoTime() < end;) {
			String answer = lines.poll(100, TimeUnit.MILLISECONDS);
			if (answer != null && answer.startsWith("error")) {
				fail("the OPC UA test server refused '" + line + "': " + answer);
			}
			if (answer != null && (answer.equals("ok") || answer.startsWith("value "))) {
				return answer;
			}
		}
		return fail("the OPC UA test server did not answer '" + line + "' within 10 s");
	}

	void set(String name, Object value, long sourceTime) throws InterruptedException {
		command("set " + name + " " + value + " " + sourceTime);
	}

	String get(String name) throws InterruptedException {
		return command("get " + name).substring("value ".length());
	}

	void kill() throws InterruptedException {
		process.destroyForcibly();
		assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the OPC UA test server did not die within 10 s");
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			kill();
		}
	}
}
