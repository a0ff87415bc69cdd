package tandem.runtime.api.fact;

import java.util.Objects;

/**
 * A line of the chronological event list. Alarm transitions and operator actions appear in the CEL by themselves
 * (the history derives their lines); this record is recorded directly only for system events such as start, stop
 * and role changes, whose key is given by the node that observed them. {@code node} is the node that recorded the
 * event (for alarms the node whose engine saw the step, for operator actions the node that decided it, for system
 * events the node they happened on); empty for lines of histories written before the node was kept. It is not part
 * of the line's identity (key and time).
 */
public record CelEntry(String key, long time, CelCategory category, String source, String user, String text,
		String node) implements Fact {

	public CelEntry {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(category, "category");
		source = source == null ? "" : source;
		user = user == null ? "" : user;
		text = text == null ? "" : text;
		node = node == null ? "" : node;
	}

	/** A line without a recording node (older histories and peers). */
	public CelEntry(String key, long time, CelCategory category, String source, String user, String text) {
		this(key, time, category, source, user, text, "");
	}

	/** A system event of one node; the key is unique per node, event type and time. */
	public static CelEntry system(String node, String event, long time, String text) {
		return new CelEntry("system:" + node + ":" + event + "@" + time, time, CelCategory.SYSTEM, node, "", text, node);
	}

	public static CelEntry of(AlarmTransition t) {
		return new CelEntry(t.key(), t.time(), CelCategory.ALARM, t.alarm(), t.user(),
				t.kind() + " " + t.text(), t.node());
	}

	public static CelEntry of(OperatorAction a) {
		String verdict = a.accepted() ? "" : " (refused)";
		String text = a.kind() + (a.target().isEmpty() ? "" : " " + a.target())
				+ (a.detail().isEmpty() ? "" : " " + a.detail()) + verdict;
		return new CelEntry(a.key(), a.time(), CelCategory.OPERATOR, a.target(), a.user(), text, a.node());
	}

	/**
	 * Equal when every field but {@code node} is: the node is where the fact was recorded, not what it says, so the
	 * same fact stored by two nodes (one the other's copy, or each its own observation) stays one fact.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof CelEntry o && key.equals(o.key) && time == o.time && category == o.category && source.equals(o.source)
				&& user.equals(o.user) && text.equals(o.text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, time, category, source, user, text);
	}
}
