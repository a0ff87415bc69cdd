package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

import tandem.hmi.ScreenTransform;
import tandem.model.ScreenElement;
import tandem.studio.core.screen.Box;
import tandem.studio.core.screen.Handle;
import tandem.studio.core.screen.ScreenHits;
import tandem.studio.core.screen.Snapping;

/**
 * The mouse on the screen editor's canvas, as Phoebus' selection tracker: press picks what the gesture is (a
 * handle: resize; an element: move; empty canvas: rubber band; a palette tool: draw a new element), drag shows
 * it with snapping (Alt: none), release makes it one command. Shift/Ctrl-click adds or removes an element,
 * Alt-click steps through the elements stacked under the pointer.
 */
final class SelectionTracker {

	private enum Gesture {
		NONE, MOVE, RESIZE, BAND, CREATE
	}

	private final ScreensEditor editor;
	private final EditorCanvas canvas;
	private Gesture gesture = Gesture.NONE;
	private int startX;
	private int startY;
	private Handle handle;
	private Map<ScreenElement, Box> startBoxes = new LinkedHashMap<>();
	private Box startAround;
	private Map<ScreenElement, Box> result = new LinkedHashMap<>();
	private int moveDx;
	private int moveDy;
	private Box created;
	private boolean bandAdds;

	SelectionTracker(ScreensEditor editor, EditorCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
		canvas.control().addListener(SWT.MouseDown, this::down);
		canvas.control().addListener(SWT.MouseMove, this::move);
		canvas.control().addListener(SWT.MouseUp, this::up);
	}

	private int sx(Event e) {
		return canvas.transform().toScreenX(e.x);
	}

	private int sy(Event e) {
		return canvas.transform().toScreenY(e.y);
	}

