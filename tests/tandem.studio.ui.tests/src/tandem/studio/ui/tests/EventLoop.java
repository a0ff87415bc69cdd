package tandem.studio.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread's pending work (coalesced refreshes, virtual rows) from a test on that thread. */
final class EventLoop {

	private EventLoop() {
	}

	static void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// run what the last action queued
			}
		}
	}

	static void waitFor(BooleanSupplier condition, String what) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("not within 10 s: " + what);
			}
			settle();
		}
	}
}
