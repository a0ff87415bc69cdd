package tandem.hmi;

import java.util.Locale;

import tandem.model.AlarmGroup;
import tandem.model.Button;
import tandem.model.DataType;
import tandem.model.Screen;
import tandem.model.Variable;

/**
 * What pressing a screen button does, worked out from the model before anything is sent: the variable and the
 * typed value of a write, the screen to switch to, or the alarm group to acknowledge.
 *
 * @param button      the pressed button
 * @param description what it does in the operator's words, e.g. {@code Write Plant.Mode = 1}
 * @param variable    WRITE_VALUE: the variable's name
 * @param value       WRITE_VALUE: the value typed as the variable's data type (Boolean, Long, Double or String)
 * @param target      SWITCH_SCREEN: the screen shown
 * @param group       ACKNOWLEDGE: the group, null for every alarm
 */
public record ButtonPress(Button button, String description, String variable, Object value, Screen target,
		AlarmGroup group) {

	/**
	 * @throws IllegalArgumentException naming the button when it lacks its target or its value does not fit the
	 *                                  variable (nothing is sent then)
	 */
	public static ButtonPress of(Button button) {
		String name = "button '" + button.getName() + "'";
		if (button.getAction() == null) {
			throw new IllegalArgumentException(name + " has no action");
		}
		switch (button.getAction()) {
		case WRITE_VALUE -> {
			Variable v = button.getTargetVariable();
			if (v == null) {
				throw new IllegalArgumentException(name + " writes but names no variable");
			}
			Object value = typed(name, v, button.getValue());
			String unit = v.getUnit() == null || v.getUnit().isEmpty() ? "" : " " + v.getUnit();
			return new ButtonPress(button, "Write " + v.getName() + " = " + value + unit, v.getName(), value, null,
					null);
		}
		case SWITCH_SCREEN -> {
			if (button.getTargetScreen() == null) {
				throw new IllegalArgumentException(name + " switches screens but names no screen");
			}
			return new ButtonPress(button, "Show screen " + button.getTargetScreen().getName(), null, null,
					button.getTargetScreen(), null);
		}
		default -> {
			AlarmGroup group = button.getAlarmGroup();
			return new ButtonPress(button, group == null ? "Acknowledge all alarms"
					: "Acknowledge the alarms of " + group.getName(), null, null, null, group);
		}
		}
	}

	/** Whether the operator must confirm before it is sent: a write the engineer marked so. */
	public boolean needsConfirmation() {
		return variable != null && button.isConfirm();
	}

	private static Object typed(String name, Variable v, String text) {
		String t = text == null ? "" : text.trim();
		DataType type = v.getDataType() == null ? DataType.STRING : v.getDataType();
		try {
			return switch (type) {
			case BOOL -> {
				if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
					throw new NumberFormatException();
				}
				yield Boolean.valueOf(t.toLowerCase(Locale.ROOT));
			}
			case INT -> Long.valueOf(t);
			case FLOAT -> Double.valueOf(t);
			default -> text == null ? "" : text;
			};
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " writes '" + text + "' to " + v.getName() + ", which is "
					+ type.getName().toLowerCase(Locale.ROOT) + ": not a valid value");
		}
	}
}
