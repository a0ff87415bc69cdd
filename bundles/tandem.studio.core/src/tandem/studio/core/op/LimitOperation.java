package tandem.studio.core.op;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.model.AlarmClass;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.ProjectSession;

/**
 * Adds or removes one limit (LL, L, H or HH) of a limit alarm as one undo step. A new limit gets a value that
 * keeps the limits rising: 10, 20, 80 or 90 % of the variable's range, moved between its neighbours when they are
 * already set closer; it takes the alarm class of a neighbour (the first class of the project otherwise).
 */
public final class LimitOperation {

	/** The four limits in rising order. */
	public enum Slot {
		LL(Literals.LIMIT_ALARM__LOW_LOW, 0.1, "very low"), L(Literals.LIMIT_ALARM__LOW, 0.2, "low"),
		H(Literals.LIMIT_ALARM__HIGH, 0.8, "high"), HH(Literals.LIMIT_ALARM__HIGH_HIGH, 0.9, "very high");

		private final EReference feature;
		private final double share;
		private final String words;

		Slot(EReference feature, double share, String words) {
			this.feature = feature;
			this.share = share;
			this.words = words;
		}

		public EReference feature() {
			return feature;
		}

		public LimitDefinition of(LimitAlarm alarm) {
			return (LimitDefinition) alarm.eGet(feature);
		}
	}

	private final ProjectSession session;
	private final LimitAlarm alarm;

	public LimitOperation(ProjectSession session, LimitAlarm alarm) {
		this.session = session;
		this.alarm = alarm;
	}

	/** Adds the limit in slot; refused when the alarm has it already. */
	public LimitDefinition add(Slot slot) {
		if (slot.of(alarm) != null) {
			throw new IllegalArgumentException(alarm.getName() + " has a " + slot + " limit already");
		}
		LimitDefinition limit = TandemFactory.eINSTANCE.createLimitDefinition();
		limit.setValue(suggestedValue(slot));
		limit.setAlarmClass(neighbourClass(slot));
		Variable variable = alarm.getVariable();
		limit.setText((variable == null ? alarm.getName() : variable.getName()) + " " + slot.words);
		session.execute("Add " + slot + " limit to " + alarm.getName(), SetCommand.create(session.editingDomain(), alarm, slot.feature, limit));
		return limit;
	}

	/** Removes the limit in slot; nothing happens when there is none. */
	public boolean remove(Slot slot) {
		if (slot.of(alarm) == null) {
			return false;
		}
		session.execute("Remove " + slot + " limit of " + alarm.getName(),
				SetCommand.create(session.editingDomain(), alarm, slot.feature, SetCommand.UNSET_VALUE));
		return true;
	}

	double suggestedValue(Slot slot) {
		Variable v = alarm.getVariable();
		double min = v == null || v.getRangeMin() == null ? 0 : v.getRangeMin();
		double max = v == null || v.getRangeMax() == null ? 100 : v.getRangeMax();
		double value = min + slot.share * (max - min);
		Double below = neighbourValue(slot, -1);
		Double above = neighbourValue(slot, +1);
		if (below != null && above != null && !(value > below && value < above)) {
			return (below + above) / 2;
		}
		double step = Math.max(Math.abs(max - min) * 0.1, 1e-6);
		if (below != null && value <= below) {
			return below + step;
		}
		if (above != null && value >= above) {
			return above - step;
		}
		return value;
	}

	private Double neighbourValue(Slot slot, int direction) {
		Slot[] slots = Slot.values();
		for (int i = slot.ordinal() + direction; i >= 0 && i < slots.length; i += direction) {
			LimitDefinition limit = slots[i].of(alarm);
			if (limit != null) {
				return limit.getValue();
			}
		}
		return null;
	}

	private AlarmClass neighbourClass(Slot slot) {
		for (Slot other : nearestFirst(slot)) {
			LimitDefinition limit = other.of(alarm);
			if (limit != null && limit.getAlarmClass() != null) {
				return limit.getAlarmClass();
			}
		}
		List<AlarmClass> classes = session.project().getAlarmClasses();
		return classes.isEmpty() ? null : classes.get(0);
	}

	private static List<Slot> nearestFirst(Slot slot) {
		return java.util.Arrays.stream(Slot.values()).filter(s -> s != slot)
				.sorted(java.util.Comparator.comparingInt(s -> Math.abs(s.ordinal() - slot.ordinal()))).toList();
	}
}
