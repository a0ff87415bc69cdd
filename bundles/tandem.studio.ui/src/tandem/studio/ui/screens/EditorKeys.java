package tandem.studio.ui.screens;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The canvas' keys: arrows nudge the selection 1 px (Shift: 10 px), Del deletes, Esc returns to the selection tool
 * and selects nothing, Ctrl+D duplicates, Ctrl+G groups, Ctrl+Shift+G ungroups, Ctrl+A, Ctrl+C and Ctrl+V select
 * all, copy and paste. None works while the preview runs.
 */
final class EditorKeys {

	private final ScreensEditor editor;

	private EditorKeys(ScreensEditor editor) {
		this.editor = editor;
	}

	static void attach(ScreensEditor editor, EditorCanvas canvas) {
		EditorKeys keys = new EditorKeys(editor);
		canvas.control().addListener(SWT.KeyDown, keys::key);
	}

	private void key(Event e) {
		if (editor.previewing()) {
			return;
		}
		int step = (e.stateMask & SWT.SHIFT) != 0 ? 10 : 1;
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> nudge(-step, 0);
		case SWT.ARROW_RIGHT -> nudge(step, 0);
		case SWT.ARROW_UP -> nudge(0, -step);
		case SWT.ARROW_DOWN -> nudge(0, step);
		case SWT.DEL -> editor.edits().delete();
		case SWT.ESC -> {
			editor.setTool(null);
			editor.select(List.of());
		}
		default -> withCtrl(e);
		}
	}

	private void withCtrl(Event e) {
		if ((e.stateMask & SWT.MOD1) == 0) {
			return;
		}
		if (e.character == 'd' || e.keyCode == 'd') {
			editor.edits().duplicate();
		} else if (e.keyCode == 'g') {
			if ((e.stateMask & SWT.SHIFT) != 0) {
				editor.edits().ungroup();
			} else {
				editor.edits().group();
			}
		} else if (e.keyCode == 'a') {
			editor.edits().selectAll();
		} else if (e.keyCode == 'c') {
			editor.edits().copy();
		} else if (e.keyCode == 'v') {
			editor.edits().paste();
		}
	}

	private void nudge(int dx, int dy) {
		if (!editor.selection().isEmpty()) {
			editor.edits().moveBy(dx, dy);
		}
	}
}
