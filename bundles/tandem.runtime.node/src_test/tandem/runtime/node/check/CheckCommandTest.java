package tandem.runtime.node.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.core.NodeOptions;
import tandem.runtime.core.RuntimeNode;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.history.h2.HistoryStore;

/**
 * The checker is only worth something if it fails: a history recorded by the real pipeline from the simulated plant
 * is clean, and each kind of damage done to it afterwards (a sample removed, an alarm raised twice, a wrong value, a
 * late clear, a fact logged twice, an on-change sample too many) is reported as what it is.
 */
class CheckCommandTest {

	private static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00Z
	private static final long RATE = 100;
	private static final long FROM = T0 + 5_000;
	private static final long TO = T0 + 65_000;
	private static final RuntimeConfiguration PLANT = new RuntimeConfiguration("Checked", 1, 7,
			List.of(new DriverDefinition("Plant", "sim", Map.of())),
			List.of(variable("Level", "sine?min=0&max=100&period=12", TagType.FLOAT),
					variable("Turbidity", "noise?min=0&max=10", TagType.FLOAT),
					variable("Pump.Running", "pump?period=16", TagType.BOOL)),
			List.of(new AlarmDefinition("Level.HIGH", "Level", AlarmDefinition.Kind.HIGH, 70, 5, 300, 2, true,
					"Level high"),
					new AlarmDefinition("Pump.Stopped", "Pump.Running", AlarmDefinition.Kind.BINARY, 0, 0, 0, 3, true,
							"Pump stopped")),
			List.of(new ArchiveDefinition("Cyclic", ArchiveDefinition.Mode.CYCLIC, List.of("Level"), RATE, 0, null, 30),
					new ArchiveDefinition("Quality", ArchiveDefinition.Mode.ON_CHANGE, List.of("Turbidity"), 0, 3.0,
							null, 30)),
			List.of(), List.of(), 365);

	@TempDir
	Path temp;

	private static VariableDefinition variable(String name, String address, TagType type) {
		return new VariableDefinition(name, "Plant", address, RATE, type, false, 0.0, 100.0, "");
	}

	@Test
	void aHistoryRecordedFromThePlantWithoutFaultsIsCleanAndEveryKindOfFactIsJudged() throws Exception {
		Path data = record("clean");
		String out = check(data, 0);
		Map<String, Long> r = result(out);
		assertEquals(0, r.get("lost") + r.get("duplicated") + r.get("unexpected"), out);
		assertTrue(out.matches("(?s).*on-change samples expected [1-9]\\d+.*"), "on-change samples are judged: " + out);
		Matcher alarms = Pattern.compile("alarms found (\\d+),").matcher(out);
		assertTrue(alarms.find() && Long.parseLong(alarms.group(1)) >= 3, "alarm episodes are judged: " + out);
	}

	@Test
	void aRemovedSampleIsReportedLost() throws Exception {
		Path data = record("removed");
		sql(data, "DELETE FROM SAMPLE WHERE SKEY = CAST(? AS BIGINT) * 2097152 + (SELECT ID FROM VARIABLE WHERE NAME = 'Level')",
				ps -> set(ps, FROM + 20_000));
		Map<String, Long> r = result(check(data, 1));
		assertEquals(1, r.get("samplesLost"));
		assertEquals(1, r.get("lost"));
	}

	@Test
	void aWrongValueIsReportedUnexpectedAndTheSecondLogEntryDuplicated() throws Exception {
		Path data = record("wrong");
		double right = history(data, h -> h.queries().samples("Level", FROM + 30_000, FROM + 30_001)).get(0).value();
		append(data, new ArchiveSample("Level", FROM + 30_000, right + 0.5, tandem.runtime.api.Quality.GOOD));
		Map<String, Long> r = result(check(data, 1));
		assertEquals(1, r.get("samplesUnexpected"), "the wrong value");
		assertEquals(1, r.get("loggedTwice"), "one sample key logged twice");
		assertEquals(1, r.get("duplicated"));
	}

