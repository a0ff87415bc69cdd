package tandem.operator.ui.station;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The screens an operator went through, as a browser keeps pages: showing a new screen clears the forward list,
 * back and forward move through what was shown. Screens are kept by name, so a deployed project version that
 * renames or removes a screen cannot leave a dangling screen object here.
 */
public final class ScreenHistory {

	private static final int KEPT = 50;

	private final Deque<String> back = new ArrayDeque<>();
	private final Deque<String> forward = new ArrayDeque<>();
	private String current;

	public ScreenHistory(String start) {
		current = start;
	}

	public String current() {
		return current;
	}

	/** Shows screen; nothing changes when it is already shown. */
	public void show(String screen) {
		if (screen.equals(current)) {
			return;
		}
		back.push(current);
		while (back.size() > KEPT) {
			back.removeLast();
		}
		forward.clear();
		current = screen;
	}

	public Optional<String> back() {
		if (back.isEmpty()) {
			return Optional.empty();
		}
		forward.push(current);
		current = back.pop();
		return Optional.of(current);
	}

	public Optional<String> forward() {
		if (forward.isEmpty()) {
			return Optional.empty();
		}
		back.push(current);
		current = forward.pop();
		return Optional.of(current);
	}

	public boolean canGoBack() {
		return !back.isEmpty();
	}

	public boolean canGoForward() {
		return !forward.isEmpty();
	}
}
