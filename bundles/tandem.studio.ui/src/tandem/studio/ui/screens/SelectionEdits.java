package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.model.Group;
import tandem.model.ScreenElement;
import tandem.studio.core.op.DeleteOperation;
import tandem.studio.core.op.InUseException;
import tandem.studio.core.screen.Arrangement;
import tandem.studio.core.screen.Box;
import tandem.studio.core.screen.ScreenEditOperation;
import tandem.studio.core.screen.ScreenEditOperation.ZOrder;

/**
 * What the tool bar, the context menu and the keys do to the selection of the shown screen: move, resize, align,
 * distribute, same size, z-order, group, ungroup, copy, paste, duplicate, delete, select all. Each is one call of
 * a headless operation of {@code tandem.studio.core}, so one undo step, and refused while the preview runs.
 */
final class SelectionEdits {

	private final ScreensEditor editor;
	private List<ScreenElement> clipboard = List.of();
	private int pasteCount;

	SelectionEdits(ScreensEditor editor) {
		this.editor = editor;
	}

	private ScreenEditOperation op() {
		return new ScreenEditOperation(editor.session(), editor.screen());
	}

	private List<ScreenElement> selection() {
		return editor.selection();
	}

	void moveBy(int dx, int dy) {
		editor.change(() -> op().moveBy(selection(), dx, dy));
	}

	void setBounds(String verb, Map<ScreenElement, Box> boxes) {
		if (!boxes.isEmpty()) {
			editor.change(() -> op().setBounds(ScreenEditOperation.label(verb, boxes.keySet()), boxes));
		}
	}

	void align(Arrangement.Align how) {
		setBounds("Align", Arrangement.align(selection(), how));
	}

	void distribute(boolean horizontally) {
		setBounds("Distribute", Arrangement.distribute(selection(), horizontally));
	}

	void sameSize(Arrangement.Size which) {
		setBounds("Same " + which.words() + " for", Arrangement.sameSize(selection(), which));
	}

	void zOrder(ZOrder where) {
		if (!selection().isEmpty()) {
			editor.change(() -> op().zOrder(selection(), where));
		}
	}

	void group() {
		if (selection().size() >= 2) {
			editor.change(() -> editor.select(List.of(op().group(selection()))));
		}
	}

	void ungroup() {
		List<ScreenElement> out = new ArrayList<>();
		editor.change(() -> {
			for (ScreenElement e : selection()) {
				if (e instanceof Group g) {
					out.addAll(op().ungroup(g));
				}
			}
		});
		if (!out.isEmpty()) {
			editor.select(out);
		}
	}

	void copy() {
		clipboard = selection().stream().map(e -> (ScreenElement) EcoreUtil.copy(e)).toList();
		pasteCount = 0;
	}

	void paste() {
		if (!clipboard.isEmpty() && editor.screen() != null) {
			pasteCount++;
			int offset = 10 * pasteCount;
			editor.change(() -> editor.select(op().paste("Paste", clipboard, offset, offset)));
		}
	}

	void duplicate() {
		if (!selection().isEmpty()) {
			editor.change(() -> editor.select(op().paste("Duplicate", selection(), 10, 10)));
		}
	}

	void delete() {
		List<ScreenElement> doomed = selection();
		if (!doomed.isEmpty()) {
			editor.change(() -> {
				try {
					new DeleteOperation(editor.session(), doomed, DeleteOperation.Uses.REMOVE).execute();
				} catch (InUseException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
				editor.select(List.of());
			});
		}
	}

	void selectAll() {
		if (editor.screen() != null) {
			editor.select(editor.screen().getElements());
		}
	}
}
