package tandem.studio.ui.screens;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import tandem.model.Group;
import tandem.model.ScreenElement;
import tandem.studio.core.screen.ScreenHits;

/**
 * The canvas' context menu, on the selection: Save as Symbol…, Group, Ungroup, Duplicate, Delete. A right click on
 * an element outside the selection selects that element first, as in any drawing program.
 */
final class CanvasMenu {

	private CanvasMenu() {
	}

	static Menu attach(ScreensEditor editor, EditorCanvas canvas) {
		Menu menu = new Menu(canvas.control());
		MenuItem save = item(menu, "Save as Symbol…", editor::saveAsSymbol);
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem group = item(menu, "Group", editor.edits()::group);
		MenuItem ungroup = item(menu, "Ungroup", editor.edits()::ungroup);
		MenuItem duplicate = item(menu, "Duplicate", editor.edits()::duplicate);
		MenuItem delete = item(menu, "Delete", editor.edits()::delete);
		canvas.control().addListener(SWT.MouseDown, e -> {
			if (e.button == 3 && canvas.screen() != null && !editor.previewing()) {
				List<ScreenElement> hits = ScreenHits.at(canvas.screen(), canvas.transform().toScreenX(e.x), canvas.transform().toScreenY(e.y));
				if (!hits.isEmpty() && !editor.selection().contains(hits.get(0))) {
					editor.select(List.of(hits.get(0)));
				}
			}
		});
		menu.addListener(SWT.Show, e -> {
			List<ScreenElement> selection = editor.selection();
			boolean editable = !editor.previewing() && !selection.isEmpty();
			save.setEnabled(editable);
			group.setEnabled(editable && selection.size() >= 2);
			ungroup.setEnabled(editable && selection.stream().anyMatch(Group.class::isInstance));
			duplicate.setEnabled(editable);
			delete.setEnabled(editable);
		});
		canvas.control().setMenu(menu);
		return menu;
	}

	private static MenuItem item(Menu menu, String text, Runnable run) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> run.run());
		return item;
	}
}
