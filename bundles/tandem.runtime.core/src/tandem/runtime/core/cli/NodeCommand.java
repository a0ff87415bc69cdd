package tandem.runtime.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import tandem.model.Project;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.runtime.core.NodeOptions;
import tandem.runtime.core.RuntimeNode;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.driver.sim.SimulatorDriverFactory;

/**
 * {@code tandem node --project FILE --node NAME --data DIR}: runs a node headless, prints its ready line and
 * blocks until {@link #stop()} is called from another thread (the launcher's shutdown hook on SIGTERM); then the
 * node stops with its history flushed. Exit codes: 0 stopped cleanly, 1 failed, 2 bad arguments.
 */
public final class NodeCommand {

	private final CountDownLatch stopRequested = new CountDownLatch(1);
	private final CountDownLatch stopped = new CountDownLatch(1);

	public int run(String[] args, PrintStream out, PrintStream err) {
		try {
			Arguments a;
			try {
				a = new Arguments(args, Arguments.names("project", "node", "data"));
				a.required("project");
				a.required("node");
				a.required("data");
			} catch (IllegalArgumentException e) {
				err.println("tandem node: " + e.getMessage());
				err.println("usage: tandem node --project FILE --node NAME --data DIR");
				return 2;
			}
			return runNode(a, out, err);
		} finally {
			stopped.countDown();
		}
	}

	/**
	 * H2's auto-server (how {@code tandem export} reads a running node's history) listens on every interface by
	 * default, guarded only by a random key in the lock file. Export runs on the node's own machine, so loopback is
	 * enough; the property is read once when H2 loads, so it is set before the history opens, unless the launcher
	 * already chose an address.
	 */
	static void serveHistoryOnLoopbackOnly() {
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
	}

	private int runNode(Arguments a, PrintStream out, PrintStream err) {
		serveHistoryOnLoopbackOnly();
		RuntimeNode node;
		try {
			Project project = new ProjectStore().load(Path.of(a.required("project")));
			node = new RuntimeNode(new ProjectCompiler().compile(project), a.required("node"),
					Path.of(a.required("data")), List.of(new SimulatorDriverFactory()), NodeOptions.defaults());
			out.println(node.start());
			out.flush();
		} catch (LoadException | RuntimeException e) {
			err.println("tandem node: " + e.getMessage());
			return 1;
		}
		try {
			stopRequested.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try {
			node.stop();
			out.println("tandem node " + a.required("node") + " stopped");
			return 0;
		} catch (RuntimeException e) {
			err.println("tandem node: stopping failed: " + e.getMessage());
			return 1;
		}
	}

	/** Asks the running node to stop and waits until it has (history flushed) or run() has returned. */
	public void stop() {
		stopRequested.countDown();
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
