package tandem.runtime.history.h2.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives rollups to the stored range that has none: the samples of a history written before rollups existed, or
 * of one whose rollup tables are empty or lack a level ({@link Rollups#state}). It works downwards from the start of
 * the complete range to the oldest sample, one hour of every variable's samples at a time, on a connection and a
 * thread of its own at minimum priority, so the writer never waits for it (its rows lie below the complete range,
 * which the writer does not touch).
 *
 * <p>It never publishes what it made: it only says how far down its committed rows reach
 * ({@link #backfilledFrom}), and the writer moves the complete range down in its own transaction
 * ({@link RollupWriter}), after summarising again the hour the two meet in and every minute it wrote a sample into
 * while this chunk was being read ({@link #readingFrom}). Until then readers read that range as samples, so an
 * answer is exact at every moment of the backfill.
 */
public final class RollupBackfill implements AutoCloseable {

	private static final Logger LOG = System.getLogger(RollupBackfill.class.getName());
	/** How much of every variable's history one chunk summarises: bounded memory and a short transaction. */
	static final long CHUNK_MS = Rollups.HOUR;

	private final Connection c;
	private final String name;
	private final long pauseMs;
	private volatile boolean stop;
	private volatile long readingFrom = Long.MAX_VALUE;
	private volatile long backfilledFrom = Long.MAX_VALUE;
	private volatile boolean done;
	private volatile Throwable failure;
	private Thread thread;

	/**
	 * @param c       a connection of its own, not shared with readers or the writer
	 * @param name    the history, for the log
	 * @param pauseMs pause between two chunks, leaving the CPU to recording and queries
	 */
	public RollupBackfill(Connection c, String name, long pauseMs) {
		this.c = c;
		this.name = name;
		this.pauseMs = pauseMs;
	}

	/** Starts below {@code completeFrom}, the start of the rollups' complete range as the writer opened it. */
	public synchronized void start(long completeFrom) {
		long oldest;
		try {
			c.setAutoCommit(false);
			oldest = oldestSample();
		} catch (SQLException e) {
			failure = e;
			LOG.log(Level.WARNING, "rollup backfill of " + name + " cannot start: " + e.getMessage(), e);
			done = true;
			return;
		}
		long target = oldest == Long.MAX_VALUE ? completeFrom : Rollups.floor(oldest, Rollups.HOUR);
		if (target >= completeFrom) {
			done = true;
			return;
		}
		thread = new Thread(() -> run(target, completeFrom), "rollup-backfill " + name);
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** Samples of minutes at or after this may have been read before the writer's latest commit. */
	public long readingFrom() {
		return readingFrom;
	}

	/** The lower end of the backfill's committed rows (up to the complete range); MAX_VALUE before the first. */
	public long backfilledFrom() {
		return backfilledFrom;
	}

	public boolean done() {
		return done;
	}

	/** Why it stopped early, or null. */
	public Throwable failure() {
		return failure;
	}

	private void run(long target, long top) {
		long started = System.nanoTime();
		LOG.log(Level.INFO, () -> "rollup backfill of " + name + ": " + hours(top - target) + " h of samples from "
				+ java.time.Instant.ofEpochMilli(target) + " to " + java.time.Instant.ofEpochMilli(top));
		long cursor = top;
		long chunks = 0;
		try {
			while (cursor > target && !stop) {
				long lo = Math.max(target, Rollups.floor(cursor - 1, CHUNK_MS));
				readingFrom = lo; // before the read: the writer keeps marks of samples it writes from here on
				chunk(lo, cursor, top);
				c.commit();
				backfilledFrom = lo;
				cursor = lo;
				long left = cursor - target;
				if (++chunks % 24 == 0 || left == 0) {
					long at = cursor;
					LOG.log(Level.INFO, () -> "rollup backfill of " + name + ": down to "
							+ java.time.Instant.ofEpochMilli(at) + ", " + hours(left) + " h left");
				}
				if (pauseMs > 0 && left > 0) {
					Thread.sleep(pauseMs);
				}
			}
			if (!stop) {
				LOG.log(Level.INFO, () -> "rollup backfill of " + name + " done in "
						+ (System.nanoTime() - started) / 1_000_000 + " ms");
			}
		} catch (SQLException | RuntimeException e) {
			failure = e;
			LOG.log(Level.WARNING, "rollup backfill of " + name + " stopped: " + e.getMessage()
					+ "; the range below " + java.time.Instant.ofEpochMilli(cursor) + " is read as samples", e);
			try {
				c.rollback();
			} catch (SQLException r) {
				e.addSuppressed(r);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			done = true;
		}
	}

	private static long hours(long ms) {
		return ms / Rollups.HOUR;
	}

	/**
	 * Summarises {@code [lo, hi)}: its 10 s buckets and minutes from the samples, and its hours from those minutes,
	 * except the hour that reaches into the complete range ({@code top}): that one the writer summarises when it
	 * moves the range down.
	 */
	private void chunk(long lo, long hi, long top) throws SQLException {
		Rollups.Built built = Rollups.fromSamples(c, lo, hi, null);
		Map<Long, Rollup> minutes = new HashMap<>();
		Map<Long, Rollup> hours = new HashMap<>();
		built.minutes().forEach((m, byVariable) -> byVariable.forEach((id, r) -> { // minutes in time order
			minutes.put(Rollups.key(id, m), r);
			long hour = Rollups.floor(m, Rollups.HOUR);
			if (hour + Rollups.HOUR <= top) {
				hours.computeIfAbsent(Rollups.key(id, hour), k -> new Rollup()).merge(r);
			}
		}));
		Rollups.putTens(c, built.tens(), false);
		Rollups.putAll(c, Rollups.MINUTE, minutes, false);
		Rollups.putAll(c, Rollups.HOUR, hours, false);
	}

	private long oldestSample() throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT MIN(SKEY) FROM SAMPLE");
				ResultSet rs = ps.executeQuery()) {
			rs.next();
			long key = rs.getLong(1);
			return rs.wasNull() ? Long.MAX_VALUE : SampleKey.time(key);
		}
	}

	/** Stops after the chunk in hand (never interrupts a JDBC call: H2 would close the file under the others). */
	@Override
	public void close() {
		stop = true;
		Thread t;
		synchronized (this) {
			t = thread;
		}
		if (t != null) {
			try {
				t.join(30_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
