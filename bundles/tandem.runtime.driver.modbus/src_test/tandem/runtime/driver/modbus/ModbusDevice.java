package tandem.runtime.driver.modbus;

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
 * The independent Modbus TCP device of the tests: {@code releng/peers/modbus-device.py} on Debian's pymodbus,
 * on 127.0.0.1, driven through its stdin commands. Installed by the README's test command
 * ({@code releng/scripts/prerequisites.sh}).
 */
final class ModbusDevice implements AutoCloseable {

	static final Path SCRIPT = Path.of(System.getProperty("tandem.peers", "../../releng/peers"))
			.resolve("modbus-device.py");
	static final String PYTHON = "/usr/bin/python3";

	private final int port;
	private final List<String> options;
	private Process process;
	private PrintWriter in;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private ModbusDevice(int port, List<String> options) {
		this.port = port;
		this.options = options;
	}

	/** Starts the device on a free loopback port with extra options (e.g. {@code --hole 10:12}). */
	static ModbusDevice start(String... options) throws IOException, InterruptedException {
		assertTrue(Files.isExecutable(Path.of(PYTHON)) && Files.exists(SCRIPT), "the Modbus test device needs "
				+ PYTHON + " with python3-pymodbus and " + SCRIPT.toAbsolutePath()
				+ ": run ./releng/scripts/run-tests.sh once, it installs them");
		ModbusDevice d = new ModbusDevice(freePort(), List.of(options));
		d.start();
		return d;
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return s.getLocalPort();
		}
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	/** (Re)starts the process on the same port; bounded wait for its LISTENING line. */
	void start() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPT.toString(), "--port", Integer.toString(port)));
		command.addAll(options);
		process = new ProcessBuilder(command).redirectErrorStream(true).start();
		in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		lines.clear();
		Process p = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(
					new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				lines.add("reader failed: " + e);
			}
		}, "modbus device output");
		reader.setDaemon(true);
		reader.start();
		for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15); System.nanoTime() < end;) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith("LISTENING")) {
				return;
			}
			if (line != null && line.contains("Address already in use")) {
				Thread.sleep(200);
				process.destroyForcibly().waitFor();
				start();
				return;
			}
		}
		fail("the Modbus test device did not listen on 127.0.0.1:" + port + " within 15 s");
	}

	/** Sends one command and returns its answer line. */
	String command(String line) throws InterruptedException {
		in.println(line);
		for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); System.nanoTime() < end;) {
			String answer = lines.poll(100, TimeUnit.MILLISECONDS);
			if (answer == null) {
				continue;
			}
			if (answer.startsWith("error")) {
				fail("the Modbus test device refused '" + line + "': " + answer);
			}
			if (answer.startsWith("ok") || answer.startsWith("value") || answer.startsWith("requests")) {
				return answer;
			}
		}
		return fail("the Modbus test device did not answer '" + line + "' within 10 s");
	}

	/** Stores a typed value with Python's struct in the given word order. */
	void put(String area, int offset, String type, String order, Object value) throws InterruptedException {
		command("put " + area + " " + offset + " " + type + " " + order + " " + value);
	}

	/** The value at an address as Python's struct decodes it in the given word order. */
	String take(String area, int offset, String type, String order) throws InterruptedException {
		return command("take " + area + " " + offset + " " + type + " " + order).substring("value ".length());
	}

	void set(String area, int offset, int... values) throws InterruptedException {
		StringBuilder b = new StringBuilder("set " + area + " " + offset);
		for (int v : values) {
			b.append(' ').append(v);
		}
		command(b.toString());
	}

	List<Integer> get(String area, int offset, int count) throws InterruptedException {
		String[] parts = command("get " + area + " " + offset + " " + count).split(" ");
		List<Integer> values = new ArrayList<>();
		for (int i = 1; i < parts.length; i++) {
			values.add(Integer.parseInt(parts[i]));
		}
		return values;
	}

	/** Requests the device has served since it started. */
	long requests() throws InterruptedException {
		return Long.parseLong(command("requests").substring("requests ".length()));
	}

	/** Kills the device like a power cut (SIGKILL), bounded. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the Modbus test device did not die within 10 s");
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			kill();
		}
	}
}
