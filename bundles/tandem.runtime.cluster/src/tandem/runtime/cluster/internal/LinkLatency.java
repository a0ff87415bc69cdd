package tandem.runtime.cluster.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jgroups.Message;
import org.jgroups.stack.Protocol;
import org.jgroups.util.MessageBatch;

/**
 * Test only: delays every message this member receives by {@code mean ± jitter} ms (uniform), like a slow WAN
 * link, for the network soak benchmark. This machine's kernel has no {@code netem}, and JGroups' own DELAY spins a
 * thread per instance at 100 % CPU (its handler loops on a non-blocking drain), which on a shared two-core machine
 * makes false failovers of its own. Here one scheduler thread waits for the next due message and hands it to the
 * transport's thread pool. Messages may overtake
 * each other, as on a real network; NAKACK2 and UNICAST3 above put them back in order. Placed directly above the
 * transport, so heartbeats are delayed too.
 */
public final class LinkLatency extends Protocol {

	private final int meanMs;
	private final int jitterMs;
	private ScheduledExecutorService scheduler;

	public LinkLatency(int meanMs, int jitterMs) {
		if (meanMs <= 0 || jitterMs < 0 || jitterMs > meanMs) {
			throw new IllegalArgumentException("latency " + meanMs + " ± " + jitterMs
					+ " ms: the mean must be positive and the jitter between 0 and the mean");
		}
		this.meanMs = meanMs;
		this.jitterMs = jitterMs;
	}

	@Override
	public void start() throws Exception {
		super.start();
		scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "link latency " + meanMs + "±" + jitterMs + " ms");
			t.setDaemon(true);
			return t;
		});
	}

	@Override
	public void stop() {
		scheduler.shutdownNow();
		super.stop();
	}

	@Override
	public Object up(Message msg) {
		later(msg);
		return null;
	}

	@Override
	public void up(MessageBatch batch) {
		for (Message m : batch) { // each on its own delay; the batch object may be reused by the transport
			later(m);
		}
	}

	private void later(Message msg) {
		long delay = meanMs - jitterMs + ThreadLocalRandom.current().nextLong(2L * jitterMs + 1);
		try {
			// delivered on the transport's pool, as without the delay: a slow receiver of one message must not hold up
			// the others (heartbeats above all)
			scheduler.schedule(() -> getTransport().getThreadPool().execute(() -> up_prot.up(msg)), delay,
					TimeUnit.MILLISECONDS);
		} catch (java.util.concurrent.RejectedExecutionException e) {
			// stopping: a message arriving while the channel closes is dropped, as a closing socket would
		}
	}
}
