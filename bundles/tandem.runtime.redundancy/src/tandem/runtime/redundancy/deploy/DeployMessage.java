package tandem.runtime.redundancy.deploy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The deployment messages between studio, server, standby and clients, as the payload of the cluster's
 * {@code DEPLOYMENT} messages (authenticated and encrypted by the cluster stack). One byte says which; a payload
 * that does not decode is an {@link IOException} naming what is wrong, and is dropped, never applied.
 */
public sealed interface DeployMessage {

	/** Studio to server: deploy this project as the next version. The password travels inside the cluster only. */
	record Request(String requestId, String user, char[] password, int baseVersion, String hash, boolean force,
			Set<String> overwrite, byte[] content) implements DeployMessage {
	}

	/** Server to studio: a step of a deploy, or its end (refused, failed, active). */
	record Progress(String requestId, Step step, String node, String message, int version, List<String> lines)
			implements DeployMessage {
		public boolean finished() {
			return step == Step.REFUSED || step == Step.FAILED || step == Step.ACTIVE;
		}
	}

	/** What a {@link Progress} reports. */
	enum Step {
		ACCEPTED, STAGING, STAGED, STAGE_FAILED, ACTIVATING, REFUSED, FAILED, ACTIVE, ACTIVATED_ON
	}

	/** Server to every runtime node and client: keep this version aside, verify it, answer with {@link Staged}. */
	record Stage(ProjectVersion version) implements DeployMessage {
	}

	/** Node to server: the staged version verified (or why not). */
	record Staged(int version, String hash, boolean ok, String message) implements DeployMessage {
	}

	/** Server to clients and nodes: run this staged version now (the nodes' switch is the replicated fact). */
	record Activate(int version, String hash) implements DeployMessage {
	}

	/** Node or studio to server: which versions I hold; send me the others and the active one. */
	record Sync(List<Integer> held) implements DeployMessage {
	}

	/** Server to a node: a version of the history; {@code active} if it is the one the cluster runs. */
	record Version(ProjectVersion version, boolean active) implements DeployMessage {
	}

	/** Studio or tool to server: list the versions (and send the running one's content for a diff). */
	record ListVersions(String requestId, int contentOf) implements DeployMessage {
	}

	/**
	 * Server to studio: the history without contents, the running version with its content, and the version asked
	 * for by {@link ListVersions#contentOf()} with its content (null when none was asked for or it is not held).
	 */
	record Versions(String requestId, List<ProjectVersion> versions, ProjectVersion running, ProjectVersion requested)
			implements DeployMessage {
	}

	int REQUEST = 1, PROGRESS = 2, STAGE = 3, STAGED = 4, ACTIVATE = 5, SYNC = 6, VERSION = 7, LIST = 8,
			VERSIONS = 9;

