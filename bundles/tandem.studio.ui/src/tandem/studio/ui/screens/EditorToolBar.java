package tandem.studio.ui.screens;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.Screen;

/**
 * The screen editor's bar above the canvas: the screen shown (choose, New screen, Delete screen…), ▶ Preview with
 * its Values source, Zoom, and the arrange buttons. It wraps in a narrow editor instead of cutting buttons off.
 * It only shows state and forwards choices; the editor does the work.
 */
final class EditorToolBar {

	static final double[] ZOOMS = { 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4 };

	private final Combo screens;
	private final Combo zoom;
	private final ToolItem previewItem;
	private final PreviewSourceChoice previewSource;

	EditorToolBar(Composite parent, ScreensEditor editor) {
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true; // a narrow editor wraps the tool bar instead of cutting Group, Ungroup, Grid off
		row.center = true;
		row.spacing = 6;
		top.setLayout(row);
		new Label(top, SWT.NONE).setText("Screen:");
		screens = new Combo(top, SWT.READ_ONLY);
		screens.addListener(SWT.Selection, e -> editor.showScreen(editor.session().project().getScreens().get(screens.getSelectionIndex())));
		ToolBar screenBar = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
		ToolItem add = new ToolItem(screenBar, SWT.PUSH);
		add.setText("New screen");
		add.addListener(SWT.Selection, e -> editor.addScreen());
		ToolItem remove = new ToolItem(screenBar, SWT.PUSH);
		remove.setText("Delete screen…");
		remove.addListener(SWT.Selection, e -> {
			if (editor.screen() != null) {
				editor.delete(List.of(editor.screen()));
			}
		});
		previewItem = new ToolItem(screenBar, SWT.CHECK);
		previewItem.setText("▶ Preview");
		previewItem.setToolTipText("Run the screen with live values (simulator or running cluster, see Values), read-only; press again to edit");
		previewItem.addListener(SWT.Selection, e -> editor.setPreview(previewItem.getSelection()));
		previewSource = new PreviewSourceChoice(top, editor);
		new Label(top, SWT.NONE).setText("Zoom:");
		zoom = new Combo(top, SWT.READ_ONLY);
		for (double z : ZOOMS) {
			zoom.add(Math.round(z * 100) + " %");
		}
		zoom.add("Fit");
		zoom.addListener(SWT.Selection, e -> {
			int i = zoom.getSelectionIndex();
			if (i == ZOOMS.length) {
				editor.fit();
			} else {
				editor.setZoom(ZOOMS[i]);
			}
		});
		ArrangeBar.create(top, editor);
	}

	PreviewSourceChoice previewSource() {
		return previewSource;
	}

	/** Lists the project's screens with their sizes, shown (if still there) selected. */
	void showScreens(List<Screen> all, Screen shown) {
		screens.removeAll();
		for (Screen s : all) {
			screens.add(s.getName() + "  (" + s.getWidth() + " × " + s.getHeight() + ")");
		}
		selectScreen(shown == null ? -1 : all.indexOf(shown));
	}

	void selectScreen(int index) {
		if (index >= 0) {
			screens.select(index);
		}
	}

	/** Shows zoom z as chosen (none of the list's when z is not one of them). */
	void showZoom(double z) {
		zoom.deselectAll();
		for (int i = 0; i < ZOOMS.length; i++) {
			if (ZOOMS[i] == z) {
				zoom.select(i);
			}
		}
	}

	void showFit() {
		zoom.select(ZOOMS.length);
	}

	void showPreviewRunning(boolean running) {
		previewItem.setSelection(running);
	}
}
