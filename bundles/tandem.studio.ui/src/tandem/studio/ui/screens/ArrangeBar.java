package tandem.studio.ui.screens;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.studio.core.screen.Arrangement;
import tandem.studio.core.screen.ScreenEditOperation.ZOrder;

/** The screen editor's tool bar: Align, Distribute, Same size, Order, Group, Ungroup, Duplicate, Save as Symbol… and Grid. */
final class ArrangeBar {

	private ArrangeBar() {
	}

	static void create(Composite parent, ScreensEditor editor) {
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		Menu align = dropDown(bar, "Align", "Align the selection to the first selected element");
		for (Arrangement.Align a : Arrangement.Align.values()) {
			item(align, "Align " + a.words(), () -> editor.align(a));
		}
		Menu distribute = dropDown(bar, "Distribute", "Equal gaps between three or more elements");
		item(distribute, "Horizontally", () -> editor.edits().distribute(true));
		item(distribute, "Vertically", () -> editor.edits().distribute(false));
		Menu size = dropDown(bar, "Same size", "Give the selection the width or height of the first selected");
		for (Arrangement.Size s : Arrangement.Size.values()) {
			item(size, "Same " + s.words(), () -> editor.edits().sameSize(s));
		}
		Menu order = dropDown(bar, "Order", "Drawing order");
		for (ZOrder z : ZOrder.values()) {
			item(order, z.label(), () -> editor.edits().zOrder(z));
		}
		push(bar, "Group", "Group the selection (Ctrl+G)", editor.edits()::group);
		push(bar, "Ungroup", "Ungroup (Ctrl+Shift+G)", editor.edits()::ungroup);
		push(bar, "Duplicate", "Duplicate the selection (Ctrl+D)", editor.edits()::duplicate);
		push(bar, "Save as Symbol…", "Save the selection as a symbol of the project's library, with parameters such as $UNIT",
				editor::saveAsSymbol);
		ToolItem grid = new ToolItem(bar, SWT.CHECK);
		grid.setText("Grid");
		grid.setToolTipText("Show the grid and snap to it (hold Alt while dragging to place freely)");
		grid.setSelection(true);
		grid.addListener(SWT.Selection, e -> editor.toggleGrid());
	}

	private static void push(ToolBar bar, String text, String tip, Runnable run) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> run.run());
	}

	private static Menu dropDown(ToolBar bar, String text, String tip) {
		ToolItem item = new ToolItem(bar, SWT.DROP_DOWN);
		item.setText(text);
		item.setToolTipText(tip);
		Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
		item.addListener(SWT.Selection, e -> {
			var point = bar.toDisplay(item.getBounds().x, item.getBounds().y + item.getBounds().height);
			menu.setLocation(point);
			menu.setVisible(true);
		});
		return menu;
	}

	private static void item(Menu menu, String text, Runnable run) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> run.run());
	}
}
