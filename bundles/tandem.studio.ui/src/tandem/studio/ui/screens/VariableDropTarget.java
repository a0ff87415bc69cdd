package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import tandem.model.ScreenElement;
import tandem.model.Variable;
import tandem.studio.core.screen.ScreenHits;
import tandem.studio.core.screen.VariableDrop;
import tandem.studio.core.screen.VariableDrop.Offer;

/**
 * Variables dropped on the screen editor's canvas, from the Project Explorer (the dragged selection) or as text
 * (variable names, one a line, from anywhere). On an element the variable binds its value; on empty canvas a
 * small popup menu offers the elements that fit the variable's type, and the chosen one is placed at the drop
 * point. The work is {@link VariableDrop}'s; this class finds the variable, the point and asks.
 */
final class VariableDropTarget {

	private final ScreensEditor editor;
	private final EditorCanvas canvas;
	private Menu offers;

	VariableDropTarget(ScreensEditor editor, EditorCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
		DropTarget target = new DropTarget(canvas.control(), DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer(), TextTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent e) {
				accept(e);
			}

			@Override
			public void dragOperationChanged(DropTargetEvent e) {
				accept(e);
			}

			@Override
			public void drop(DropTargetEvent e) {
				if (!dropped(e.data, new Point(e.x, e.y))) {
					e.detail = DND.DROP_NONE;
				}
			}
		});
	}

	/**
	 * What a drop does with its data (a selection of variables, or their names) let go at a display point: the
	 * first variable binds or is placed there. False when the data names no variable of the project.
	 */
	boolean dropped(Object data, Point display) {
		List<Variable> variables = variables(data);
		if (variables.isEmpty() || editor.previewing() || canvas.screen() == null) {
			return false;
		}
		Point p = canvas.control().toControl(display);
		drop(variables.get(0), canvas.transform().toScreenX(p.x), canvas.transform().toScreenY(p.y));
		return true;
	}

	private void accept(DropTargetEvent e) {
		if (editor.previewing() || canvas.screen() == null) {
			e.detail = DND.DROP_NONE;
		} else if ((e.operations & DND.DROP_COPY) != 0) {
			e.detail = DND.DROP_COPY;
		}
	}

	/** The project's variables data names: a dragged selection of variables, or their names as text. */
	private List<Variable> variables(Object data) {
		List<Variable> found = new ArrayList<>();
		Object dragged = data;
		if (dragged == null || dragged instanceof IStructuredSelection) {
			dragged = LocalSelectionTransfer.getTransfer().getSelection();
		}
		if (dragged instanceof IStructuredSelection selection) {
			for (Object o : selection.toList()) {
				if (o instanceof Variable v && editor.session().project().getVariables().contains(v)) {
					found.add(v);
				}
			}
		} else if (dragged instanceof String text) {
			for (String name : text.split("\\R")) {
				editor.session().project().getVariables().stream().filter(v -> name.strip().equals(v.getName())).findFirst().ifPresent(found::add);
			}
		}
		return found;
	}

	/**
	 * A variable let go at screen point (x, y): binds the element there, or pops up the elements that fit it and
	 * returns that menu (null after a bind).
	 */
	Menu drop(Variable variable, int x, int y) {
		List<ScreenElement> hits = ScreenHits.at(canvas.screen(), x, y);
		if (!hits.isEmpty()) {
			ScreenElement target = hits.get(0);
			editor.change(() -> {
				new VariableDrop(editor.session(), canvas.screen()).bind(target, variable);
				editor.select(List.of(target));
			});
			return null;
		}
		if (offers != null && !offers.isDisposed()) {
			offers.dispose();
		}
		offers = new Menu(canvas.control());
		for (Offer offer : VariableDrop.offers(variable)) {
			MenuItem item = new MenuItem(offers, SWT.PUSH);
			item.setText(offer.label() + " showing " + variable.getName());
			item.setData(offer);
			item.addListener(SWT.Selection, e -> place(variable, offer, x, y));
		}
		offers.setLocation(canvas.control().toDisplay(canvas.transform().toCanvasX(x), canvas.transform().toCanvasY(y)));
		offers.setVisible(true);
		return offers;
	}

	private void place(Variable variable, Offer offer, int x, int y) {
		editor.change(() -> editor.select(List.of(new VariableDrop(editor.session(), canvas.screen()).place(variable, offer, x, y))));
	}
}
