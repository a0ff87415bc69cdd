package tandem.runtime.history.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.history.h2.internal.FactWriter;
import tandem.runtime.history.h2.internal.RollupBackfill;
import tandem.runtime.history.h2.internal.Schema;
import tandem.runtime.history.h2.internal.StoreOpener;
import tandem.runtime.history.h2.internal.VariableIds;

/**
 * A node's history in {@code DATA_DIR/history.mv.db}. Facts are appended to a bounded queue and written by one
 * writer thread in batches (up to {@link HistoryOptions#batchSize()} facts per transaction).
 *
 * <p><b>Durability, chosen deliberately.</b> Measured on H2 2.5: the default {@code WRITE_DELAY} of 500 ms lost
 * thousands of committed rows on every {@code kill -9}; {@code WRITE_DELAY=0} lost none in most kills but a few
 * hundred in some, because a commit's store is skipped while another store runs and nothing is fsynced unless
 * {@code CHECKPOINT SYNC} runs. So this store
 * <ol>
 * <li>opens with {@code WRITE_DELAY=0} (each commit is handed to the file at once; per-row commits would cost
 * 2.4k rows/s, hence the batching, which keeps MERGE at tens of thousands of rows/s);</li>
 * <li>runs {@code CHECKPOINT SYNC} every {@link HistoryOptions#syncInterval()} (1 s) after commits and on
 * {@link #sync()} / {@link #close()}: everything up to {@link #syncedSeq()} is on disk and survives a
 * {@code kill -9} (and a power loss); later commits usually survive too, but are not promised;</li>
 * <li>opens with a deadline and a probe write ({@link StoreOpener}), so a damaged or stuck file is reported at
 * start-up instead of hanging the node.</li>
 * </ol>
 * A node's own file is therefore not the zero-loss guarantee: a restarted node re-fetches what it lacks from its
 * peer (range digests) before it serves. Batches are atomic: a crash never leaves half a batch.
 */
public final class HistoryStore implements AutoCloseable {

	private record Marker(CompletableFuture<Void> done, boolean sync, boolean stop) {
	}

	private final Path file;
	private final HistoryOptions options;
	private final Connection writeConnection;
	private final HistoryQueries queries;
	private final HistoryQueries bulkQueries;
	private final VariableIds variables;
	private final BlockingQueue<Object> queue;
	private final Thread writer;
	private volatile LogPosition appended;
	private volatile long committedSeq;
	private volatile long syncedSeq;
	private volatile Throwable failure;
	private volatile boolean closed;
	private volatile FactWriter factWriter;
	private final RollupBackfill backfill;
	private final Connection backfillConnection;
	/** Between two backfill chunks (an hour of every variable each): the CPU is the recording's first. */
	private static final long BACKFILL_PAUSE_MS = 20;

