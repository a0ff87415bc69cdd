package tandem.runtime.history.h2.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.h2.api.ErrorCode;

import tandem.runtime.history.h2.HistoryStoreException;

/**
 * Opens the H2 file of a node on a separate thread with a deadline. A database left damaged by a crash can fail to
 * open, or open and then spin forever on the first write (measured: 2 of 48 kills); a store held by a frozen
 * process hangs the connect. The opener therefore also makes a probe write and commit, and reports a store that
 * does not finish in time as stuck instead of letting the node hang.
 */
public final class StoreOpener {

	/** Database file name inside the data directory, without H2's {@code .mv.db} suffix. */
	public static final String DATABASE_NAME = "history";

	private StoreOpener() {
	}

	public static Path databaseFile(Path dataDir) {
		return dataDir.toAbsolutePath().resolve(DATABASE_NAME + ".mv.db");
	}

	/**
	 * JDBC URL of a node's history. {@code WRITE_DELAY=0}: a commit hands its changes to the file at once instead
	 * of up to 500 ms later (the default lost 200–20,300 committed rows per {@code kill -9}).
	 * {@code AUTO_SERVER=TRUE}: the first process serves the file to others (the export command) over TCP.
	 */
	public static String url(Path dataDir, boolean autoServer) {
		return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(DATABASE_NAME) + ";WRITE_DELAY=0"
				+ (autoServer ? ";AUTO_SERVER=TRUE" : "");
	}

	/** A task run with a connection that is part of opening, e.g. creating the schema. */
	@FunctionalInterface
	public interface OpenStep {
		void run(Connection c) throws SQLException;
	}

	/**
	 * Connects, runs {@code step} and, for a writer, a probe write, all before {@code timeout}. A connection that
	 * only arrives after the deadline is closed by the opening thread.
	 */
	public static Connection open(Path dataDir, boolean autoServer, boolean probeWrite, Duration timeout,
			OpenStep step) {
		Path file = databaseFile(dataDir);
		String url = url(dataDir, autoServer);
		boolean[] abandoned = new boolean[1];
		long deadline = System.nanoTime() + timeout.toNanos();
		FutureTask<Connection> task = new FutureTask<>(() -> {
			Connection c = connectWhenFree(url, deadline);
			try {
				c.setAutoCommit(false);
				step.run(c);
				if (probeWrite) {
					probe(c);
				}
			} catch (SQLException | RuntimeException e) {
				c.close();
				throw e;
			}
			synchronized (abandoned) {
				if (abandoned[0]) {
					c.close();
				}
			}
			return c;
		});
		Thread opener = new Thread(task, "history-open " + file);
		opener.setDaemon(true);
		opener.start();
		try {
			return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			synchronized (abandoned) {
				abandoned[0] = true;
			}
			opener.interrupt();
			throw new HistoryStoreException("history store " + file + " did not open and accept a write within "
					+ timeout.toSeconds() + " s: it is damaged or stuck (or held by a frozen process). Stop that"
					+ " process, or move the file aside and let the node align its history from its peer.", e);
		} catch (ExecutionException e) {
			throw new HistoryStoreException("history store " + file + " cannot be opened: " + e.getCause().getMessage()
					+ ". If it is damaged, move it aside and let the node align its history from its peer.",
					e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new HistoryStoreException("interrupted while opening history store " + file, e);
		}
	}

	/**
	 * Connects; while another process holds the file without serving it (an export of a stopped node's history),
	 * waits for it to let go until the deadline instead of failing at once.
	 */
	private static Connection connectWhenFree(String url, long deadline) throws SQLException, InterruptedException {
		while (true) {
			try {
				return connect(url);
			} catch (SQLException e) {
				if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 || System.nanoTime() > deadline) {
					throw e;
				}
				Thread.sleep(250);
			}
		}
	}

	private static Connection connect(String url) throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", "sa");
		p.setProperty("password", "");
		Connection c = new org.h2.Driver().connect(url, p);
		if (c == null) {
			throw new SQLException("H2 refused URL " + url);
		}
		return c;
	}

	private static void probe(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("MERGE INTO STORE_PROBE(ID, OPENED_AT) KEY(ID) VALUES(1, ?)")) {
			ps.setLong(1, System.currentTimeMillis());
			ps.executeUpdate();
		}
		c.commit();
	}
}
