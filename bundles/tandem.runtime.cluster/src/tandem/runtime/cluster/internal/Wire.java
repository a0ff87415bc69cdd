package tandem.runtime.cluster.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.runtime.cluster.Alignment;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.RangeDigest;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.cluster.Stamp;

/**
 * Binary payloads of the envelopes. Readers check every count against what is left, so a malformed payload ends
 * in an IOException that the receiver logs, never in a huge allocation.
 */
public final class Wire {

	private Wire() {
	}

	public interface Writer {
		void write(DataOutputStream out) throws IOException;
	}

	public static byte[] bytes(Writer w) {
		ByteArrayOutputStream b = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(b)) {
			w.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot serialize a cluster message", e);
		}
		return b.toByteArray();
	}

	public static DataInputStream in(byte[] payload) {
		return new DataInputStream(new ByteArrayInputStream(payload));
	}

	public static byte[] announcement(Announcement a) {
		return bytes(out -> {
			out.writeUTF(a.node());
			out.writeByte(a.kind().ordinal());
			out.writeByte(a.role().ordinal());
			out.writeLong(a.epoch());
			out.writeUTF(a.projectHash());
			stamp(out, a.highWaterMark());
			out.writeBoolean(a.aligned());
			out.writeUTF(a.follows());
			out.writeLong(a.followsEpoch());
			Announcement.Grants g = a.grants();
			if (g != null) {
				out.writeLong(g.newestEpoch());
				out.writeShort(g.lastEchoAgoMs().size());
				for (var e : g.lastEchoAgoMs().entrySet()) {
					out.writeUTF(e.getKey());
					out.writeLong(e.getValue());
				}
			}
		});
	}

	public static Announcement announcement(byte[] payload) throws IOException {
		DataInputStream in = in(payload);
		String node = in.readUTF();
		NodeKind kind = NodeKind.values()[index(in.readByte(), NodeKind.values().length, "node kind")];
		MemberRole role = MemberRole.values()[index(in.readByte(), MemberRole.values().length, "role")];
		long epoch = in.readLong();
		String hash = in.readUTF();
		Stamp mark = stamp(in);
		boolean aligned = in.available() == 0 || in.readBoolean(); // an older member does not send the flag
		if (in.available() == 0) {
			return new Announcement(node, kind, role, epoch, hash, mark, aligned);
		}
		String follows = in.readUTF();
		long followsEpoch = in.readLong();
		if (followsEpoch < 0) {
			throw new IOException("announcement of " + node + " follows epoch " + followsEpoch);
		}
		if (in.available() == 0) {
			return new Announcement(node, kind, role, epoch, hash, mark, aligned, follows, followsEpoch);
		}
		long newestEpoch = in.readLong();
		int count = in.readUnsignedShort();
		if (newestEpoch < 0 || count > MAX_GRANTS) {
			throw new IOException("announcement of " + node + " reports lease grants of epoch " + newestEpoch
					+ " for " + count + " nodes");
		}
		Map<String, Long> echoed = new HashMap<>();
		for (int i = 0; i < count; i++) {
			String to = in.readUTF();
			long ago = in.readLong();
			if (ago < 0) {
				throw new IOException("announcement of " + node + " says it echoed " + to + " " + ago + " ms ago");
			}
			echoed.put(to, ago);
		}
		return new Announcement(node, kind, role, epoch, hash, mark, aligned, follows, followsEpoch,
				new Announcement.Grants(newestEpoch, echoed));
	}

	/** More server-capable nodes than any project has: a longer list is a malformed announcement. */
	static final int MAX_GRANTS = 256;

	public static void stamp(DataOutputStream out, Stamp s) throws IOException {
		out.writeLong(s.epoch());
		out.writeLong(s.seq());
	}

	public static Stamp stamp(DataInputStream in) throws IOException {
		return new Stamp(in.readLong(), in.readLong());
	}

	public static void facts(DataOutputStream out, List<ReplicatedFact> facts) throws IOException {
		out.writeInt(facts.size());
		for (ReplicatedFact f : facts) {
			stamp(out, f.stamp());
			out.writeUTF(f.key());
			out.writeUTF(f.subject());
			out.writeLong(f.time());
			out.writeInt(f.payload().length);
			out.write(f.payload());
		}
	}

	public static byte[] facts(List<ReplicatedFact> facts) {
		return bytes(out -> facts(out, facts));
	}

	public static List<ReplicatedFact> facts(DataInputStream in) throws IOException {
		int n = count(in, 8 + 8 + 2 + 2 + 8 + 4);
		List<ReplicatedFact> facts = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Stamp s = stamp(in);
			String key = in.readUTF();
			String subject = in.readUTF();
			long time = in.readLong();
			byte[] payload = new byte[count(in, 1)];
			in.readFully(payload);
			facts.add(new ReplicatedFact(s, key, subject, time, payload));
		}
		return facts;
	}

	public static void digests(DataOutputStream out, List<RangeDigest> digests) throws IOException {
		out.writeInt(digests.size());
		for (RangeDigest d : digests) {
			out.writeUTF(d.subject());
			out.writeLong(d.bucketStart());
			out.writeInt(d.count());
			out.writeLong(d.hash());
		}
	}

	public static List<RangeDigest> digests(DataInputStream in) throws IOException {
		int n = count(in, 2 + 8 + 4 + 8);
		List<RangeDigest> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			out.add(new RangeDigest(in.readUTF(), in.readLong(), in.readInt(), in.readLong()));
		}
		return out;
	}

	public static void buckets(DataOutputStream out, List<Alignment.Bucket> buckets) throws IOException {
		out.writeInt(buckets.size());
		for (Alignment.Bucket b : buckets) {
			out.writeUTF(b.subject());
			out.writeLong(b.start());
		}
	}

	public static List<Alignment.Bucket> buckets(DataInputStream in) throws IOException {
		int n = count(in, 2 + 8);
		List<Alignment.Bucket> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			out.add(new Alignment.Bucket(in.readUTF(), in.readLong()));
		}
		return out;
	}

	/** Reads a count and checks that the stream can hold that many items of at least minBytes each. */
	public static int count(DataInputStream in, int minBytes) throws IOException {
		int n = in.readInt();
		if (n < 0 || (long) n * minBytes > in.available()) {
			throw new IOException("count " + n + " exceeds the " + in.available() + " bytes left in the payload");
		}
		return n;
	}

	private static int index(int i, int size, String what) throws IOException {
		if (i < 0 || i >= size) {
			throw new IOException("unknown " + what + " " + i);
		}
		return i;
	}
}
