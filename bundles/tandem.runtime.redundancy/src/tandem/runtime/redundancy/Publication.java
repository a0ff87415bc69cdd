package tandem.runtime.redundancy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.cluster.ReplicatedFact;

/**
 * What the server publishes to operator stations, as {@link ReplicatedFact}s that are never stored: a variable's
 * current value, the active alarm list, the shelved alarms, the outcome of an operator action, and the server's
 * status.
 */
public sealed interface Publication {

	record ValueChanged(String variable, Value value) implements Publication {
	}

	record ActiveAlarms(List<AlarmState> alarms) implements Publication {
	}

	record ActionOutcome(OperatorAction action) implements Publication {
	}

	record ShelvedAlarms(List<AlarmShelving> shelved) implements Publication {
	}

	/**
	 * The server's own state: what {@code tandem status} prints for it. {@code unprotectedSince}: since when it serves
	 * without an aligned standby (millis), 0 while protected.
	 */
	record ServerStatus(String node, String role, long epoch, String projectHash, long hwmEpoch, long hwmSeq,
			List<String> members, long unprotectedSince) implements Publication {
	}

	int VALUE = 20;
	int ALARMS = 21;
	int OUTCOME = 22;
	int STATUS = 23;
	int SHELVING = 24;

	static ReplicatedFact of(Publication p, long time) {
		if (p instanceof ValueChanged v) {
			return ReplicatedFact.unstamped("value:" + v.variable(), v.variable(), time, FactPayload.bytes(out -> {
				out.writeByte(VALUE);
				out.writeUTF(v.variable());
				writeData(out, v.value().data());
				out.writeByte(v.value().quality().code());
				out.writeLong(v.value().sourceTime());
			}));
		}
		if (p instanceof ActiveAlarms a) {
			return ReplicatedFact.unstamped("alarms", "#alarms", time, FactPayload.bytes(out -> {
				out.writeByte(ALARMS);
				out.writeInt(a.alarms().size());
				for (AlarmState s : a.alarms()) {
					out.writeUTF(s.occurrenceKey());
					out.writeUTF(s.alarm());
					out.writeUTF(s.variable());
					out.writeLong(s.raiseTime());
					out.writeInt(s.priority());
					out.writeUTF(s.text());
					out.writeBoolean(s.acknowledged());
					out.writeBoolean(s.cleared());
				}
			}));
		}
		if (p instanceof ShelvedAlarms sh) {
			return ReplicatedFact.unstamped("shelving", "#shelving", time, FactPayload.bytes(out -> {
				out.writeByte(SHELVING);
				out.writeInt(sh.shelved().size());
				for (AlarmShelving s : sh.shelved()) {
					out.writeUTF(s.alarm());
					out.writeByte(s.mode().ordinal());
					out.writeUTF(s.user());
					out.writeUTF(s.reason());
					out.writeLong(s.since());
					out.writeLong(s.until());
					out.writeUTF(s.actionId());
				}
			}));
		}
		if (p instanceof ActionOutcome o) {
			byte[] action = FactPayload.encode(o.action());
			return ReplicatedFact.unstamped("outcome:" + o.action().actionId(), "#outcome", time,
					FactPayload.bytes(out -> {
						out.writeByte(OUTCOME);
						out.write(action);
					}));
		}
		ServerStatus s = (ServerStatus) p;
		return ReplicatedFact.unstamped("status:" + s.node(), "#status", time, FactPayload.bytes(out -> {
			out.writeByte(STATUS);
			out.writeUTF(s.node());
			out.writeUTF(s.role());
			out.writeLong(s.epoch());
			out.writeUTF(s.projectHash());
			out.writeLong(s.hwmEpoch());
			out.writeLong(s.hwmSeq());
			out.writeUTF(String.join(",", s.members()));
			out.writeLong(s.unprotectedSince());
		}));
	}

	/** @throws IllegalArgumentException for a payload that is not a publication */
	static Publication decode(byte[] payload) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
			int type = in.readUnsignedByte();
			switch (type) {
			case VALUE: {
				String variable = in.readUTF();
				Object data = readData(in);
				return new ValueChanged(variable, new Value(data, Quality.ofCode(in.readByte()), in.readLong()));
			}
			case ALARMS: {
				int n = in.readInt();
				List<AlarmState> list = new ArrayList<>(n);
				for (int i = 0; i < n; i++) {
					list.add(new AlarmState(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(), in.readInt(),
							in.readUTF(), in.readBoolean(), in.readBoolean()));
				}
				return new ActiveAlarms(list);
			}
			case SHELVING: {
				int n = in.readInt();
				List<AlarmShelving> list = new ArrayList<>(Math.min(n, 10_000));
				for (int i = 0; i < n; i++) {
					list.add(new AlarmShelving(in.readUTF(), AlarmShelving.Mode.values()[in.readUnsignedByte()],
							in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readUTF()));
				}
				return new ShelvedAlarms(list);
			}
			case OUTCOME:
				return new ActionOutcome((OperatorAction) FactPayload.decode(in.readAllBytes()));
			case STATUS: {
				String node = in.readUTF();
				String role = in.readUTF();
				long epoch = in.readLong();
				String hash = in.readUTF();
				long he = in.readLong();
				long hs = in.readLong();
				String members = in.readUTF();
				long unprotectedSince = in.available() >= Long.BYTES ? in.readLong() : 0; // older servers: unknown
				return new ServerStatus(node, role, epoch, hash, he, hs,
						members.isEmpty() ? List.of() : List.of(members.split(",")), unprotectedSince);
			}
			default:
				throw new IllegalArgumentException("publication of unknown type " + type);
			}
		} catch (IOException | ClassCastException | ArrayIndexOutOfBoundsException e) {
			throw new IllegalArgumentException("malformed publication: " + e, e);
		}
	}

	private static void writeData(DataOutputStream out, Object data) throws IOException {
		if (data == null) {
			out.writeByte(0);
		} else if (data instanceof Boolean b) {
			out.writeByte(1);
			out.writeBoolean(b);
		} else if (data instanceof Long || data instanceof Integer || data instanceof Short || data instanceof Byte) {
			out.writeByte(2);
			out.writeLong(((Number) data).longValue());
		} else if (data instanceof Number n) {
			out.writeByte(3);
			out.writeDouble(n.doubleValue());
		} else {
			out.writeByte(4);
			out.writeUTF(data.toString());
		}
	}

	private static Object readData(DataInputStream in) throws IOException {
		return switch (in.readUnsignedByte()) {
		case 0 -> null;
		case 1 -> in.readBoolean();
		case 2 -> in.readLong();
		case 3 -> in.readDouble();
		case 4 -> in.readUTF();
		default -> throw new IOException("unknown value type");
		};
	}
}
