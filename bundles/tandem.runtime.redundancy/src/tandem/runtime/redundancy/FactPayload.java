package tandem.runtime.redundancy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.cluster.Stamp;

/**
 * The payload of a {@link ReplicatedFact}: a recorded {@link Fact} or an {@link OperatorRequest}, tagged by one
 * byte. The subject of a fact groups it for range digests and for the shadow buffer: the variable of a sample, the
 * alarm definition of a transition, {@code #action} and {@code #cel} for the others.
 */
public final class FactPayload {

	static final String CEL_SUBJECT = "#cel";
	static final String ACTION_SUBJECT = "#action";
	static final String REQUEST_SUBJECT = "#request";

	private static final int SAMPLE = 1;
	private static final int ALARM = 2;
	private static final int ACTION = 3;
	private static final int CEL = 4;
	private static final int REQUEST = 10;

	private FactPayload() {
	}

	public static ReplicatedFact replicated(Fact fact, Stamp stamp) {
		return new ReplicatedFact(stamp, fact.key(), subject(fact), fact.time(), encode(fact));
	}

	public static ReplicatedFact unstamped(Fact fact) {
		return replicated(fact, Stamp.ZERO);
	}

	public static ReplicatedFact request(OperatorRequest r, long time) {
		return ReplicatedFact.unstamped(r.requestKey(), REQUEST_SUBJECT, time, bytes(out -> {
			out.writeByte(REQUEST);
			out.writeUTF(r.actionId());
			out.writeByte(r.kind().ordinal());
			out.writeUTF(r.session());
			out.writeUTF(r.user());
			out.writeUTF(r.target());
			out.writeUTF(r.argument());
		}));
	}

	public static String subject(Fact fact) {
		if (fact instanceof ArchiveSample s) {
			return s.variable();
		}
		if (fact instanceof AlarmTransition t) {
			return "alarm:" + t.alarm();
		}
		return fact instanceof OperatorAction ? ACTION_SUBJECT : CEL_SUBJECT;
	}

	/** A {@link Fact} or an {@link OperatorRequest}. */
	public static Object decode(byte[] payload) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
			int type = in.readUnsignedByte();
			return switch (type) {
			case SAMPLE -> new ArchiveSample(in.readUTF(), in.readLong(), in.readDouble(), Quality.ofCode(in.readByte()));
			case ALARM -> new AlarmTransition(in.readUTF(), in.readLong(), TransitionKind.values()[in.readByte()],
					in.readLong(), in.readUTF(), in.readDouble(), in.readInt(), in.readUTF(), node(in));
			case ACTION -> new OperatorAction(in.readUTF(), ActionKind.values()[in.readByte()], in.readUTF(),
					in.readUTF(), in.readUTF(), in.readLong(), in.readBoolean(), node(in));
			case CEL -> new CelEntry(in.readUTF(), in.readLong(), CelCategory.values()[in.readByte()], in.readUTF(),
					in.readUTF(), in.readUTF(), node(in));
			case REQUEST -> new OperatorRequest(in.readUTF(), ActionKind.values()[in.readByte()], in.readUTF(),
					in.readUTF(), in.readUTF(), in.readUTF());
			default -> throw new IllegalArgumentException("replicated payload of unknown type " + type);
			};
		} catch (IOException | ArrayIndexOutOfBoundsException e) {
			throw new IllegalArgumentException("replicated payload is truncated or malformed: " + e, e);
		}
	}

	public static byte[] encode(Fact fact) {
		return bytes(out -> {
			if (fact instanceof ArchiveSample s) {
				out.writeByte(SAMPLE);
				out.writeUTF(s.variable());
				out.writeLong(s.sourceTime());
				out.writeDouble(s.value());
				out.writeByte(s.quality().code());
			} else if (fact instanceof AlarmTransition t) {
				out.writeByte(ALARM);
				out.writeUTF(t.alarm());
				out.writeLong(t.raiseTime());
				out.writeByte(t.kind().ordinal());
				out.writeLong(t.time());
				out.writeUTF(t.user());
				out.writeDouble(t.value());
				out.writeInt(t.priority());
				out.writeUTF(t.text());
				out.writeUTF(t.node());
			} else if (fact instanceof OperatorAction a) {
				out.writeByte(ACTION);
				out.writeUTF(a.actionId());
				out.writeByte(a.kind().ordinal());
				out.writeUTF(a.user());
				out.writeUTF(a.target());
				out.writeUTF(a.detail());
				out.writeLong(a.time());
				out.writeBoolean(a.accepted());
				out.writeUTF(a.node());
			} else if (fact instanceof CelEntry c) {
				out.writeByte(CEL);
				out.writeUTF(c.key());
				out.writeLong(c.time());
				out.writeByte(c.category().ordinal());
				out.writeUTF(c.source());
				out.writeUTF(c.user());
				out.writeUTF(c.text());
				out.writeUTF(c.node());
			}
		});
	}

	/** The recording node, which a payload of a peer from before the node was kept does not hold (then empty). */
	private static String node(DataInputStream in) throws IOException {
		return in.available() > 0 ? in.readUTF() : "";
	}

	interface Writer {
		void write(DataOutputStream out) throws IOException;
	}

	static byte[] bytes(Writer w) {
		ByteArrayOutputStream b = new ByteArrayOutputStream(64);
		try (DataOutputStream out = new DataOutputStream(b)) {
			w.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return b.toByteArray();
	}
}