	private void down(Event e) {
		if (e.button != 1 || canvas.screen() == null || editor.previewing()) {
			return;
		}
		canvas.control().setFocus();
		atPointer(e);
		startX = sx(e);
		startY = sy(e);
		EClass tool = editor.tool();
		if (tool != null) {
			gesture = Gesture.CREATE;
			if (canvas.gridShown() && (e.stateMask & SWT.ALT) == 0) { // a click places on the grid, as a drag draws on it
				int step = canvas.grid();
				startX = Math.round(startX / (float) step) * step;
				startY = Math.round(startY / (float) step) * step;
			}
			created = new Box(startX, startY, 0, 0);
			return;
		}
		List<ScreenElement> selection = canvas.selection();
		Handle h = handleAt(e.x, e.y);
		if (h != null) {
			begin(Gesture.RESIZE, selection);
			handle = h;
			return;
		}
		List<ScreenElement> stack = ScreenHits.at(canvas.screen(), startX, startY);
		boolean toggle = (e.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
		if ((e.stateMask & SWT.ALT) != 0) {
			ScreenElement current = selection.size() == 1 ? selection.get(0) : null;
			ScreenElement next = ScreenHits.next(stack, current);
			editor.select(next == null ? List.of() : List.of(next));
			return;
		}
		if (stack.isEmpty()) {
			if (!toggle) {
				editor.select(List.of());
			}
			gesture = Gesture.BAND;
			bandAdds = toggle;
			return;
		}
		ScreenElement top = stack.get(0);
		if (toggle) {
			List<ScreenElement> changed = new ArrayList<>(selection);
			if (!changed.remove(top)) {
				changed.add(top);
			}
			editor.select(changed);
			return;
		}
		if (!selection.contains(top)) {
			editor.select(List.of(top));
		}
		begin(Gesture.MOVE, canvas.selection());
	}

	private void begin(Gesture g, List<ScreenElement> selection) {
		gesture = g;
		startBoxes = new LinkedHashMap<>();
		selection.forEach(s -> startBoxes.put(s, Box.of(s)));
		startAround = Box.around(startBoxes.values());
		result = new LinkedHashMap<>();
		moveDx = 0;
		moveDy = 0;
	}

	Handle handleAt(int canvasX, int canvasY) {
		Box around = Box.around(canvas.selection().stream().map(Box::of).toList());
		if (around == null) {
			return null;
		}
		ScreenTransform t = canvas.transform();
		for (Handle h : Handle.values()) {
			Rectangle r = EditorCanvas.handleRect(t, around, h);
			if (canvasX >= r.x - 2 && canvasX <= r.x + r.width + 2 && canvasY >= r.y - 2 && canvasY <= r.y + r.height + 2) {
				return h;
			}
		}
		return null;
	}

	private Snapping snapping(Event e) {
		if ((e.stateMask & SWT.ALT) != 0) {
			return Snapping.OFF;
		}
		List<Box> others = new ArrayList<>();
		for (ScreenElement other : canvas.screen().getElements()) {
			if (!startBoxes.containsKey(other)) {
				others.add(Box.of(other));
			}
		}
		others.add(new Box(0, 0, canvas.screen().getWidth(), canvas.screen().getHeight()));
		int threshold = Math.max(2, (int) Math.round(6 / canvas.transform().scale()));
		return new Snapping(canvas.gridShown() ? canvas.grid() : 0, threshold, others);
	}

	private void move(Event e) {
		editor.pointerAt(sx(e), sy(e));
		if (gesture == Gesture.NONE) {
			Handle h = handleAt(e.x, e.y);
			canvas.control().setCursor(h == null ? null : canvas.control().getDisplay().getSystemCursor(cursor(h)));
			return;
		}
		int dx = sx(e) - startX;
		int dy = sy(e) - startY;
		switch (gesture) {
		case MOVE -> {
			Snapping.Snapped s = snapping(e).move(startAround.moved(dx, dy));
			moveDx = s.box().x() - startAround.x();
			moveDy = s.box().y() - startAround.y();
			canvas.previewMove(moveDx, moveDy, s.guides());
		}
		case RESIZE -> {
			Box resized = handle.resize(startAround, dx, dy, (e.stateMask & SWT.SHIFT) != 0);
			Snapping.Snapped s = (e.stateMask & SWT.SHIFT) != 0 ? new Snapping.Snapped(resized, List.of()) : snapping(e).resize(resized, handle);
			result = scaled(s.box());
			canvas.previewBoxes(result, s.guides());
		}
		case BAND -> canvas.previewBand(Box.spanning(startX, startY, sx(e), sy(e)));
		case CREATE -> {
			created = Box.spanning(startX, startY, sx(e), sy(e));
			canvas.previewBoxes(Map.of(), List.of());
			canvas.previewBand(created);
		}
		default -> {
		}
		}
		editor.showGesture(gesture == Gesture.MOVE ? startAround.moved(moveDx, moveDy)
				: gesture == Gesture.RESIZE ? Box.around(result.values()) : gesture == Gesture.NONE ? null : Box.spanning(startX, startY, sx(e), sy(e)));
	}

	/** Each element of the selection placed in the new box as it was in the old one. */
	private Map<ScreenElement, Box> scaled(Box to) {
		Map<ScreenElement, Box> out = new LinkedHashMap<>();
		double fx = startAround.width() == 0 ? 1 : to.width() / (double) startAround.width();
		double fy = startAround.height() == 0 ? 1 : to.height() / (double) startAround.height();
		for (Map.Entry<ScreenElement, Box> entry : startBoxes.entrySet()) {
			Box b = entry.getValue();
			int x = to.x() + (int) Math.round((b.x() - startAround.x()) * fx);
			int y = to.y() + (int) Math.round((b.y() - startAround.y()) * fy);
			int w = Math.max(startBoxes.size() == 1 ? 1 : 0, (int) Math.round(b.width() * fx));
			int h = Math.max(startBoxes.size() == 1 ? 1 : 0, (int) Math.round(b.height() * fy));
			out.put(entry.getKey(), new Box(x, y, b.width() == 0 ? 0 : w, b.height() == 0 ? 0 : h));
		}
		return out;
	}

	/**
	 * SWT 3.132 on GTK can report a press or release at coordinates off by the window's position (seen with XTest
	 * under Xvfb); the pointer's own position at that moment is right, so the event is taken from there.
	 */
	private void atPointer(Event e) {
		org.eclipse.swt.graphics.Point at = canvas.control().toControl(canvas.control().getDisplay().getCursorLocation());
		e.x = at.x;
		e.y = at.y;
	}

	private void up(Event e) {
		if (e.button != 1) {
			return;
		}
		atPointer(e);
		Gesture done = gesture;
		gesture = Gesture.NONE;
		canvas.endPreview();
		switch (done) {
		case MOVE -> {
			if (moveDx != 0 || moveDy != 0) {
				editor.edits().moveBy(moveDx, moveDy);
			}
		}
		case RESIZE -> editor.edits().setBounds("Resize", result);
		case BAND -> {
			int ex = sx(e);
			Box band = Box.spanning(startX, startY, ex, sy(e));
			List<ScreenElement> found = new ArrayList<>(bandAdds ? canvas.selection() : List.of());
			ScreenHits.band(canvas.screen(), band, ex >= startX).stream().filter(x -> !found.contains(x)).forEach(found::add);
			editor.select(found);
		}
		case CREATE -> editor.create(editor.tool(), created);
		default -> {
		}
		}
		editor.showGesture(null);
	}

	private static int cursor(Handle h) {
		return switch (h) {
		case NW -> SWT.CURSOR_SIZENW;
		case N -> SWT.CURSOR_SIZEN;
		case NE -> SWT.CURSOR_SIZENE;
		case E -> SWT.CURSOR_SIZEE;
		case SE -> SWT.CURSOR_SIZESE;
		case S -> SWT.CURSOR_SIZES;
		case SW -> SWT.CURSOR_SIZESW;
		case W -> SWT.CURSOR_SIZEW;
		};
	}
}
