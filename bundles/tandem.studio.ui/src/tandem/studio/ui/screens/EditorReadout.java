package tandem.studio.ui.screens;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import tandem.model.ScreenElement;
import tandem.studio.core.screen.Box;

/**
 * The line below the canvas: the preview's state, the pointer's screen coordinates, the selection's name or count,
 * place and size, the box of a gesture under way, the zoom and the grid.
 */
final class EditorReadout {

	private final Label label;
	private String pointer = "";
	private String gesture = "";

	EditorReadout(Composite parent) {
		label = new Label(parent, SWT.NONE);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	String text() {
		return label.getText();
	}

	void pointerAt(int x, int y) {
		pointer = "x " + x + "  y " + y;
	}

	void gesture(Box box) {
		gesture = box == null ? "" : "   →  " + box.x() + ", " + box.y() + "   " + box.width() + " × " + box.height();
	}

	/** mode: what goes first (the running preview's state), or ""; grid: its step, or null when hidden. */
	void show(String mode, List<ScreenElement> s, double zoom, Integer grid) {
		if (label.isDisposed()) {
			return;
		}
		Box around = Box.around(s.stream().map(Box::of).toList());
		String selected = s.isEmpty() ? "nothing selected"
				: (s.size() == 1 ? s.get(0).getName() + " (" + s.get(0).eClass().getName() + ")" : s.size() + " elements") + "  at " + around.x()
						+ ", " + around.y() + "   " + around.width() + " × " + around.height();
		label.setText(mode + pointer + "     " + selected + gesture + "     zoom " + Math.round(zoom * 100)
				+ " %   grid " + (grid != null ? grid + " px" : "off"));
	}
}
