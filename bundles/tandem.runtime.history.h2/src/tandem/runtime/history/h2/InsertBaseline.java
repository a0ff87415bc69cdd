package tandem.runtime.history.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import tandem.runtime.history.h2.internal.SampleKey;
import tandem.runtime.history.h2.internal.StoreOpener;

/**
 * The ceiling for recording benchmarks: plain batched INSERT of sample rows into a table shaped like the history's
 * {@code SAMPLE} table, with the same key, URL settings and commit size, measured on this machine in the same run.
 */
public final class InsertBaseline {

	private InsertBaseline() {
	}

	/**
	 * Inserts {@code rows} rows for {@code variables} variables at {@code rateMillis} in commits of
	 * {@code rowsPerCommit} into a new database under {@code dir}; returns rows per second.
	 */
	public static double rowsPerSecond(Path dir, int rows, int variables, long rateMillis, int rowsPerCommit)
			throws SQLException, IOException {
		Files.createDirectories(dir);
		Properties p = new Properties();
		p.setProperty("user", "sa");
		p.setProperty("password", "");
		try (Connection c = new org.h2.Driver().connect(StoreOpener.url(dir, false), p)) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE SAMPLE(SKEY BIGINT PRIMARY KEY, VAL DOUBLE, QUALITY TINYINT NOT NULL)");
			}
			long start = System.nanoTime();
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO SAMPLE VALUES(?, ?, ?)")) {
				for (int i = 0; i < rows; i++) {
					long time = 1_767_225_600_000L + (i / variables) * rateMillis;
					ps.setLong(1, SampleKey.of(i % variables, time));
					ps.setDouble(2, i * 0.25);
					ps.setByte(3, (byte) 0);
					ps.addBatch();
					if ((i + 1) % rowsPerCommit == 0) {
						ps.executeBatch();
						c.commit();
					}
				}
				ps.executeBatch();
				c.commit();
			}
			return rows / ((System.nanoTime() - start) / 1e9);
		}
	}
}
