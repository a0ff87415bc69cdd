package tandem.hmi.swt;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import tandem.hmi.ActionOutcome;
import tandem.hmi.ButtonPress;
import tandem.hmi.Colour;
import tandem.hmi.ElementKind;
import tandem.hmi.ElementLook;
import tandem.hmi.PlantSnapshot;
import tandem.hmi.ScreenPicture;
import tandem.hmi.ScreenPresenter;
import tandem.hmi.ScreenTransform;
import tandem.hmi.TooltipText;
import tandem.hmi.swt.paint.PaintContext;
import tandem.hmi.swt.paint.Painters;
import tandem.hmi.swt.paint.Resources;
import tandem.model.Button;
import tandem.model.Screen;

/**
 * A project screen, live: give it a screen ({@link #show}) and, per batch of value changes, what the station knows
 * ({@link #update}); it works out the picture once per batch and paints it double-buffered, scaled to the canvas
 * keeping the screen's aspect ratio (or at a fixed zoom). Pointing at an element shows its tooltip; pressing a
 * button acts through {@link ScreenActions}, and the answer is shown at the bottom of the canvas and handed to
 * the answer listeners. Must be used on the UI thread.
 */
public final class ScreenCanvas {

	private static final Colour SURROUND = new Colour(0x9A, 0xA2, 0xAA);

	private final Canvas canvas;
	private final ZoneId zone;
	private final Resources resources;
	private final Painters painters = new Painters();
	private final ButtonPresses buttons;
	private final AnswerStrip answerStrip = new AnswerStrip();
	private final List<Consumer<ActionOutcome>> answerListeners = new CopyOnWriteArrayList<>();
	private ScreenPresenter presenter;
	private ScreenPicture picture;
	private PlantSnapshot snapshot = PlantSnapshot.of(Map.of(), false);
	private Double zoom;
	private boolean actionsAllowed = true;
	private boolean blinkScheduled;
	private long presentNanos;

