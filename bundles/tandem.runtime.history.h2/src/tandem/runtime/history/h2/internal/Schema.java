package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tables of the history. Each fact table's primary key is the fact's natural key, so {@code MERGE ... KEY} makes
 * a second store of the same fact a no-op.
 *
 * <p>{@code SAMPLE} packs (source time, variable id) into one BIGINT key ({@link SampleKey}): H2 uses it as the
 * row key of its B-tree, with no secondary index to maintain, and because time comes first, recording appends at
 * the right edge of the tree (see {@link SampleKey} for the measured difference). Variable ids are local to a node
 * ({@code VARIABLE}); replicated facts carry names.
 *
 * <p>{@code EVENT_LOG} stores the ordered log in blocks: one row per written batch, its facts encoded by
 * {@link FactCodec}, each with its own {@code (epoch, seq)}. One row per batch instead of one per fact keeps the
 * log's cost small beside the samples.
 *
 * <p>{@code ROLLUP_TEN_SECONDS}, {@code ROLLUP_MINUTE}, {@code ROLLUP_HOUR} and {@code ROLLUP_STATE} hold summaries derived from
 * {@code SAMPLE} for long trends ({@link Rollups}).
 */
public final class Schema {

	private static final String[] DDL = {
			"CREATE TABLE IF NOT EXISTS VARIABLE(ID INT PRIMARY KEY, NAME VARCHAR NOT NULL UNIQUE)",
			"CREATE TABLE IF NOT EXISTS SAMPLE(SKEY BIGINT PRIMARY KEY, VAL DOUBLE, QUALITY TINYINT NOT NULL)",
			"CREATE TABLE IF NOT EXISTS ALARM(ALARM VARCHAR NOT NULL, RAISE_TIME BIGINT NOT NULL, PRIORITY INT,"
					+ " TEXT VARCHAR, RAISE_VALUE DOUBLE, ACK_TIME BIGINT, ACK_USER VARCHAR, CLEAR_TIME BIGINT,"
					+ " CLEAR_VALUE DOUBLE, CLEARED_UNACKED BOOLEAN, PRIMARY KEY(ALARM, RAISE_TIME))",
			"CREATE TABLE IF NOT EXISTS CEL(CKEY VARCHAR PRIMARY KEY, TIME BIGINT NOT NULL, CATEGORY VARCHAR NOT NULL,"
					+ " SOURCE VARCHAR, USER_NAME VARCHAR, TEXT VARCHAR)",
			"CREATE INDEX IF NOT EXISTS CEL_TIME ON CEL(TIME)",
			// alarm history pages newest first by (raise time, alarm): a page is one index range, not a table scan
			"CREATE INDEX IF NOT EXISTS ALARM_RAISE ON ALARM(RAISE_TIME, ALARM)",
			"CREATE TABLE IF NOT EXISTS OPERATOR_ACTION(ACTION_ID VARCHAR PRIMARY KEY, KIND VARCHAR NOT NULL,"
					+ " USER_NAME VARCHAR, TARGET VARCHAR, DETAIL VARCHAR, TIME BIGINT NOT NULL, ACCEPTED BOOLEAN)",
			"CREATE TABLE IF NOT EXISTS EVENT_LOG(FIRST_SEQ BIGINT PRIMARY KEY, LAST_SEQ BIGINT NOT NULL,"
					+ " LAST_EPOCH BIGINT NOT NULL, FACTS INT NOT NULL, PAYLOAD VARBINARY NOT NULL)",
			"CREATE TABLE IF NOT EXISTS STORE_PROBE(ID INT PRIMARY KEY, OPENED_AT BIGINT)",
			// histories written before merged occurrences existed gain the column; NULL = not merged
			"ALTER TABLE ALARM ADD COLUMN IF NOT EXISTS MERGED_INTO BIGINT",
			// the node that recorded a CEL line or decided an action; NULL in histories written before it was kept
			"ALTER TABLE CEL ADD COLUMN IF NOT EXISTS NODE VARCHAR",
			"ALTER TABLE OPERATOR_ACTION ADD COLUMN IF NOT EXISTS NODE VARCHAR" };

	private Schema() {
	}

	public static void create(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (String ddl : DDL) {
				s.execute(ddl);
			}
			for (String ddl : Rollups.DDL) {
				s.execute(ddl);
			}
		}
		c.commit();
	}
}
