package tandem.studio.ui.screens;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import tandem.hmi.Colour;
import tandem.hmi.ElementLook;
import tandem.hmi.PlantSnapshot;
import tandem.hmi.ScreenPicture;
import tandem.hmi.ScreenPresenter;
import tandem.hmi.ScreenTransform;
import tandem.hmi.swt.paint.PaintContext;
import tandem.hmi.swt.paint.Painters;
import tandem.hmi.swt.paint.Resources;
import tandem.model.Screen;
import tandem.model.ScreenElement;
import tandem.studio.core.screen.Box;
import tandem.studio.core.screen.Handle;
import tandem.studio.core.screen.Snapping.Guide;

/**
 * The screen editor's drawing surface: the screen painted by the operator client's own painters
 * ({@code tandem.hmi.swt}), so the engineer sees what the operator will see, with the editor's marks on top —
 * grid, selection and its eight handles, guides, rubber band, the box being drawn. One {@link ScreenTransform}
 * converts between canvas and screen pixels for zoom (25–400 %, or fit) and scrolling. While elements are
 * dragged their looks are painted moved; the model changes only once, when the mouse is released.
 */
final class EditorCanvas {

	static final int MARGIN = 24;
	static final int HANDLE = 7;
	private static final Colour SURROUND = new Colour(0x9A, 0xA2, 0xAA);

	private final Canvas canvas;
	private final Resources resources;
	private final Painters painters = new Painters();
	private ScreenPresenter presenter;
	private ScreenPicture picture;
	private PlantSnapshot values = PlantSnapshot.of(Map.of(), true);
	private double zoom = 1;
	private boolean fit;
	private boolean gridShown = true;
	private List<ScreenElement> selection = List.of();
	/** What a gesture in progress shows: elements painted moved by (dx, dy), boxes, guides, a band. */
	private final Map<ScreenElement, Box> preview = new IdentityHashMap<>();
	private int previewDx;
	private int previewDy;
	private Box band;
	private List<Guide> guides = List.of();
	private long paintNanos;
	private int paints;
	/** Elements validation found errors in, with the first message: painted with a red mark, named in the tooltip. */
	private Map<ScreenElement, String> problems = Map.of();
	/** In preview the screen is drawn as the operator sees it: no grid, no selection marks. */
	private boolean live;

	EditorCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		// SWT's GTK drag detection holds a press back and then reports it at wrong coordinates (eclipse SWT #2119);
		// the editor tracks its own drags, so it takes presses as they come
		canvas.setDragDetect(false);
		resources = new Resources(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> updateScrollBars());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, this::tooltipAt);
		canvas.addListener(SWT.Dispose, e -> {
			resources.dispose();
			if (presenter != null) {
				presenter.dispose();
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	void show(Screen screen, PlantSnapshot designValues) {
		if (presenter != null) {
			presenter.dispose();
		}
		values = designValues;
		presenter = screen == null ? null : new ScreenPresenter(screen, java.time.ZoneId.systemDefault());
		modelChanged();
	}

	Screen screen() {
		return presenter == null ? null : presenter.screen();
	}

	/** Draws the screen with other values from now on (the preview's live values, or the design values again). */
	void setValues(PlantSnapshot snapshot) {
		values = snapshot;
		modelChanged();
	}

	PlantSnapshot values() {
		return values;
	}

	/** The elements to mark as wrong, from the validation after the last command. */
	void setProblems(Map<ScreenElement, String> flagged) {
		if (!flagged.equals(problems)) {
			problems = Map.copyOf(flagged);
			canvas.redraw();
		}
	}

	Map<ScreenElement, String> problems() {
		return problems;
	}

	void setLive(boolean live) {
		this.live = live;
		canvas.redraw();
	}

	private void tooltipAt(Event e) {
		if (presenter == null || problems.isEmpty()) {
			return;
		}
		ScreenTransform t = transform();
		String tip = null;
		for (ScreenElement hit : tandem.studio.core.screen.ScreenHits.at(presenter.screen(), t.toScreenX(e.x), t.toScreenY(e.y))) {
			if (problems.containsKey(hit)) {
				tip = hit.getName() + ": " + problems.get(hit);
				break;
			}
		}
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	/** The model changed: work the picture out again (once per burst of commands) and repaint. */
	void modelChanged() {
		if (presenter == null) {
			picture = null;
		} else {
			try {
				picture = presenter.present(values, System.currentTimeMillis());
			} catch (IllegalArgumentException e) {
				picture = new ScreenPicture(presenter.screen().getName(), presenter.screen().getWidth(), presenter.screen().getHeight(),
						new Colour(0xC0, 0xC0, 0xC0), List.of());
				canvas.setToolTipText(e.getMessage());
			}
		}
		updateScrollBars();
		canvas.redraw();
	}

	ScreenPicture picture() {
		return picture;
	}

	/** Zoom in screen pixels per canvas pixel (0.25–4), leaving fit. */
	void setZoom(double zoom) {
		this.zoom = Math.max(0.25, Math.min(4, zoom));
		fit = false;
		updateScrollBars();
		canvas.redraw();
	}

	/** Scales the screen to the canvas. */
	void fit() {
		fit = true;
		updateScrollBars();
		canvas.redraw();
	}

	double zoom() {
		return transform().scale();
	}

	/** The shown screen's own grid step (Screen.gridStep, at least 1): drawn and snapped to. */
	int grid() {
		Screen screen = screen();
		return screen == null ? 10 : Math.max(1, screen.getGridStep());
	}

	void setGridShown(boolean shown) {
		gridShown = shown;
		canvas.redraw();
	}

	boolean gridShown() {
		return gridShown;
	}

	void setSelection(List<ScreenElement> selected) {
		selection = List.copyOf(selected);
		canvas.redraw();
	}

	List<ScreenElement> selection() {
		return selection;
	}

	/** A move in progress: the selection painted moved by (dx, dy). */
	void previewMove(int dx, int dy, List<Guide> snappedTo) {
		previewDx = dx;
		previewDy = dy;
		guides = snappedTo;
		canvas.redraw();
	}

	/** A resize or a new element in progress: outlines of the boxes they will have. */
	void previewBoxes(Map<ScreenElement, Box> boxes, List<Guide> snappedTo) {
		preview.clear();
		preview.putAll(boxes);
		guides = snappedTo;
		canvas.redraw();
	}

	void previewBand(Box box) {
		band = box;
		canvas.redraw();
	}

	void endPreview() {
		preview.clear();
		previewDx = 0;
		previewDy = 0;
		band = null;
		guides = List.of();
		canvas.redraw();
	}

	ScreenTransform transform() {
		Rectangle area = canvas.getClientArea();
		if (picture == null) {
			return ScreenTransform.IDENTITY;
		}
		if (fit) {
			ScreenTransform f = ScreenTransform.fit(picture.width(), picture.height(), Math.max(1, area.width - 2 * MARGIN),
					Math.max(1, area.height - 2 * MARGIN));
			return new ScreenTransform(f.scale(), f.offsetX() + MARGIN, f.offsetY() + MARGIN);
		}
		return new ScreenTransform(zoom, MARGIN - canvas.getHorizontalBar().getSelection(), MARGIN - canvas.getVerticalBar().getSelection());
	}

	/** Total time spent painting and how many paints, for the benchmark. */
	long paintNanos() {
		return paintNanos;
	}

	int paints() {
		return paints;
	}

	private void updateScrollBars() {
		Rectangle area = canvas.getClientArea();
		int w = picture == null || fit ? 0 : (int) Math.ceil(picture.width() * zoom) + 2 * MARGIN;
		int h = picture == null || fit ? 0 : (int) Math.ceil(picture.height() * zoom) + 2 * MARGIN;
		bar(canvas.getHorizontalBar(), w, area.width);
		bar(canvas.getVerticalBar(), h, area.height);
	}

	private static void bar(ScrollBar bar, int content, int visible) {
		bar.setVisible(content > visible);
		bar.setValues(Math.min(bar.getSelection(), Math.max(0, content - visible)), 0, Math.max(content, 1), Math.max(1, visible),
				16, Math.max(1, visible - 16));
	}

	private void paint(Event e) {
		long start = System.nanoTime();
		GC gc = e.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(resources.colour(SURROUND));
		gc.fillRectangle(area);
		if (picture == null) {
			return;
		}
		ScreenTransform t = transform();
		Rectangle screenArea = new Rectangle(t.offsetX(), t.offsetY(), t.toCanvasLength(picture.width()), t.toCanvasLength(picture.height()));
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setClipping(screenArea);
		gc.setBackground(resources.colour(picture.background()));
		gc.fillRectangle(screenArea);
		if (!live) {
			paintGrid(gc, t, screenArea);
		}
		PaintContext context = new PaintContext(gc, t, resources, System.currentTimeMillis(), picture.screen(), false);
		painters.paint(movedLooks(), context);
		gc.setClipping((Rectangle) null);
		gc.setAntialias(SWT.OFF);
		if (live) {
			paintProblems(gc, t);
		} else {
			paintMarks(gc, t);
		}
		paintNanos += System.nanoTime() - start;
		paints++;
	}

	private void paintGrid(GC gc, ScreenTransform t, Rectangle screenArea) {
		int grid = grid();
		if (!gridShown || grid * t.scale() < 5) {
			return;
		}
		Colour bg = picture.background();
		boolean dark = bg.red() + bg.green() + bg.blue() < 3 * 110;
		gc.setForeground(resources.colour(dark ? new Colour(0x70, 0x70, 0x70) : new Colour(0x90, 0x90, 0x90)));
		for (int x = 0; x <= picture.width(); x += grid) {
			int cx = t.toCanvasX(x);
			for (int y = 0; y <= picture.height(); y += grid) {
				gc.drawPoint(cx, t.toCanvasY(y));
			}
		}
	}

	/** The picture's looks, with the selection (and everything inside a selected group) moved by the preview. */
	private List<ElementLook> movedLooks() {
		if (previewDx == 0 && previewDy == 0) {
			return picture.elements();
		}
		Set<String> moving = new java.util.HashSet<>();
		selection.forEach(s -> moving.add(s.getName()));
		List<ElementLook> still = new ArrayList<>();
		List<ElementLook> moved = new ArrayList<>();
		for (ElementLook look : picture.elements()) {
			String top = look.path().contains("/") ? look.path().substring(0, look.path().indexOf('/')) : look.path();
			if (moving.contains(top)) {
				moved.add(LookShift.by(look, previewDx, previewDy));
			} else {
				still.add(look);
			}
		}
		still.addAll(moved);
		return still;
	}

	/** A red frame and a red corner badge on every element with an error, so a broken binding shows where it is. */
	private void paintProblems(GC gc, ScreenTransform t) {
		if (problems.isEmpty()) {
			return;
		}
		Color red = canvas.getDisplay().getSystemColor(SWT.COLOR_RED);
		Color white = canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE);
		gc.setLineWidth(2);
		for (ScreenElement e : problems.keySet()) {
			Rectangle r = rect(t, Box.of(e));
			gc.setForeground(red);
			gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
			gc.setBackground(red);
			gc.fillOval(r.x + r.width - 4, r.y - 10, 14, 14);
			gc.setForeground(white);
			gc.drawLine(r.x + r.width + 3, r.y - 7, r.x + r.width + 3, r.y - 1);
			gc.drawPoint(r.x + r.width + 3, r.y + 1);
		}
		gc.setLineWidth(1);
	}

	private void paintMarks(GC gc, ScreenTransform t) {
		paintProblems(gc, t);
		Color accent = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		Color white = canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE);
		gc.setLineWidth(1);
		if (!preview.isEmpty()) {
			gc.setForeground(accent);
			gc.setLineStyle(SWT.LINE_DASH);
			preview.values().forEach(b -> gc.drawRectangle(rect(t, b)));
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		List<Box> boxes = selection.stream().map(s -> Box.of(s).moved(previewDx, previewDy)).toList();
		gc.setForeground(accent);
		for (int i = 0; i < boxes.size(); i++) {
			Rectangle r = rect(t, boxes.get(i));
			gc.setLineStyle(i == 0 || boxes.size() == 1 ? SWT.LINE_SOLID : SWT.LINE_DOT);
			gc.drawRectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		Box around = Box.around(boxes);
		if (around != null && preview.isEmpty()) {
			for (Handle h : Handle.values()) {
				Rectangle r = handleRect(t, around, h);
				gc.setBackground(white);
				gc.fillRectangle(r);
				gc.setForeground(accent);
				gc.drawRectangle(r);
			}
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_MAGENTA));
		for (Guide g : guides) {
			if (g.vertical()) {
				gc.drawLine(t.toCanvasX(g.position()), t.toCanvasY(g.start()) - 8, t.toCanvasX(g.position()), t.toCanvasY(g.end()) + 8);
			} else {
				gc.drawLine(t.toCanvasX(g.start()) - 8, t.toCanvasY(g.position()), t.toCanvasX(g.end()) + 8, t.toCanvasY(g.position()));
			}
		}
		if (band != null) {
			Rectangle r = rect(t, band);
			gc.setAlpha(40);
			gc.setBackground(accent);
			gc.fillRectangle(r);
			gc.setAlpha(255);
			gc.setForeground(accent);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRectangle(r);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	static Rectangle rect(ScreenTransform t, Box b) {
		int x = t.toCanvasX(b.x());
		int y = t.toCanvasY(b.y());
		return new Rectangle(x, y, t.toCanvasX(b.right()) - x, t.toCanvasY(b.bottom()) - y);
	}

	static Rectangle handleRect(ScreenTransform t, Box around, Handle h) {
		int[] c = h.centre(around);
		return new Rectangle(t.toCanvasX(c[0]) - HANDLE / 2, t.toCanvasY(c[1]) - HANDLE / 2, HANDLE, HANDLE);
	}
}