	public ScreenCanvas(Composite parent, ScreenActions actions, ZoneId zone) {
		this.zone = zone;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new Resources(canvas.getDisplay());
		buttons = new ButtonPresses(canvas, actions, this::answered);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, this::hover);
		canvas.addListener(SWT.MouseUp, this::click);
		canvas.addListener(SWT.Dispose, e -> {
			resources.dispose();
			if (presenter != null) {
				presenter.dispose();
			}
		});
	}

	public Control control() {
		return canvas;
	}

	/**
	 * Shows screen with the values known so far.
	 *
	 * @throws IllegalArgumentException naming the screen and element whose colour or font is malformed; the
	 *                                  screen shown before stays
	 */
	public void show(Screen screen) {
		ScreenPresenter next = new ScreenPresenter(screen, zone);
		ScreenPicture first;
		try {
			first = next.present(snapshot, System.currentTimeMillis());
		} catch (IllegalArgumentException e) {
			next.dispose();
			throw e;
		}
		if (presenter != null) {
			presenter.dispose();
		}
		presenter = next;
		picture = first;
		canvas.setToolTipText(null);
		repaint();
	}

	/** What the station knows now: the picture is worked out once and painted. */
	public void update(PlantSnapshot now) {
		snapshot = now;
		if (presenter != null) {
			long start = System.nanoTime();
			picture = presenter.present(now, System.currentTimeMillis());
			presentNanos += System.nanoTime() - start;
			repaint();
		}
	}

	/** The picture painted now, null before a screen is shown. */
	public ScreenPicture picture() {
		return picture;
	}

	public Screen screen() {
		return presenter == null ? null : presenter.screen();
	}

	/** Total time spent working out pictures, for benchmarks. */
	public long presentNanos() {
		return presentNanos;
	}

	/** A fixed zoom (1 = the screen's own pixels), or null to fit the canvas keeping the aspect ratio. */
	public void setZoom(Double zoom) {
		this.zoom = zoom;
		canvas.redraw();
	}

	/** The conversion between screen and canvas coordinates as painted now. */
	public ScreenTransform transform() {
		Rectangle area = canvas.getClientArea();
		if (picture == null) {
			return ScreenTransform.IDENTITY;
		}
		return zoom != null ? new ScreenTransform(zoom, 0, 0)
				: ScreenTransform.fit(picture.width(), picture.height(), area.width, area.height);
	}

	/** Whether writes and acknowledgements can be sent now (a server serves and is writable). */
	public void setActionsAllowed(boolean allowed) {
		if (allowed != actionsAllowed) {
			actionsAllowed = allowed;
			canvas.redraw();
		}
	}

	/** The folder image symbols are relative to (the project file's folder). */
	public void setImageFolder(Path folder) {
		resources.imageFolder(folder);
	}

	public void addAnswerListener(Consumer<ActionOutcome> listener) {
		answerListeners.add(listener);
	}

	/** Presses the button drawn at path as an operator would (also used by tests and keyboard access). */
	public void press(String path) {
		ElementLook look = picture == null ? null : picture.element(path);
		if (look == null || look.kind() != ElementKind.BUTTON) {
			throw new IllegalArgumentException("no button '" + path + "' is drawn on this screen");
		}
		press(look);
	}

	/** The write prompt opened last, null before any. */
	public WriteConfirmation confirmation() {
		return buttons.confirmation();
	}

	/** The answer shown at the bottom of the canvas, empty when none. */
	public String answerText() {
		return answerStrip.text(System.currentTimeMillis());
	}

	private void press(ElementLook look) {
		ButtonPress press;
		try {
			press = ButtonPress.of((Button) look.element());
		} catch (IllegalArgumentException e) {
			answered(new ActionOutcome(e.getMessage(), tandem.hmi.Tone.ALARM));
			return;
		}
		buttons.press(press, actionsAllowed);
	}

	private void answered(ActionOutcome outcome) {
		answerStrip.show(outcome, System.currentTimeMillis());
		answerListeners.forEach(l -> l.accept(outcome));
		canvas.redraw();
		canvas.getDisplay().timerExec(AnswerStrip.SHOWN_MS + 50, () -> {
			if (!canvas.isDisposed()) {
				canvas.redraw();
			}
		});
	}

	private void repaint() {
		canvas.redraw();
		if (picture != null && picture.anyBlinks() && !blinkScheduled) {
			blinkScheduled = true;
			canvas.getDisplay().timerExec(picture.blinkMs(), this::blink);
		}
	}

	private void blink() {
		blinkScheduled = false;
		if (!canvas.isDisposed()) {
			repaint();
		}
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(resources.colour(SURROUND));
		gc.fillRectangle(area);
		if (picture == null) {
			return;
		}
		ScreenTransform t = transform();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Rectangle screenArea = new Rectangle(t.offsetX(), t.offsetY(), t.toCanvasLength(picture.width()),
				t.toCanvasLength(picture.height()));
		gc.setClipping(screenArea);
		gc.setBackground(resources.colour(picture.background()));
		gc.fillRectangle(screenArea);
		long now = System.currentTimeMillis();
		painters.paint(picture.elements(),
				new PaintContext(gc, t, resources, now, picture.screen(), actionsAllowed));
		answerStrip.paint(gc, resources, screenArea, now);
		gc.setClipping((Rectangle) null);
	}

	private void hover(Event e) {
		if (picture == null) {
			return;
		}
		ScreenTransform t = transform();
		ElementLook look = picture.elementAt(t.toScreenX(e.x), t.toScreenY(e.y));
		String tip = look == null ? null : TooltipText.of(look, zone);
		tip = tip == null || tip.isEmpty() ? null : tip;
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
		canvas.setCursor(look != null && look.kind() == ElementKind.BUTTON
				? canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
	}

	private void click(Event e) {
		if (picture == null || e.button != 1) {
			return;
		}
		ScreenTransform t = transform();
		ElementLook look = picture.elementAt(t.toScreenX(e.x), t.toScreenY(e.y));
		if (look != null && look.kind() == ElementKind.BUTTON) {
			press(look);
		}
	}
}
