package tandem.runtime.node;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.View;
import org.jgroups.protocols.DISCARD;
import org.jgroups.util.NameCache;

/**
 * Test-only network faults for a running node, driven by a file so that a fault harness in another process can
 * cut links without root rights or firewall rules ({@code tandem node --fault-control FILE}, not in the usage).
 * A daemon thread reads the file every {@value #POLL_MS} ms; its content is the fault in force:
 * <ul>
 * <li>empty or missing: healed, nothing dropped;</li>
 * <li>{@code isolate}: every message in and out is dropped, like a pulled cable;</li>
 * <li>{@code cut NAME[,NAME...]}: messages from those nodes are dropped (give the peer the mirror command to cut
 * the link both ways).</li>
 * </ul>
 * The faults act on JGroups' DISCARD directly above the transport (so heartbeats are cut too), which the cluster
 * stack has only when fault injection is on. A change prints {@code FAULT node=NAME command}. A node's JGroups
 * logical name is its node name; the addresses of a cut node are looked up again on every poll, so an
 * address it gets after a restart is cut as well.
 */
final class FaultControl {

	static final long POLL_MS = 100;

	private final Path file;
	private final String node;
	private final Supplier<JChannel> channel;
	private final PrintStream out;
	private final Set<Address> ignored = new HashSet<>();
	private String command = "";

	FaultControl(Path file, String node, Supplier<JChannel> channel, PrintStream out) {
		this.file = file;
		this.node = node;
		this.channel = channel;
		this.out = out;
	}

	/** Starts the polling thread; it ends with the process. */
	void start() {
		Thread t = new Thread(this::run, "tandem-fault-control-" + node);
		t.setDaemon(true);
		t.start();
	}

	private void run() {
		while (true) {
			try {
				poll();
				Thread.sleep(POLL_MS);
			} catch (InterruptedException e) {
				return;
			} catch (RuntimeException e) {
				out.println("FAULT node=" + node + " control failed: " + e);
				out.flush();
				return;
			}
		}
	}

	private void poll() {
		JChannel ch = channel.get();
		DISCARD discard = ch == null ? null : ch.getProtocolStack().findProtocol(DISCARD.class);
		if (discard == null) {
			return; // not connected yet
		}
		String now = read();
		if (!now.equals(command)) {
			command = now;
			apply(discard, ch);
			out.println("FAULT node=" + node + " " + (command.isEmpty() ? "healed" : command) + dropping());
			out.flush();
		} else if (command.startsWith("cut ")) {
			cutAgain(discard, ch);
		}
	}

	private String read() {
		try {
			return Files.readString(file, StandardCharsets.UTF_8).trim();
		} catch (NoSuchFileException e) {
			return "";
		} catch (IOException e) {
			return command; // being rewritten; keep what is in force
		}
	}

	private void apply(DISCARD discard, JChannel ch) {
		discard.resetIgnoredMembers();
		ignored.clear();
		discard.discardAll(command.equals("isolate"));
		if (command.startsWith("cut ")) {
			cutAgain(discard, ch);
		} else if (!command.isEmpty() && !command.equals("isolate")) {
			out.println("FAULT node=" + node + " unknown command '" + command + "' (isolate, cut NAME[,NAME...] or"
					+ " empty); nothing dropped");
		}
	}

	/** Drops messages from every address whose logical name is one of the cut nodes. */
	private void cutAgain(DISCARD discard, JChannel ch) {
		Set<String> names = Set.of(command.substring(4).trim().split("\\s*,\\s*"));
		for (Map.Entry<Address, String> e : knownAddresses(ch).entrySet()) {
			if (names.contains(e.getValue()) && ignored.add(e.getKey())) {
				discard.addIgnoreMember(e.getKey());
			}
		}
	}

	/** The view's members and every address this process has learnt a logical name for (left members too). */
	private static Map<Address, String> knownAddresses(JChannel ch) {
		Map<Address, String> known = new java.util.HashMap<>(NameCache.getContents());
		View view = ch.getView();
		if (view != null) {
			for (Address a : view.getMembers()) {
				String name = NameCache.get(a);
				if (name != null) {
					known.put(a, name);
				}
			}
		}
		return known;
	}

	/** The cut nodes by logical name, once per address (a restarted node has a new one). */
	private String dropping() {
		if (!command.startsWith("cut ")) {
			return "";
		}
		List<String> names = new ArrayList<>();
		ignored.forEach(a -> names.add(String.valueOf(NameCache.get(a))));
		Collections.sort(names);
		return " dropping=" + names;
	}
}
