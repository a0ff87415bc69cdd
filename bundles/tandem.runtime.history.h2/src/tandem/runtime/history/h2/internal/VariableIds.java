package tandem.runtime.history.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/** Node-local numbering of variable names for the packed sample key; loaded at open, extended by the writer. */
public final class VariableIds {

	private final Map<String, Integer> ids = new ConcurrentHashMap<>();
	private final Map<Integer, String> names = new ConcurrentHashMap<>();
	private int next = 1;

	/** Reads the numbering committed so far (again, to see names another process added). */
	public synchronized void load(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID, NAME FROM VARIABLE")) {
			while (rs.next()) {
				remember(rs.getInt(1), rs.getString(2));
			}
		}
	}

	public OptionalInt find(String name) {
		Integer id = ids.get(name);
		return id == null ? OptionalInt.empty() : OptionalInt.of(id);
	}

	public String name(int id) {
		return names.get(id);
	}

	/** The id of a name, numbering a new name within the writer's open transaction. */
	public synchronized int idFor(Connection c, String name) throws SQLException {
		Integer id = ids.get(name);
		if (id != null) {
			return id;
		}
		if (next >= SampleKey.MAX_VARIABLES) {
			throw new SQLException("history holds the maximum of " + SampleKey.MAX_VARIABLES + " variables");
		}
		int newId = next;
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO VARIABLE(ID, NAME) VALUES(?, ?)")) {
			ps.setInt(1, newId);
			ps.setString(2, name);
			ps.executeUpdate();
		}
		remember(newId, name);
		return newId;
	}

	/** Forgets names whose insert was rolled back. */
	public synchronized void reload(Connection c) throws SQLException {
		ids.clear();
		names.clear();
		next = 1;
		load(c);
	}

	private void remember(int id, String name) {
		ids.put(name, id);
		names.put(id, name);
		next = Math.max(next, id + 1);
	}
}