	@Test
	void anAlarmRaisedTwiceForOneEpisodeIsReportedDuplicated() throws Exception {
		Path data = record("twice");
		AlarmRecord first = firstAlarm(data, "Level.HIGH");
		append(data, new AlarmTransition("Level.HIGH", first.raiseTime() + 2 * RATE, TransitionKind.RAISED,
				first.raiseTime() + 2 * RATE, "", 80, 2, "Level high"));
		Map<String, Long> r = result(check(data, 1));
		assertEquals(1, r.get("alarmsDuplicated"), "a second occurrence within one episode");
		assertEquals(0, r.get("alarmsUnexpected"), "it is not a condition the plant never had");
	}

	@Test
	void aLateClearAndAGhostAreReportedWithTheWrongTime() throws Exception {
		Path data = record("late");
		AlarmRecord first = firstAlarm(data, "Level.HIGH");
		append(data, new AlarmTransition("Level.HIGH", first.raiseTime(), TransitionKind.CLEARED,
				first.clearTime() + 3 * RATE, "", 60, 2, "Level high"));
		Map<String, Long> r = result(check(data, 1));
		assertEquals(1, r.get("alarmsWrongTime"), "cleared 300 ms after the condition ended");

		Path ghost = record("ghost");
		AlarmRecord other = firstAlarm(ghost, "Pump.Stopped");
		sql(ghost, "UPDATE ALARM SET CLEAR_TIME = NULL WHERE ALARM = 'Pump.Stopped' AND RAISE_TIME = ?",
				ps -> set(ps, other.raiseTime()));
		assertEquals(1, result(check(ghost, 1)).get("alarmsWrongTime"), "still active although its condition ended");
	}

	@Test
	void anAlarmThePlantNeverHadAndAnOnChangeSampleInsideTheDeadbandAreUnexpected() throws Exception {
		Path data = record("invented");
		AlarmRecord first = firstAlarm(data, "Level.HIGH");
		long calm = first.clearTime() + 2_000; // the level is falling away from the limit
		append(data, new AlarmTransition("Level.HIGH", calm, TransitionKind.RAISED, calm, "", 10, 2, "Level high"));
		List<ArchiveSample> turbidity = history(data, h -> h.queries().samples("Turbidity", FROM + 10_000, TO));
		ArchiveSample before = null; // a recorded change whose next slot was not recorded (within the deadband)
		for (int i = 0; i + 1 < turbidity.size() && before == null; i++) {
			if (turbidity.get(i + 1).sourceTime() > turbidity.get(i).sourceTime() + RATE) {
				before = turbidity.get(i);
			}
		}
		assertTrue(before != null, "the noise stayed within the deadband for a slot at least once: " + turbidity);
		append(data, new ArchiveSample("Turbidity", before.sourceTime() + RATE, before.value(),
				tandem.runtime.api.Quality.GOOD));
		Map<String, Long> r = result(check(data, 1));
		assertEquals(1, r.get("onChangeUnexpected"), "a sample the on-change archive would not have written");
		assertEquals(1, r.get("alarmsUnexpected"), "an occurrence no episode explains");
	}

	@Test
	void aRemovedOnChangeSampleIsReportedLost() throws Exception {
		Path data = record("onchange");
		ArchiveSample change = history(data, h -> h.queries().samples("Turbidity", FROM + 20_000, TO)).get(0);
		sql(data, "DELETE FROM SAMPLE WHERE SKEY = CAST(? AS BIGINT) * 2097152 + (SELECT ID FROM VARIABLE WHERE NAME = 'Turbidity')",
				ps -> set(ps, change.sourceTime()));
		Map<String, Long> r = result(check(data, 1));
		assertTrue(r.get("onChangeLost") >= 1, "the removed change: " + r);
		assertEquals(0, r.get("samplesLost"), "cyclic samples are untouched");
	}

	@Test
	void aRemovedAlarmIsReportedLost() throws Exception {
		Path data = record("alarm-removed");
		AlarmRecord first = firstAlarm(data, "Level.HIGH");
		sql(data, "DELETE FROM ALARM WHERE ALARM = 'Level.HIGH' AND RAISE_TIME = ?", ps -> set(ps, first.raiseTime()));
		Map<String, Long> r = result(check(data, 1));
		assertEquals(1, r.get("alarmsLost"), "the episode whose occurrence was removed");
		assertEquals(0, r.get("celLost"), "its CEL lines are still there");
	}

