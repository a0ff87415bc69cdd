package tandem.runtime.history.h2.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.fact.TransitionKind;

/**
 * Compact binary form of logged facts, used for event log blocks (and usable as a replication payload). Format
 * version byte first, so a later change can still read old blocks: version 2 adds the recording node of alarm
 * transitions, operator actions and CEL lines; blocks of version 1 read with an empty node.
 */
public final class FactCodec {

	private static final int VERSION = 2;
	private static final int SAMPLE = 1;
	private static final int ALARM = 2;
	private static final int ACTION = 3;
	private static final int CEL = 4;

	private FactCodec() {
	}

	public static byte[] encode(List<LoggedFact> facts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(facts.size() * 40 + 8);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeInt(facts.size());
			for (LoggedFact f : facts) {
				out.writeLong(f.epoch());
				out.writeLong(f.seq());
				write(out, f.fact());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	public static List<LoggedFact> decode(byte[] block) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(block))) {
			int version = in.readUnsignedByte();
			if (version != 1 && version != VERSION) {
				throw new IllegalArgumentException("event log block has unknown format version " + version);
			}
			int n = in.readInt();
			List<LoggedFact> facts = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				long epoch = in.readLong();
				long seq = in.readLong();
				facts.add(new LoggedFact(epoch, seq, read(in, version)));
			}
			return facts;
		} catch (IOException e) {
			throw new UncheckedIOException("event log block is truncated", e);
		}
	}

	private static void write(DataOutputStream out, Fact fact) throws IOException {
		if (fact instanceof ArchiveSample s) {
			out.writeByte(SAMPLE);
			str(out, s.variable());
			out.writeLong(s.sourceTime());
			out.writeDouble(s.value());
			out.writeByte(s.quality().code());
		} else if (fact instanceof AlarmTransition t) {
			out.writeByte(ALARM);
			str(out, t.alarm());
			out.writeLong(t.raiseTime());
			out.writeByte(t.kind().ordinal());
			out.writeLong(t.time());
			str(out, t.user());
			out.writeDouble(t.value());
			out.writeInt(t.priority());
			str(out, t.text());
			str(out, t.node());
		} else if (fact instanceof OperatorAction a) {
			out.writeByte(ACTION);
			str(out, a.actionId());
			out.writeByte(a.kind().ordinal());
			str(out, a.user());
			str(out, a.target());
			str(out, a.detail());
			out.writeLong(a.time());
			out.writeBoolean(a.accepted());
			str(out, a.node());
		} else if (fact instanceof CelEntry c) {
			out.writeByte(CEL);
			str(out, c.key());
			out.writeLong(c.time());
			out.writeByte(c.category().ordinal());
			str(out, c.source());
			str(out, c.user());
			str(out, c.text());
			str(out, c.node());
		}
	}

	private static Fact read(DataInputStream in, int version) throws IOException {
		int type = in.readUnsignedByte();
		return switch (type) {
		case SAMPLE -> new ArchiveSample(str(in), in.readLong(), in.readDouble(), Quality.ofCode(in.readByte()));
		case ALARM -> new AlarmTransition(str(in), in.readLong(), TransitionKind.values()[in.readByte()],
				in.readLong(), str(in), in.readDouble(), in.readInt(), str(in), node(in, version));
		case ACTION -> new OperatorAction(str(in), ActionKind.values()[in.readByte()], str(in), str(in), str(in),
				in.readLong(), in.readBoolean(), node(in, version));
		case CEL -> new CelEntry(str(in), in.readLong(), CelCategory.values()[in.readByte()], str(in), str(in),
				str(in), node(in, version));
		default -> throw new IllegalArgumentException("event log block holds unknown fact type " + type);
		};
	}

	private static String node(DataInputStream in, int version) throws IOException {
		return version >= 2 ? str(in) : "";
	}

	private static void str(DataOutputStream out, String s) throws IOException {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(b.length);
		out.write(b);
	}

	private static String str(DataInputStream in) throws IOException {
		byte[] b = new byte[in.readInt()];
		in.readFully(b);
		return new String(b, StandardCharsets.UTF_8);
	}
}
