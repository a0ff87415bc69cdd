package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.h2.api.ErrorCode;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.OperatorAction;

/**
 * Writes a batch of logged facts in one transaction: every fact under its natural key with {@code MERGE ... KEY}
 * (a repeat is a no-op), the derived CEL lines of alarm transitions and operator actions, and one event log block.
 * Alarm transitions only set the columns of their own step, so steps may arrive in any order. The samples'
 * {@link Rollups} are brought up to date in the same transaction ({@link RollupWriter}).
 */
public final class FactWriter implements AutoCloseable {

	private final Connection c;
	private final VariableIds variables;
	private PreparedStatement sample;
	private final PreparedStatement sampleInsert;
	private final PreparedStatement sampleMerge;
	private final PreparedStatement cel;
	private final PreparedStatement action;
	private final PreparedStatement raise;
	private final PreparedStatement ack;
	private final PreparedStatement clear;
	private final PreparedStatement merged;
	private final PreparedStatement log;
	private final RollupWriter rollups;

	public FactWriter(Connection c, VariableIds variables) throws SQLException {
		this.c = c;
		this.variables = variables;
		this.rollups = new RollupWriter(c);
		sampleInsert = c.prepareStatement("INSERT INTO SAMPLE(SKEY, VAL, QUALITY) VALUES(?, ?, ?)");
		sampleMerge = c.prepareStatement("MERGE INTO SAMPLE(SKEY, VAL, QUALITY) KEY(SKEY) VALUES(?, ?, ?)");
		sample = sampleInsert;
		cel = c.prepareStatement("MERGE INTO CEL(CKEY, TIME, CATEGORY, SOURCE, USER_NAME, TEXT, NODE) KEY(CKEY)"
				+ " VALUES(?, ?, ?, ?, ?, ?, ?)");
		action = c.prepareStatement("MERGE INTO OPERATOR_ACTION(ACTION_ID, KIND, USER_NAME, TARGET, DETAIL, TIME,"
				+ " ACCEPTED, NODE) KEY(ACTION_ID) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
		String alarmKey = "MERGE INTO ALARM(ALARM, RAISE_TIME, PRIORITY, TEXT, ";
		raise = c.prepareStatement(alarmKey + "RAISE_VALUE) KEY(ALARM, RAISE_TIME) VALUES(?, ?, ?, ?, ?)");
		ack = c.prepareStatement(alarmKey + "ACK_TIME, ACK_USER) KEY(ALARM, RAISE_TIME) VALUES(?, ?, ?, ?, ?, ?)");
		clear = c.prepareStatement(alarmKey + "CLEAR_TIME, CLEAR_VALUE, CLEARED_UNACKED) KEY(ALARM, RAISE_TIME)"
				+ " VALUES(?, ?, ?, ?, ?, ?, ?)");
		merged = c.prepareStatement(alarmKey + "MERGED_INTO) KEY(ALARM, RAISE_TIME) VALUES(?, ?, ?, ?, ?)");
		log = c.prepareStatement("MERGE INTO EVENT_LOG(FIRST_SEQ, LAST_SEQ, LAST_EPOCH, FACTS, PAYLOAD)"
				+ " KEY(FIRST_SEQ) VALUES(?, ?, ?, ?, ?)");
	}

	/**
	 * Writes and commits the batch; on failure rolls back and rethrows. Samples are first tried with a plain
	 * INSERT, which H2 runs about twice as fast as MERGE (MERGE is an UPDATE attempt followed by an INSERT); only
	 * when the batch holds a sample already stored (a replay, an alignment) is it rolled back and written again with
	 * MERGE, so storing a fact twice stays a no-op.
	 */
	public void write(List<LoggedFact> batch) throws SQLException {
		try {
			writeWith(sampleInsert, batch);
		} catch (SQLException e) {
			if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
				throw e;
			}
			sampleInsert.clearBatch();
			clearBatches();
			writeWith(sampleMerge, batch);
		}
	}

	private void clearBatches() throws SQLException {
		for (PreparedStatement ps : List.of(cel, action, raise, ack, clear, merged, log)) {
			ps.clearBatch();
		}
	}

	private void writeWith(PreparedStatement samples, List<LoggedFact> batch) throws SQLException {
		sample = samples;
		try {
			for (LoggedFact f : batch) {
				add(f.fact());
			}
			sample.executeBatch();
			raise.executeBatch();
			ack.executeBatch();
			clear.executeBatch();
			merged.executeBatch();
			action.executeBatch();
			cel.executeBatch();
			writeLog(batch);
			rollups.beforeCommit(c);
			c.commit();
			rollups.committed();
		} catch (SQLException | RuntimeException e) {
			rollups.rolledBack();
			c.rollback();
			variables.reload(c);
			throw e;
		}
	}