	@Test
	void aMissingCelLineOfAnAlarmIsReportedLostAndAnInventedOneUnexpected() throws Exception {
		Path data = record("cel");
		AlarmRecord first = firstAlarm(data, "Level.HIGH");
		sql(data, "DELETE FROM CEL WHERE CKEY LIKE ?", ps -> ps.setString(1, "alarm:Level.HIGH@" + first.raiseTime()
				+ ":CLEARED%")); // CLEARED_UNACKNOWLEDGED: Level.HIGH needs acknowledging
		Map<String, Long> r = result(check(data, 1));
		assertEquals(1, r.get("celLost"), "the CLEARED line removed: " + r);
		assertEquals(0, r.get("alarmsWrongTime"), "the alarm row itself is right");

		Path invented = record("cel-invented");
		long at = firstAlarm(invented, "Level.HIGH").raiseTime() + 3 * RATE;
		sql(invented, "INSERT INTO CEL(CKEY, TIME, CATEGORY, SOURCE, USER_NAME, TEXT) VALUES (?, ?, 'ALARM',"
				+ " 'Level.HIGH', '', 'RAISED Level high')", ps -> {
					ps.setString(1, "alarm:Level.HIGH@" + at + ":RAISED");
					ps.setLong(2, at);
				});
		Map<String, Long> i = result(check(invented, 1));
		assertEquals(1, i.get("celUnexpected"), "a RAISED line no episode explains: " + i);
		assertEquals(0, i.get("alarmsDuplicated"), "the alarm rows are untouched");
	}

	@Test
	void aConfirmedActionTheHistoryDoesNotHoldIsReportedLostAndOneItHoldsIsNot() throws Exception {
		Path data = record("actions");
		append(data, new OperatorAction("station-1", ActionKind.WRITE, "operator", "Level", "42", FROM + 10_000, true));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = CheckCommand.check(PLANT, List.of(data), FROM, TO, Set.of("station-1", "station-2"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(1, exit, text);
		assertEquals(1, result(text).get("lostActions"), "station-2 was confirmed but is not in the history: " + text);
		assertTrue(text.contains("lost confirmed action station-2") && !text.contains("action station-1"), text);
	}

	@Test
	void withoutAnActionsFileTheCheckRunsAndReports() throws Exception {
		Path project = temp.resolve("demo.tandem");
		new tandem.model.io.ProjectStore().save(new tandem.model.demo.DemoProjectFactory().create(), project);
		Path data = record("no-actions");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		int exit = CheckCommand.run(new String[] { "--project", project.toString(), "--data", data.toString(),
				"--from", Long.toString(FROM), "--to", Long.toString(TO) }, print, print);
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("RESULT lost=")), text);
		assertEquals(1, exit, "the demo's plant is not what was recorded here: " + text);
	}

	/** A plant read from a Modbus device: the checker cannot know its values, only its slots. */
	private static final RuntimeConfiguration FIELD = new RuntimeConfiguration("Field", 1, 7,
			List.of(new DriverDefinition("PLC", "modbus-tcp", Map.of())),
			List.of(new VariableDefinition("Flow", "PLC", "HR:0:float32", RATE, TagType.FLOAT, false, 0.0, 500.0, "")),
			List.of(), List.of(new ArchiveDefinition("Cyclic", ArchiveDefinition.Mode.CYCLIC, List.of("Flow"), RATE, 0,
					null, 30)),
			List.of(), List.of(), 365);

	@Test
	void aFieldDeviceSlotMissingIsLostAndASlotKeyedTwiceIsDoubled() throws Exception {
		Path clean = temp.resolve("field-clean");
		Path damaged = temp.resolve("field-damaged");
		history(clean, h -> recordSlots(h, -1, -1));
		history(damaged, h -> recordSlots(h, FROM + 1_000, FROM + 2_000));
		Map<String, Long> ok = result(check(FIELD, clean, 0));
		assertEquals(0, ok.get("lost") + ok.get("duplicated") + ok.get("unexpected"));
		String out = check(FIELD, damaged, 1);
		Map<String, Long> r = result(out);
		assertEquals(1, r.get("fieldSlotsLost"), out);
		assertEquals(1, r.get("fieldSlotsDoubled"), out);
		assertEquals(1, r.get("lost"), out);
		assertEquals(1, r.get("duplicated"), out);
		assertTrue(out.contains("lost samples in " + java.time.Instant.ofEpochMilli(FROM + 1_000)), out);
	}

