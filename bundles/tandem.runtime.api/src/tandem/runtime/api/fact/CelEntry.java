package tandem.runtime.api.fact;

import java.util.Objects;

/**
 * A line of the chronological event list. Alarm transitions and operator actions appear in the CEL by themselves
 * (the history derives their lines); this record is recorded directly only for system events such as start, stop
 * and role changes, whose key is given by the node that observed them.
 */
public record CelEntry(String key, long time, CelCategory category, String source, String user, String text)
		implements Fact {

	public CelEntry {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(category, "category");
		source = source == null ? "" : source;
		user = user == null ? "" : user;
		text = text == null ? "" : text;
	}

	/** A system event of one node; the key is unique per node, event type and time. */
	public static CelEntry system(String node, String event, long time, String text) {
		return new CelEntry("system:" + node + ":" + event + "@" + time, time, CelCategory.SYSTEM, node, "", text);
	}

	public static CelEntry of(AlarmTransition t) {
		return new CelEntry(t.key(), t.time(), CelCategory.ALARM, t.alarm(), t.user(),
				t.kind() + " " + t.text());
	}

	public static CelEntry of(OperatorAction a) {
		String verdict = a.accepted() ? "" : " (refused)";
		String text = a.kind() + (a.target().isEmpty() ? "" : " " + a.target())
				+ (a.detail().isEmpty() ? "" : " " + a.detail()) + verdict;
		return new CelEntry(a.key(), a.time(), CelCategory.OPERATOR, a.target(), a.user(), text);
	}
}
