package tandem.hmi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.BinaryAlarm;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.Project;
import tandem.runtime.api.client.AlarmState;

/**
 * The project's alarm definitions by the ids the runtime gives them (the alarm name, plus {@code .HIGH},
 * {@code .LOW_LOW} etc. for a limit): which group an alarm belongs to and how its class wants it to look.
 */
public final class AlarmIndex {

	/** Red on black text: an alarm whose definition the local project does not know looks like one. */
	static final Look UNKNOWN = new Look("", new Colour(255, 0, 0), new Colour(255, 255, 0), new Colour(0, 192, 0),
			Colour.BLACK);

	/** How an alarm class wants its alarms to look. */
	public record Look(String group, Colour active, Colour acknowledged, Colour inactive, Colour text) {
	}

	private final Map<String, Look> looks = new HashMap<>();

	public AlarmIndex(Project project) {
		if (project == null) {
			return;
		}
		for (Alarm a : project.getAlarms()) {
			String group = a.getGroup() == null ? "" : a.getGroup().getName();
			if (a instanceof BinaryAlarm b) {
				looks.put(a.getName(), look(group, b.getAlarmClass()));
			} else if (a instanceof LimitAlarm l) {
				limit(a.getName() + ".HIGH_HIGH", group, l.getHighHigh());
				limit(a.getName() + ".HIGH", group, l.getHigh());
				limit(a.getName() + ".LOW", group, l.getLow());
				limit(a.getName() + ".LOW_LOW", group, l.getLowLow());
			}
		}
	}

	private void limit(String id, String group, LimitDefinition limit) {
		if (limit != null) {
			looks.put(id, look(group, limit.getAlarmClass()));
		}
	}

	private static Look look(String group, AlarmClass c) {
		if (c == null) {
			return new Look(group, UNKNOWN.active(), UNKNOWN.acknowledged(), UNKNOWN.inactive(), UNKNOWN.text());
		}
		return new Look(group, Colour.parse(c.getActiveColor(), UNKNOWN.active()),
				Colour.parse(c.getAcknowledgedColor(), UNKNOWN.acknowledged()),
				Colour.parse(c.getInactiveColor(), UNKNOWN.inactive()), Colour.parse(c.getTextColor(), Colour.BLACK));
	}

	public Look look(String alarmDefinition) {
		return looks.getOrDefault(alarmDefinition, UNKNOWN);
	}

	/** Whether the alarm belongs to group; every alarm belongs to a null group ("all alarms"). */
	public boolean inGroup(AlarmState alarm, AlarmGroup group) {
		return group == null || group.getName().equals(look(alarm.alarm()).group());
	}

	/** The occurrence keys an acknowledge button for group acknowledges: its unacknowledged alarms. */
	public List<String> toAcknowledge(List<AlarmState> active, AlarmGroup group) {
		return active.stream().filter(a -> !a.acknowledged() && inGroup(a, group)).map(AlarmState::occurrenceKey)
				.toList();
	}

	/** The active colour of the most urgent active (not cleared) alarm of variable, or null when none. */
	Colour limitColour(List<AlarmState> active, String variable) {
		for (AlarmState a : active) { // most urgent first
			if (!a.cleared() && a.variable().equals(variable)) {
				return look(a.alarm()).active();
			}
		}
		return null;
	}
}
