package tandem.operator.ui.station;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What the operator narrowed the alarm list to (ISA-18.2: by area, class, priority and state). Empty texts and
 * {@link State#ALL} let everything through; {@link #NONE} is the unfiltered list.
 *
 * @param group       only alarms of this group, or empty
 * @param alarmClass  only alarms of this class, or empty
 * @param minPriority only alarms of at least this priority (0: any)
 * @param state       only alarms in this state
 */
public record AlarmFilter(String group, String alarmClass, int minPriority, State state) {

	/** The states an operator filters by. */
	public enum State {
		ALL("All states"), UNACKNOWLEDGED("Unacknowledged"), ACTIVE("Condition active"),
		GONE_UNACKNOWLEDGED("Gone, unacknowledged"),
		/** Shelved or out of service: hidden in every other state, as ISA-18.2 asks of suppressed alarms. */
		SHELVED("Shelved / out of service");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public static final AlarmFilter NONE = new AlarmFilter("", "", 0, State.ALL);

	public AlarmFilter {
		group = group == null ? "" : group;
		alarmClass = alarmClass == null ? "" : alarmClass;
		state = state == null ? State.ALL : state;
	}

	public boolean narrows() {
		return !equals(NONE);
	}

	public boolean test(AlarmRows.Row r) {
		if (!group.isEmpty() && !group.equals(r.group())) {
			return false;
		}
		if (!alarmClass.isEmpty() && !alarmClass.equals(r.alarmClass())) {
			return false;
		}
		if (r.priority() < minPriority && !(state == State.SHELVED && !r.occurrence())) {
			return false;
		}
		if (r.shelved() != (state == State.SHELVED)) {
			return false;
		}
		return switch (state) {
		case ALL -> true;
		case UNACKNOWLEDGED -> r.needsAck();
		case ACTIVE -> !r.cleared();
		case GONE_UNACKNOWLEDGED -> r.cleared() && r.needsAck();
		case SHELVED -> true;
		};
	}

	public List<AlarmRows.Row> apply(Collection<AlarmRows.Row> rows) {
		return rows.stream().filter(this::test).toList();
	}

	/** The keys of the shown alarms that still need an acknowledgement: what "acknowledge shown" sends. */
	public List<String> toAcknowledge(Collection<AlarmRows.Row> rows) {
		return rows.stream().filter(this::test).filter(AlarmRows.Row::needsAck).filter(AlarmRows.Row::occurrence)
				.map(AlarmRows.Row::key).toList();
	}

	/** A short description for the list's count line, e.g. {@code group Chlorination · priority ≥ 500}. */
	public String describe() {
		List<String> parts = new java.util.ArrayList<>();
		if (!group.isEmpty()) {
			parts.add("group " + group);
		}
		if (!alarmClass.isEmpty()) {
			parts.add("class " + alarmClass);
		}
		if (minPriority > 0) {
			parts.add("priority ≥ " + minPriority);
		}
		if (state != State.ALL) {
			parts.add(state.label().toLowerCase(java.util.Locale.ROOT));
		}
		return String.join(" · ", parts);
	}

	/** The values found in {@code rows} and {@code known}, sorted, for a filter's choice list. */
	public static List<String> choices(Collection<String> known) {
		TreeSet<String> out = new TreeSet<>(known);
		out.remove("");
		return List.copyOf(out);
	}
}