	private HistoryStore(Path dataDir, HistoryOptions options, Connection writeConnection, Connection readConnection,
			Connection bulkConnection, Connection backfillConnection, VariableIds variables) throws SQLException {
		this.file = StoreOpener.databaseFile(dataDir);
		this.options = options;
		this.writeConnection = writeConnection;
		this.variables = variables;
		this.queries = new HistoryQueries(file, readConnection, variables);
		this.bulkQueries = new HistoryQueries(file, bulkConnection, variables);
		this.appended = readLastPosition(writeConnection);
		this.committedSeq = appended.seq();
		this.syncedSeq = appended.seq();
		this.backfillConnection = backfillConnection;
		this.backfill = new RollupBackfill(backfillConnection, dataDir.getFileName().toString(), BACKFILL_PAUSE_MS);
		this.queue = new LinkedBlockingQueue<>(options.queueCapacity());
		this.writer = new Thread(this::writeLoop, "history-writer " + file.getParent().getFileName());
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** Opens (creating if needed) the history of the node whose data directory is {@code dataDir}. */
	public static HistoryStore open(Path dataDir, HistoryOptions options) {
		try {
			Files.createDirectories(dataDir);
		} catch (IOException e) {
			throw new HistoryStoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
		}
		VariableIds variables = new VariableIds();
		Connection w = StoreOpener.open(dataDir, options.autoServer(), true, options.openTimeout(), c -> {
			Schema.create(c);
			variables.load(c);
		});
		try {
			Connection r = StoreOpener.open(dataDir, options.autoServer(), false, options.openTimeout(),
					c -> c.setAutoCommit(true));
			Connection bulk;
			Connection fill;
			try {
				bulk = StoreOpener.open(dataDir, options.autoServer(), false, options.openTimeout(),
						c -> c.setAutoCommit(true));
				try {
					fill = StoreOpener.open(dataDir, options.autoServer(), false, options.openTimeout(),
							c -> c.setAutoCommit(false));
				} catch (RuntimeException e) {
					closeQuietlyAfter(bulk, e);
					throw e;
				}
			} catch (RuntimeException e) {
				closeQuietlyAfter(r, e);
				throw e;
			}
			return new HistoryStore(dataDir, options, w, r, bulk, fill, variables);
		} catch (SQLException | RuntimeException e) {
			closeQuietlyAfter(w, e);
			throw e instanceof HistoryStoreException h ? h
					: new HistoryStoreException("history store " + StoreOpener.databaseFile(dataDir)
							+ " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Opens queries on an existing history without writing to it, while its node may be running or not. For export.
	 * A running node holds {@code history.lock.db} and serves the file (H2 auto-server): the reader connects through
	 * it. Without a lock file the reader opens the file alone and <em>without</em> serving it, so that it never
	 * becomes the server of a node that starts meanwhile (that node's connection would break when the reader
	 * exits); such a node waits for the reader to finish instead ({@link StoreOpener}).
	 */
	public static HistoryQueries openForReading(Path dataDir, Duration timeout) {
		Path file = StoreOpener.databaseFile(dataDir);
		if (!Files.exists(file)) {
			throw new HistoryStoreException("no history in " + dataDir.toAbsolutePath() + " (missing " + file + ")");
		}
		VariableIds variables = new VariableIds();
		boolean nodeRunning = Files.exists(dataDir.toAbsolutePath().resolve(StoreOpener.DATABASE_NAME + ".lock.db"));
		Connection c = StoreOpener.open(dataDir, nodeRunning, false, timeout, conn -> {
			conn.setAutoCommit(true);
			variables.load(conn);
		});
		return new HistoryQueries(file, c, variables);
	}

	private static void closeQuietlyAfter(Connection c, Exception primary) {
		try {
			c.close();
		} catch (SQLException e) {
			primary.addSuppressed(e);
		}
	}

	private static LogPosition readLastPosition(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"SELECT LAST_SEQ, LAST_EPOCH FROM EVENT_LOG ORDER BY FIRST_SEQ DESC LIMIT 1")) {
			return rs.next() ? new LogPosition(rs.getLong(2), rs.getLong(1)) : LogPosition.START;
		}
	}

	/** The database file, for messages. */
	public Path file() {
		return file;
	}

	/** Position of the last fact appended (queued), or of the last one in the file right after opening. */
	public LogPosition lastPosition() {
		return appended;
	}

	/** Highest seq committed by the writer. */
	public long committedSeq() {
		return committedSeq;
	}

	/** Highest seq known to be written and fsynced by {@code CHECKPOINT SYNC}. */
	public long syncedSeq() {
		return syncedSeq;
	}

	/** Milliseconds the writer spent keeping the trend rollups since the store opened (their share of recording). */
	public long rollupMillis() {
		FactWriter w = factWriter;
		return w == null ? 0 : w.rollupNanos() / 1_000_000;
	}

	public HistoryQueries queries() {
		return queries;
	}

	/**
	 * Queries on a connection of their own, for scans that take seconds on a long history (alignment digests and
	 * transfers): they must not hold up the short lookups of {@link #queries()} that recording and promotion make.
	 */
	public HistoryQueries bulkQueries() {
		return bulkQueries;
	}

	/**
	 * Queues a fact for writing; blocks while the queue is full. Facts must come in increasing seq order; the
	 * caller (the event log) guarantees it.
	 */
	public void append(LoggedFact fact) {
		checkUsable();
		put(fact);
		appended = new LogPosition(fact.epoch(), fact.seq());
	}

	/** Returns when everything appended before is committed. */
	public void flush() {
		await(false);
	}

	/** Returns when everything appended before is committed and fsynced. */
	public void sync() {
		await(true);
	}

	private void await(boolean sync) {
		checkUsable();
		Marker m = new Marker(new CompletableFuture<>(), sync, false);
		put(m);
		waitFor(m);
	}

	private void waitFor(Marker m) {
		try {
			m.done().get(options.openTimeout().toMillis() + 60_000, TimeUnit.MILLISECONDS);
		} catch (ExecutionException e) {
			throw new HistoryStoreException("history store " + file + " failed to write: " + e.getCause(),
					e.getCause());
		} catch (TimeoutException e) {
			throw new HistoryStoreException("history store " + file + " did not finish writing in time: stuck?", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new HistoryStoreException("interrupted while waiting for history store " + file, e);
		}
	}

	private void put(Object item) {
		try {
			while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				checkUsable();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new HistoryStoreException("interrupted while appending to history store " + file, e);
		}
	}

	private void checkUsable() {
		if (failure != null) {
			throw new HistoryStoreException("history store " + file + " failed to write: " + failure, failure);
		}
		if (closed) {
			throw new HistoryStoreException("history store " + file + " is closed");
		}
	}

	private void writeLoop() {
		List<Object> items = new ArrayList<>(options.batchSize());
		List<LoggedFact> facts = new ArrayList<>(options.batchSize());
		long lastSync = System.nanoTime();
		try (FactWriter factWriter = new FactWriter(writeConnection, variables)) {
			this.factWriter = factWriter;
			factWriter.attachBackfill(backfill);
			backfill.start(factWriter.rollupState().completeFrom());
			boolean stop = false;
			while (!stop) {
				Object first = queue.poll(100, TimeUnit.MILLISECONDS);
				items.clear();
				if (first != null) {
					items.add(first);
					queue.drainTo(items, options.batchSize() - 1);
				}
				stop = writeBatch(factWriter, items, facts);
				if (committedSeq > syncedSeq
						&& System.nanoTime() - lastSync >= options.syncInterval().toNanos()) {
					checkpoint();
					lastSync = System.nanoTime();
				}
				completeMarkers(items);
			}
		} catch (SQLException | RuntimeException | InterruptedException e) {
			fail(e);
		}
	}

	/** Writes the facts among {@code items} in one transaction; true when a stop marker was among them. */
	private boolean writeBatch(FactWriter factWriter, List<Object> items, List<LoggedFact> facts)
			throws SQLException {
		facts.clear();
		boolean stop = false;
		boolean sync = false;
		for (Object item : items) {
			if (item instanceof LoggedFact f) {
				facts.add(f);
			} else if (item instanceof Marker m) {
				stop |= m.stop();
				sync |= m.sync();
			}
		}
		if (!facts.isEmpty()) {
			factWriter.write(facts);
			committedSeq = facts.get(facts.size() - 1).seq();
		} else {
			factWriter.idle();
		}
		if (sync && committedSeq > syncedSeq) {
			checkpoint();
		}
		return stop;
	}

	private void checkpoint() throws SQLException {
		long seq = committedSeq;
		try (Statement s = writeConnection.createStatement()) {
			s.execute("CHECKPOINT SYNC");
		}
		syncedSeq = seq;
	}

	private static void completeMarkers(List<Object> items) {
		for (Object item : items) {
			if (item instanceof Marker m) {
				m.done().complete(null);
			}
		}
	}

	private void fail(Throwable e) {
		failure = e;
		List<Object> rest = new ArrayList<>();
		queue.drainTo(rest);
		for (Object item : rest) {
			if (item instanceof Marker m) {
				m.done().completeExceptionally(e);
			}
		}
	}

	/**
	 * True once every stored sample has rollups: the backfill (of a history written before rollups, or whose
	 * rollups are missing) has finished and the writer has published it. Until then trends read samples where
	 * rollups are missing.
	 */
	public boolean rollupsComplete() {
		FactWriter w = factWriter;
		return w != null && backfill.done() && !w.backfillAhead();
	}

	/** Writes and fsyncs everything appended, then closes the file. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		Marker stop = new Marker(new CompletableFuture<>(), true, true);
		if (failure == null) {
			put(stop);
		}
		closed = true;
		backfill.close();
		try {
			if (failure == null) {
				waitFor(stop);
			}
			writer.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			closeConnections();
		}
		if (failure != null) {
			throw new HistoryStoreException("history store " + file + " failed to write: " + failure, failure);
		}
	}

	private void closeConnections() {
		try {
			queries.close();
			bulkQueries.close();
			backfillConnection.close();
			writeConnection.close();
		} catch (SQLException e) {
			throw new HistoryStoreException("history store " + file + " did not close cleanly: " + e.getMessage(), e);
		}
	}
}
