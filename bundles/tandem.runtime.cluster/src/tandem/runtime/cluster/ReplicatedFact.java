package tandem.runtime.cluster;

import java.util.Arrays;
import java.util.Objects;

/**
 * A recorded fact as the cluster moves it: its stamp, its natural key (equal keys = the same fact on every node),
 * the subject it belongs to (variable, alarm definition, "action") with its source time, which group it for range
 * digests and the shadow buffer, and the serialized fact. The cluster never interprets the payload.
 */
public record ReplicatedFact(Stamp stamp, String key, String subject, long time, byte[] payload) {

	public ReplicatedFact {
		Objects.requireNonNull(stamp, "stamp");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(payload, "payload");
	}

	/** A fact observed locally, not yet stamped by a server (shadow drivers, tests). */
	public static ReplicatedFact unstamped(String key, String subject, long time, byte[] payload) {
		return new ReplicatedFact(Stamp.ZERO, key, subject, time, payload);
	}

	public ReplicatedFact withStamp(Stamp s) {
		return new ReplicatedFact(s, key, subject, time, payload);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ReplicatedFact f && stamp.equals(f.stamp) && key.equals(f.key) && subject.equals(f.subject)
				&& time == f.time && Arrays.equals(payload, f.payload);
	}

	@Override
	public int hashCode() {
		return key.hashCode() * 31 + stamp.hashCode();
	}

	@Override
	public String toString() {
		return key + "@" + stamp;
	}
}