	static byte[] encode(DeployMessage m) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			if (m instanceof Request r) {
				out.writeByte(REQUEST);
				out.writeUTF(r.requestId());
				out.writeUTF(r.user());
				out.writeUTF(new String(r.password()));
				out.writeInt(r.baseVersion());
				out.writeUTF(r.hash());
				out.writeBoolean(r.force());
				strings(out, List.copyOf(r.overwrite()));
				blob(out, r.content());
			} else if (m instanceof Progress p) {
				out.writeByte(PROGRESS);
				out.writeUTF(p.requestId());
				out.writeByte(p.step().ordinal());
				out.writeUTF(p.node());
				out.writeUTF(p.message());
				out.writeInt(p.version());
				strings(out, p.lines());
			} else if (m instanceof Stage s) {
				out.writeByte(STAGE);
				version(out, s.version());
			} else if (m instanceof Staged s) {
				out.writeByte(STAGED);
				out.writeInt(s.version());
				out.writeUTF(s.hash());
				out.writeBoolean(s.ok());
				out.writeUTF(s.message());
			} else if (m instanceof Activate a) {
				out.writeByte(ACTIVATE);
				out.writeInt(a.version());
				out.writeUTF(a.hash());
			} else if (m instanceof Sync s) {
				out.writeByte(SYNC);
				out.writeInt(s.held().size());
				for (int n : s.held()) {
					out.writeInt(n);
				}
			} else if (m instanceof Version v) {
				out.writeByte(VERSION);
				version(out, v.version());
				out.writeBoolean(v.active());
			} else if (m instanceof ListVersions l) {
				out.writeByte(LIST);
				out.writeUTF(l.requestId());
				out.writeInt(l.contentOf());
			} else if (m instanceof Versions v) {
				out.writeByte(VERSIONS);
				out.writeUTF(v.requestId());
				out.writeInt(v.versions().size());
				for (ProjectVersion pv : v.versions()) {
					version(out, pv.summary());
				}
				for (ProjectVersion pv : new ProjectVersion[] { v.running(), v.requested() }) {
					out.writeBoolean(pv != null);
					if (pv != null) {
						version(out, pv);
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static DeployMessage decode(byte[] payload) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
		int kind = in.readUnsignedByte();
		DeployMessage m = switch (kind) {
		case REQUEST -> new Request(in.readUTF(), in.readUTF(), in.readUTF().toCharArray(), in.readInt(), in.readUTF(),
				in.readBoolean(), Set.copyOf(strings(in)), blob(in));
		case PROGRESS -> {
			String id = in.readUTF();
			int step = in.readUnsignedByte();
			if (step >= Step.values().length) {
				throw new IOException("deploy progress step " + step + " is unknown");
			}
			yield new Progress(id, Step.values()[step], in.readUTF(), in.readUTF(), in.readInt(), strings(in));
		}
		case STAGE -> new Stage(version(in));
		case STAGED -> new Staged(in.readInt(), in.readUTF(), in.readBoolean(), in.readUTF());
		case ACTIVATE -> new Activate(in.readInt(), in.readUTF());
		case SYNC -> {
			int n = count(in);
			List<Integer> held = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				held.add(in.readInt());
			}
			yield new Sync(held);
		}
		case VERSION -> new Version(version(in), in.readBoolean());
		case LIST -> new ListVersions(in.readUTF(), in.readInt());
		case VERSIONS -> {
			String id = in.readUTF();
			int n = count(in);
			List<ProjectVersion> list = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				list.add(version(in));
			}
			ProjectVersion running = in.readBoolean() ? version(in) : null;
			yield new Versions(id, list, running, in.readBoolean() ? version(in) : null);
		}
		default -> throw new IOException("deployment message kind " + kind + " is unknown");
		};
		if (in.available() > 0) {
			throw new IOException("deployment message has " + in.available() + " bytes after its end");
		}
		return m;
	}

	private static void version(DataOutputStream out, ProjectVersion v) throws IOException {
		out.writeInt(v.number());
		out.writeUTF(v.hash());
		out.writeInt(v.base());
		out.writeUTF(v.author());
		out.writeLong(v.time());
		strings(out, v.changes());
		blob(out, v.content());
	}

	private static ProjectVersion version(DataInputStream in) throws IOException {
		try {
			return new ProjectVersion(in.readInt(), in.readUTF(), in.readInt(), in.readUTF(), in.readLong(),
					strings(in), blob(in));
		} catch (IllegalArgumentException e) {
			throw new IOException("malformed project version: " + e.getMessage(), e);
		}
	}

	/** Long lines (a diff of a big project) are cut: writeUTF takes at most 64 KB. */
	private static void strings(DataOutputStream out, List<String> list) throws IOException {
		out.writeInt(list.size());
		for (String s : list) {
			out.writeUTF(s.length() > 4000 ? s.substring(0, 4000) + "..." : s);
		}
	}

	private static List<String> strings(DataInputStream in) throws IOException {
		int n = count(in);
		List<String> out = new ArrayList<>(Math.min(n, 1024));
		for (int i = 0; i < n; i++) {
			out.add(in.readUTF());
		}
		return out;
	}

	private static void blob(DataOutputStream out, byte[] b) throws IOException {
		out.writeInt(b.length);
		out.write(b);
	}

	private static byte[] blob(DataInputStream in) throws IOException {
		int n = count(in);
		return in.readNBytes(n);
	}

	private static int count(DataInputStream in) throws IOException {
		int n = in.readInt();
		if (n < 0 || n > 256 * 1024 * 1024 || n > in.available()) {
			throw new IOException("length " + n + " does not fit the message (" + in.available() + " bytes left)");
		}
		return n;
	}
}
