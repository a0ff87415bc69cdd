package tandem.runtime.redundancy.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The acknowledgements of one staging: every target must answer that it staged the version before the deadline
 * and while it is in the view. The first failure ends the round with the node and its reason.
 */
final class StagingRound {

	private final List<String> waiting;
	private final Map<String, DeployMessage.Staged> answers = new LinkedHashMap<>();
	private String failedNode = "";

	StagingRound(List<String> targets) {
		this.waiting = new ArrayList<>(targets);
	}

	synchronized void answer(String node, DeployMessage.Staged s) {
		answers.put(node, s);
		notifyAll();
	}

	String failedNode() {
		return failedNode;
	}

	/** Null once every target staged; otherwise which node failed and why. Reports each success once. */
	synchronized String await(long timeoutMs, Consumer<String> staged, Supplier<List<String>> view)
			throws IllegalStateException {
		long end = System.currentTimeMillis() + timeoutMs;
		while (true) {
			for (var it = answers.entrySet().iterator(); it.hasNext();) {
				var e = it.next();
				if (!waiting.remove(e.getKey())) {
					continue;
				}
				if (!e.getValue().ok()) {
					failedNode = e.getKey();
					return e.getValue().message();
				}
				staged.accept(e.getKey());
			}
			if (waiting.isEmpty()) {
				return null;
			}
			List<String> members = view.get();
			for (String n : waiting) {
				if (!members.contains(n)) {
					failedNode = n;
					return n + " left the cluster during staging";
				}
			}
			long left = end - System.currentTimeMillis();
			if (left <= 0) {
				failedNode = waiting.get(0);
				return waiting + " did not acknowledge staging within " + timeoutMs / 1000 + " s";
			}
			try {
				wait(Math.min(left, 50));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return "interrupted while staging";
			}
		}
	}
}
