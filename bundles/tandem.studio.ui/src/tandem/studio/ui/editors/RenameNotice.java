package tandem.studio.ui.editors;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Tells the engineer which uses a rename left behind: symbol instances that build the variable's name from a
 * parameter value that names other variables too ({@code $UNIT.Speed} with UNIT=Pump1 also makes Pump1.Running), so
 * the value could not change with this one variable. They name a missing variable now, which the Problems view
 * shows on each; the dialog says so at the moment of the rename, with what to do, instead of leaving it to be found.
 */
public final class RenameNotice {

	private RenameNotice() {
	}

	/** The dialog's text, or null when every use followed. */
	static String text(String renamed, List<String> unfollowed) {
		if (unfollowed.isEmpty()) {
			return null;
		}
		StringBuilder b = new StringBuilder(renamed).append(".\n\n").append(unfollowed.size() == 1
				? "One symbol instance still names the old name"
				: unfollowed.size() + " symbol instances still name the old name")
				.append(": its parameter value also names other variables, so it was left as it is. It shows in the "
						+ "Problems view until you rename the unit's other variables the same way (the value then "
						+ "changes with the last of them) or edit the instance's parameters.\n");
		for (String u : unfollowed) {
			b.append("\n\u2022 ").append(u);
		}
		return b.toString();
	}

	/** Opens the warning when a use was left behind; nothing otherwise. */
	public static void show(Shell shell, String renamed, List<String> unfollowed) {
		String text = text(renamed, unfollowed);
		if (text != null) {
			MessageDialog.openWarning(shell, "Rename: uses left behind", text);
		}
	}
}
