package tandem.runtime.history.h2.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 10 s rollups, stored six to a row: one row per variable and minute ({@link Rollups#key} of the minute) whose
 * {@code BUCKETS} hold the minute's six 10 s summaries, times as offsets from the minute. One row per minute instead
 * of one per 10 s keeps the writer's cost of this level near that of the minute level (a variable archived every
 * 10 s would otherwise add a row for every sample it records); a reader unpacks the minutes of its range.
 */
public final class TenSecondRollups {

	static final String DDL = "CREATE TABLE IF NOT EXISTS ROLLUP_TEN_SECONDS(RKEY BIGINT PRIMARY KEY,"
			+ " BUCKETS VARBINARY NOT NULL)";
	private static final int PER_MINUTE = (int) (Rollups.MINUTE / Rollups.TEN_SECONDS);

	private TenSecondRollups() {
	}

	/** Groups 10 s summaries (bucket start → id → rollup) into rows: key of (id, minute) → its six buckets. */
	static Map<Long, Rollup[]> rows(Map<Long, Map<Integer, Rollup>> tens) {
		Map<Long, Rollup[]> out = new HashMap<>();
		tens.forEach((start, byVariable) -> {
			long minute = Rollups.floor(start, Rollups.MINUTE);
			int slot = (int) ((start - minute) / Rollups.TEN_SECONDS);
			byVariable.forEach((id, r) -> out.computeIfAbsent(Rollups.key(id, minute), k -> new Rollup[PER_MINUTE])[slot] = r);
		});
		return out;
	}

	/** Writes many rows; {@code fresh}: none is stored yet (a plain INSERT). */
	static void putAll(Connection c, Map<Long, Rollup[]> rows, boolean fresh) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		String into = fresh ? "INSERT INTO ROLLUP_TEN_SECONDS(RKEY, BUCKETS)"
				: "MERGE INTO ROLLUP_TEN_SECONDS(RKEY, BUCKETS) KEY(RKEY)";
		try (PreparedStatement ps = c.prepareStatement(into + " VALUES(?, ?)")) {
			for (Map.Entry<Long, Rollup[]> e : rows.entrySet()) {
				ps.setLong(1, e.getKey());
				ps.setBytes(2, pack(Rollups.bucketStart(e.getKey()), e.getValue()));
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	/** Writes one variable's minute, or deletes its row when none of its buckets holds a sample. */
	static void put(Connection c, int id, long minute, Rollup[] six) throws SQLException {
		boolean any = false;
		for (Rollup r : six) {
			any |= r != null && r.count() > 0;
		}
		if (!any) {
			try (PreparedStatement ps = c.prepareStatement("DELETE FROM ROLLUP_TEN_SECONDS WHERE RKEY = ?")) {
				ps.setLong(1, Rollups.key(id, minute));
				ps.executeUpdate();
			}
			return;
		}
		putAll(c, Map.of(Rollups.key(id, minute), six), false);
	}

	/** The 10 s rollups of one variable with bucket start in {@code [from, to)}, oldest first. */
	static List<Rollups.Row> read(Connection c, int id, long from, long to) throws SQLException {
		List<Rollups.Row> out = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT RKEY, BUCKETS FROM ROLLUP_TEN_SECONDS WHERE RKEY >= ? AND RKEY < ? ORDER BY RKEY")) {
			ps.setLong(1, Rollups.key(id, Rollups.floor(from, Rollups.MINUTE)));
			ps.setLong(2, Rollups.key(id, to));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					long minute = Rollups.bucketStart(rs.getLong(1));
					Rollup[] six = unpack(minute, rs.getBytes(2));
					for (int i = 0; i < six.length; i++) {
						long start = minute + i * Rollups.TEN_SECONDS;
						if (six[i] != null && start >= from && start < to) {
							out.add(new Rollups.Row(start, six[i]));
						}
					}
				}
			}
		}
		return out;
	}

	static byte[] pack(long minute, Rollup[] six) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(PER_MINUTE * 80);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			for (Rollup r : six) {
				if (r == null || r.count == 0) {
					out.writeByte(0);
					continue;
				}
				out.writeByte(1 | (r.uncertain ? 2 : 0) | (r.anyInvalid ? 4 : 0));
				out.writeByte(r.firstUnusable);
				out.writeInt((int) r.count);
				out.writeInt((int) (r.firstTime - minute));
				out.writeInt((int) (r.lastTime - minute));
				out.writeInt((int) r.silence);
				out.writeInt((int) r.usable);
				if (r.usable > 0) {
					out.writeDouble(r.sum);
					out.writeInt((int) (r.minTime - minute));
					out.writeDouble(r.min);
					out.writeInt((int) (r.maxTime - minute));
					out.writeDouble(r.max);
					out.writeInt((int) (r.firstUsableTime - minute));
					out.writeDouble(r.firstUsable);
					out.writeInt((int) (r.lastUsableTime - minute));
					out.writeDouble(r.lastUsable);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static Rollup[] unpack(long minute, byte[] bytes) throws SQLException {
		Rollup[] six = new Rollup[PER_MINUTE];
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			for (int i = 0; i < PER_MINUTE; i++) {
				int flags = in.readByte();
				if (flags == 0) {
					continue;
				}
				Rollup r = new Rollup();
				r.uncertain = (flags & 2) != 0;
				r.anyInvalid = (flags & 4) != 0;
				r.firstUnusable = in.readByte();
				r.count = in.readInt();
				r.firstTime = minute + in.readInt();
				r.lastTime = minute + in.readInt();
				r.silence = in.readInt();
				r.usable = in.readInt();
				if (r.usable > 0) {
					r.sum = in.readDouble();
					r.minTime = minute + in.readInt();
					r.min = in.readDouble();
					r.maxTime = minute + in.readInt();
					r.max = in.readDouble();
					r.firstUsableTime = minute + in.readInt();
					r.firstUsable = in.readDouble();
					r.lastUsableTime = minute + in.readInt();
					r.lastUsable = in.readDouble();
				}
				six[i] = r;
			}
		} catch (IOException e) {
			throw new SQLException("malformed 10 s rollup row of minute " + minute + ": " + e, e);
		}
		return six;
	}
}
