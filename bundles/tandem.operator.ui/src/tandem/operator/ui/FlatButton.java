package tandem.operator.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * A button drawn in the window's own colours. Native GTK buttons follow the desktop theme (light grey on a light
 * theme), which breaks a dark control-room window; this one keeps the palette, shows hover and focus, and fires
 * {@link SWT#Selection} on click, Enter or Space like a native button.
 */
final class FlatButton extends Canvas {

	private final Palette palette;
	private final boolean primary;
	private String text = "";
	private boolean hover;
	private boolean pressed;

	FlatButton(Composite parent, Palette palette, String text, boolean primary) {
		super(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		this.palette = palette;
		this.primary = primary;
		this.text = text;
		setFont(palette.bold);
		setCursor(getDisplay().getSystemCursor(SWT.CURSOR_HAND));
		addListener(SWT.Paint, this::paint);
		addListener(SWT.MouseEnter, e -> setHover(true));
		addListener(SWT.MouseExit, e -> setHover(false));
		addListener(SWT.MouseDown, e -> {
			pressed = e.button == 1;
			redraw();
		});
		addListener(SWT.MouseUp, e -> {
			boolean click = pressed && e.button == 1 && getClientArea().contains(e.x, e.y);
			pressed = false;
			redraw();
			if (click) {
				click();
			}
		});
		addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR || e.character == ' ' || e.keyCode == SWT.KEYPAD_CR) {
				click();
			}
		});
		addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
		addListener(SWT.FocusIn, e -> redraw());
		addListener(SWT.FocusOut, e -> redraw());
	}

	/** Fires a selection as a click would; tests use it, as do keyboard users. */
	void click() {
		if (isEnabled()) {
			notifyListeners(SWT.Selection, new Event());
		}
	}

	void onClick(Listener listener) {
		addListener(SWT.Selection, listener);
	}

	void setText(String text) {
		this.text = text;
		redraw();
		getParent().layout(true);
	}

	String getText() {
		return text;
	}

	@Override
	public void setEnabled(boolean enabled) {
		super.setEnabled(enabled);
		redraw();
	}

	private void setHover(boolean on) {
		hover = on;
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		GC gc = new GC(this);
		try {
			gc.setFont(getFont());
			Point extent = gc.textExtent(text);
			return new Point(wHint == SWT.DEFAULT ? extent.x + 28 : wHint, hHint == SWT.DEFAULT ? extent.y + 12 : hHint);
		} finally {
			gc.dispose();
		}
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle r = getClientArea();
		gc.setBackground(getParent().getBackground());
		gc.fillRectangle(r);
		gc.setAntialias(SWT.ON);
		Color fill = !isEnabled() ? palette.panel
				: primary ? palette.accent : pressed ? palette.line : hover ? palette.group : palette.rowAlternate;
		gc.setBackground(fill);
		gc.fillRoundRectangle(0, 0, r.width - 1, r.height - 1, 6, 6);
		gc.setForeground(isFocusControl() || hover ? palette.accentText : palette.line);
		gc.drawRoundRectangle(0, 0, r.width - 1, r.height - 1, 6, 6);
		gc.setForeground(isEnabled() ? palette.text : palette.tone(tandem.hmi.Tone.STALE));
		gc.setFont(getFont());
		Point extent = gc.textExtent(text);
		gc.drawText(text, (r.width - extent.x) / 2, (r.height - extent.y) / 2, true);
	}
}