	/** One sample at the start of every poll slot, but none at {@code missing} and a second one just after {@code twice}. */
	private static Void recordSlots(HistoryStore h, long missing, long twice) {
		long seq = h.lastPosition().seq();
		for (long t = FROM - 10 * RATE; t <= TO + 10 * RATE; t += RATE) {
			if (t != missing) {
				h.append(new LoggedFact(1, ++seq, new ArchiveSample("Flow", t, 250.0, tandem.runtime.api.Quality.GOOD)));
			}
			if (t == twice) {
				h.append(new LoggedFact(1, ++seq, new ArchiveSample("Flow", t + 37, 251.0,
						tandem.runtime.api.Quality.GOOD)));
			}
		}
		h.flush();
		return null;
	}

	private static String check(RuntimeConfiguration configuration, Path data, int expectedExit) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = CheckCommand.check(configuration, List.of(data), FROM, TO, Set.of(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertEquals(expectedExit, exit, text);
		return text;
	}

	/**
	 * A live device's slots that no node's poll read are gone: the checker counts them apart, as every node said in
	 * its CEL, not as lost; a slot that only one of the checked nodes said it missed is lost. The node here skips the
	 * slots of one second (every variable: the cyclic one, and the on-change chain goes on from the value before).
	 */
	@Test
	void slotsEveryNodeSaidItsPollMissedAreNotPolledAndOthersAreLost() throws Exception {
		long first = FROM + 20_000;
		long last = first + 900;
		Path skipped = record("skipped", first, last);
		Map<String, Long> before = result(check(skipped, 1));
		assertEquals(10, before.get("samplesLost"), "ten slots of Level not read, nobody said so: " + before);
		new tandem.runtime.core.image.DriverHealthEntries("skipped", f -> append(skipped, f)).skipped("Plant", RATE,
				first, last, last + 250);
		String out = check(skipped, 0);
		Map<String, Long> r = result(out);
		assertEquals(0, r.get("lost") + r.get("unexpected"), out);
		assertEquals(10, r.get("notPolled"), out);
		assertTrue(out.contains("not polled by any running node:Level@"), out);

		Path other = record("other", first, last);
		new tandem.runtime.core.image.DriverHealthEntries("someone-else", f -> append(other, f)).skipped("Plant", RATE,
				first, last, last + 250);
		assertEquals(10, result(check(other, 1)).get("samplesLost"), "only a checked node's word counts");
	}

	/**
	 * The one node running while the other was down (killed, not yet started again) said its poll missed a second's
	 * slots: not polled. The same report while the other node was running (restarted before the slots, or killed
	 * during the first of them, when it might still have read it) leaves the slots lost, as does a kill that no START
	 * followed without the survivor's word.
	 */
	@Test
	void slotsTheOnlyRunningNodeSaidItsPollMissedAreNotPolledWhileTheOtherWasDown() throws Exception {
		long first = FROM + 20_000;
		long last = first + 900;
		Path alone = record("alone", first, last);
		Path killed = record("killed", first, last);
		new tandem.runtime.core.image.DriverHealthEntries("alone", f -> append(alone, f)).skipped("Plant", RATE, first,
				last, last + 250);
		assertEquals(20, result(checkBoth(alone, killed, Map.of(), 1)).get("samplesLost"),
				"the other node was running and said nothing");

		Map<String, List<Long>> killedBefore = Map.of("killed", List.of(first - 3_000));
		append(killed, CelEntry.system("killed", "START", last + RATE + 40, "node killed started"));
		String out = checkBoth(alone, killed, killedBefore, 0);
		assertEquals(20, result(out).get("notPolled"), out);
		assertEquals(0, result(out).get("lost"), out);

		assertEquals(2, result(checkBoth(alone, killed, Map.of("killed", List.of(first + 30)), 1)).get("samplesLost"),
				"killed 30 ms into the first slot: only the nine after it were wholly down, 1 slot lost per history");

		Path restarted = record("restarted", first, last);
		append(restarted, CelEntry.system("restarted", "START", first - 1_000, "node restarted started"));
		assertEquals(20, result(checkBoth(alone, restarted, Map.of("restarted", List.of(first - 3_000)), 1))
				.get("samplesLost"), "started again before the slots: it was running and did not say it missed them");

		Path silent = record("silent", first, last);
		Path other = record("other", first, last);
		assertEquals(20, result(checkBoth(silent, other, Map.of("other", List.of(first - 3_000)), 1))
				.get("samplesLost"), "the only running node did not say its poll missed the slots");
	}

	@Test
	void aKillMarkWithoutItsTimeIsRefusedNamingWhatIsWrong() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		int exit = CheckCommand.run(new String[] { "--project", "p.tandem", "--data", "alpha", "--from", "1", "--to",
				"2", "--down", "alpha@1,beta" }, print, print);
		assertEquals(2, exit, out.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("--down wants NODE@TIME, not 'beta'"),
				out.toString(StandardCharsets.UTF_8));
	}

