package tandem.studio.ui.tests;

import static tandem.studio.ui.tests.EventLoop.settle;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Drives the real pointer and keyboard with {@link Display#post} (XTest under Xvfb), as an engineer's hand
 * would: the events go through GTK to the control under the pointer, modifiers included.
 */
final class Mouse {

	private final Control control;
	private final Display display;

	Mouse(Control control) {
		this.control = control;
		this.display = control.getDisplay();
	}

	/** Where the pointer was moved last, in display coordinates: button events carry it (SWT's GTK post needs it). */
	private Point at = new Point(0, 0);

	void moveTo(Point p) {
		Point d = control.toDisplay(p);
		at = d;
		Event e = new Event();
		e.type = SWT.MouseMove;
		e.x = d.x;
		e.y = d.y;
		display.post(e);
		long deadline = System.currentTimeMillis() + 2000;
		while (!display.getCursorLocation().equals(d) && System.currentTimeMillis() < deadline) {
			settle();
			sleep(10);
		}
		settle();
		sleep(20); // let the X server hand the motion to GTK before a button follows
		settle();
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	void button(int type) {
		Event e = new Event();
		e.type = type;
		e.button = 1;
		e.x = at.x;
		e.y = at.y;
		display.post(e);
		settle();
		sleep(20);
		settle();
	}

	/**
	 * Presses at from, moves in steps to to, releases there; with modifier keys held (SWT.SHIFT, SWT.ALT, 0;
	 * Alt is pressed just after the button, as an engineer does to place freely).
	 * Xvfb's default keymap does not make a posted Alt a modifier, so with Alt the pointer is still moved by
	 * {@link Display#post} but the button and motion events carrying Alt are sent to the control directly.
	 */
	void drag(Point from, Point to, int modifiers) {
		if ((modifiers & SWT.ALT) != 0) {
			moveTo(from);
			send(SWT.MouseDown, from, modifiers & ~SWT.ALT); // Alt at the press would be Alt-click: it is held after it
			for (int i = 1; i <= 5; i++) {
				Point p = new Point(from.x + (to.x - from.x) * i / 5, from.y + (to.y - from.y) * i / 5);
				moveTo(p);
				send(SWT.MouseMove, p, modifiers | SWT.BUTTON1);
			}
			send(SWT.MouseUp, to, modifiers);
			return;
		}
		moveTo(from);
		keys(modifiers, SWT.KeyDown);
		button(SWT.MouseDown);
		for (int i = 1; i <= 5; i++) {
			moveTo(new Point(from.x + (to.x - from.x) * i / 5, from.y + (to.y - from.y) * i / 5));
		}
		button(SWT.MouseUp);
		keys(modifiers, SWT.KeyUp);
	}

	private void send(int type, Point p, int modifiers) {
		Event e = new Event();
		e.type = type;
		e.x = p.x;
		e.y = p.y;
		e.button = type == SWT.MouseMove ? 0 : 1;
		e.stateMask = modifiers;
		control.notifyListeners(type, e);
		settle();
	}

	/**
	 * A click with modifiers (Shift-click to add to the selection) whose button events are sent to the control
	 * directly after the pointer was moved there with {@link Display#post}: a posted Shift reaches keys, but not
	 * always the press that follows under Xvfb.
	 */
	void clickHolding(Point at, int modifiers) {
		moveTo(at);
		send(SWT.MouseDown, at, modifiers);
		send(SWT.MouseUp, at, modifiers);
	}

	void click(Point at, int modifiers) {
		if ((modifiers & SWT.ALT) != 0) {
			moveTo(at);
			send(SWT.MouseDown, at, modifiers);
			send(SWT.MouseUp, at, modifiers);
			return;
		}
		moveTo(at);
		keys(modifiers, SWT.KeyDown);
		button(SWT.MouseDown);
		button(SWT.MouseUp);
		keys(modifiers, SWT.KeyUp);
	}

	void key(int keyCode, int modifiers) {
		keys(modifiers, SWT.KeyDown);
		Event e = new Event();
		e.type = SWT.KeyDown;
		e.keyCode = keyCode;
		display.post(e);
		e = new Event();
		e.type = SWT.KeyUp;
		e.keyCode = keyCode;
		display.post(e);
		keys(modifiers, SWT.KeyUp);
		settle();
	}

	private void keys(int modifiers, int type) {
		for (int key : new int[] { SWT.SHIFT, SWT.ALT, SWT.CTRL }) {
			if ((modifiers & key) != 0) {
				Event e = new Event();
				e.type = type;
				e.keyCode = key;
				display.post(e);
			}
		}
		settle();
	}
}