	private void add(Fact fact) throws SQLException {
		if (fact instanceof ArchiveSample s) {
			int id = variables.idFor(c, s.variable());
			rollups.sample(id, s.sourceTime());
			sample.setLong(1, SampleKey.of(id, s.sourceTime()));
			sample.setDouble(2, s.value());
			sample.setByte(3, s.quality().code());
			sample.addBatch();
		} else if (fact instanceof AlarmTransition t) {
			addTransition(t);
			addCel(CelEntry.of(t));
		} else if (fact instanceof OperatorAction a) {
			action.setString(1, a.actionId());
			action.setString(2, a.kind().name());
			action.setString(3, a.user());
			action.setString(4, a.target());
			action.setString(5, a.detail());
			action.setLong(6, a.time());
			action.setBoolean(7, a.accepted());
			action.setString(8, a.node());
			action.addBatch();
			addCel(CelEntry.of(a));
		} else if (fact instanceof CelEntry e) {
			addCel(e);
		}
	}

	private void addTransition(AlarmTransition t) throws SQLException {
		PreparedStatement ps = switch (t.kind()) {
		case RAISED -> raise;
		case ACKNOWLEDGED -> ack;
		case CLEARED, CLEARED_UNACKNOWLEDGED -> clear;
		case MERGED -> merged;
		};
		ps.setString(1, t.alarm());
		ps.setLong(2, t.raiseTime());
		ps.setInt(3, t.priority());
		ps.setString(4, t.text());
		switch (t.kind()) {
		case RAISED -> setDouble(ps, 5, t.value());
		case ACKNOWLEDGED -> {
			ps.setLong(5, t.time());
			ps.setString(6, t.user());
		}
		case CLEARED, CLEARED_UNACKNOWLEDGED -> {
			ps.setLong(5, t.time());
			setDouble(ps, 6, t.value());
			ps.setBoolean(7, t.kind() == tandem.runtime.api.fact.TransitionKind.CLEARED_UNACKNOWLEDGED);
		}
		case MERGED -> ps.setLong(5, t.mergedInto());
		}
		ps.addBatch();
	}

	private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
		if (Double.isNaN(v)) {
			ps.setNull(i, Types.DOUBLE);
		} else {
			ps.setDouble(i, v);
		}
	}

	private void addCel(CelEntry e) throws SQLException {
		cel.setString(1, e.key());
		cel.setLong(2, e.time());
		cel.setString(3, e.category().name());
		cel.setString(4, e.source());
		cel.setString(5, e.user());
		cel.setString(6, e.text());
		cel.setString(7, e.node());
		cel.addBatch();
	}

	/** One block per 2,000 facts keeps single rows small enough to read back quickly. */
	private void writeLog(List<LoggedFact> batch) throws SQLException {
		for (int from = 0; from < batch.size(); from += 2_000) {
			List<LoggedFact> block = new ArrayList<>(batch.subList(from, Math.min(batch.size(), from + 2_000)));
			LoggedFact last = block.get(block.size() - 1);
			log.setLong(1, block.get(0).seq());
			log.setLong(2, last.seq());
			log.setLong(3, last.epoch());
			log.setInt(4, block.size());
			log.setBytes(5, FactCodec.encode(block));
			log.addBatch();
		}
		log.executeBatch();
	}

	/** The rollups' complete range as the writer opened the history. */
	public Rollups.State rollupState() {
		return rollups.state();
	}

	public void attachBackfill(RollupBackfill backfill) {
		rollups.attach(backfill);
	}

	/** The backfill's committed progress is not published yet. */
	public boolean backfillAhead() {
		return rollups.backfillAhead();
	}

	/** Nothing to write: publishes the backfill's progress, if any, in a transaction of its own. */
	public void idle() throws SQLException {
		if (!rollups.backfillAhead()) {
			return;
		}
		try {
			rollups.beforeCommit(c);
			c.commit();
			rollups.committed();
		} catch (SQLException | RuntimeException e) {
			rollups.rolledBack();
			c.rollback();
			throw e;
		}
	}

	/** Time spent keeping the rollups since the store opened. */
	public long rollupNanos() {
		return rollups.nanos();
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement ps : List.of(sampleInsert, sampleMerge, cel, action, raise, ack, clear, merged, log)) {
			ps.close();
		}
	}
}