	private static String checkBoth(Path a, Path b, Map<String, List<Long>> killed, int expectedExit) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = CheckCommand.check(PLANT, List.of(a, b), FROM, TO, Set.of(), killed,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(expectedExit, exit, text);
		return text;
	}

	/** Records the window with the runtime's own pipeline, polling every slot. */
	private Path record(String name) {
		return record(name, Long.MAX_VALUE, Long.MIN_VALUE);
	}

	/** Records the window, polling every slot but those from {@code skipFrom} to {@code skipTo}. */
	private Path record(String name, long skipFrom, long skipTo) {
		Path data = temp.resolve(name);
		long[] now = { FROM - 60_000 };
		RuntimeNode node = new RuntimeNode(PLANT, name, data, List.of(new SimulatorDriverFactory()),
				NodeOptions.manual(() -> now[0]));
		node.start();
		try {
			for (long t = FROM - 60_000; t <= TO + 5_000; t += RATE) {
				now[0] = t;
				if (t < skipFrom || t > skipTo) {
					node.pollAll(t);
				}
			}
		} finally {
			node.stop();
		}
		return data;
	}

	private static String check(Path data, int expectedExit) {
		return check(PLANT, data, expectedExit);
	}

	private static Map<String, Long> result(String out) {
		String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow(() -> new AssertionError(
				"no RESULT line:\n" + out));
		assertTrue(line.startsWith("RESULT lost="), line);
		Map<String, Long> figures = new java.util.HashMap<>();
		Matcher m = Pattern.compile("(\\w+)=(-?\\d+)").matcher(line);
		while (m.find()) {
			figures.put(m.group(1), Long.parseLong(m.group(2)));
		}
		return figures;
	}

	private static AlarmRecord firstAlarm(Path data, String alarm) {
		return history(data, h -> h.queries().alarms(FROM, TO)).stream()
				.filter(r -> r.alarm().equals(alarm) && r.clearTime() != null && r.clearTime() < TO - 5_000)
				.findFirst().orElseThrow(() -> new AssertionError("the plant raised and cleared no " + alarm));
	}

	private static <T> T history(Path data, java.util.function.Function<HistoryStore, T> read) {
		HistoryStore h = HistoryStore.open(data, HistoryOptions.defaults());
		try {
			return read.apply(h);
		} finally {
			h.close();
		}
	}

	/** Appends a fact to the node's event log after the fact, as a faulty recording would have. */
	private static void append(Path data, Fact fact) {
		history(data, h -> {
			h.append(new LoggedFact(1, h.lastPosition().seq() + 1, fact));
			h.flush();
			return null;
		});
	}

	private interface Binder {
		void bind(PreparedStatement ps) throws java.sql.SQLException;
	}

	private static void set(PreparedStatement ps, long value) throws java.sql.SQLException {
		ps.setLong(1, value);
	}

	private static void sql(Path data, String statement, Binder binder) throws Exception {
		Properties p = new Properties();
		p.setProperty("user", "sa");
		p.setProperty("password", "");
		try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("history"), p);
				PreparedStatement ps = c.prepareStatement(statement)) {
			binder.bind(ps);
			assertEquals(1, ps.executeUpdate(), statement);
		}
	}
}
