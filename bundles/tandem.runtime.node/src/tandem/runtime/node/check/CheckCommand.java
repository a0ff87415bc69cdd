package tandem.runtime.node.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.model.Project;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.runtime.core.config.ProjectCompiler;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.history.h2.HistoryQueries;
import tandem.runtime.history.h2.HistoryStore;

/**
 * {@code tandem check --project FILE --data DIR[,DIR...] --from ISO --to ISO [--actions FILE] [--down NODE@TIME,...]}:
 * the independent checker of the fault harness. Derives from the deterministic plant and the project what every node must hold for
 * the window — cyclic samples ({@link GroundTruth}), on-change samples ({@link OnChangeCheck}), alarm episodes with
 * limits, hysteresis, delay and binary states ({@link AlarmTruth}) and their CEL lines ({@link CelCheck}) — and
 * compares each node's history with it; checks
 * that every operator action the clients saw confirmed is there, and that no fact is in a node's event log twice.
 * Variables of field devices (Modbus, OPC UA) are judged by their archive slots alone ({@link FieldSlots}).
 * Prints one line per node and a {@code RESULT} line; exit 0 when nothing is lost, doubled, unexpected or wrong.
 * {@code --down} names the times a node was killed (a killed process leaves no STOP line): a live device's slot that
 * every node <em>running</em> then said its poll missed counts as not polled ({@link UnpolledSlots}).
 */
public final class CheckCommand {

	private CheckCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("tandem check: " + e.getMessage());
			err.println("usage: tandem check --project FILE --data DIR[,DIR...] --from ISO --to ISO [--actions FILE]"
					+ " [--down NODE@TIME,...]");
			return 2;
		}
		RuntimeConfiguration configuration;
		Set<String> actions;
		try {
			Project project = new ProjectStore().load(options.project);
			configuration = new ProjectCompiler().compile(project);
			actions = options.actions == null ? new LinkedHashSet<>()
					: new LinkedHashSet<>(Files.readAllLines(options.actions));
			actions.remove("");
		} catch (LoadException | IOException e) {
			err.println("tandem check: " + e.getMessage());
			return 2;
		}
		return check(configuration, options.dataDirs, options.from, options.to, actions, options.down, out, err);
	}

	/** Checks the histories in {@code dataDirs} against the plant of {@code configuration}; exit code as above. */
	static int check(RuntimeConfiguration configuration, List<Path> dataDirs, long from, long to, Set<String> actions,
			PrintStream out, PrintStream err) {
		return check(configuration, dataDirs, from, to, actions, Map.of(), out, err);
	}

	/** As above; {@code killed}: per node, the times it was killed. */
	static int check(RuntimeConfiguration configuration, List<Path> dataDirs, long from, long to, Set<String> actions,
			Map<String, List<Long>> killed, PrintStream out, PrintStream err) {
		Options options = new Options(null, dataDirs, from, to, null, killed);
		GroundTruth truth = new GroundTruth(configuration, options.from, options.to);
		OnChangeCheck onChange = new OnChangeCheck(configuration, truth.plant());
		AlarmTruth alarmTruth = new AlarmTruth(configuration, truth.plant(), options.from, options.to);
		AlarmCheck alarms = new AlarmCheck(alarmTruth);
		CelCheck cel = new CelCheck(alarmTruth);
		FieldSlots field = new FieldSlots(configuration);
		out.println("tandem check: window " + Instant.ofEpochMilli(options.from) + " .. " + Instant.ofEpochMilli(options.to)
				+ ", " + truth.variables() + " cyclic archived variables, " + truth.count() + " expected samples, "
				+ onChange.variables() + " on-change archived variables, " + alarmTruth.episodes().size()
				+ " alarms with " + alarmTruth.count(options.from, options.to) + " episodes raised, " + actions.size()
				+ " confirmed actions, " + field.variables() + " archived field device variables with "
				+ field.count(options.from, options.to) + " slots, " + options.dataDirs.size() + " node(s)");
		UnpolledSlots unpolled = new UnpolledSlots(configuration, options.dataDirs.stream()
				.map(d -> d.getFileName().toString()).collect(java.util.stream.Collectors.toSet()), killed);
		for (Path data : options.dataDirs) { // every node's reports first: a slot counts when all said it
			try (HistoryQueries history = HistoryStore.openForReading(data, Duration.ofSeconds(30))) {
				unpolled.read(history, options.from, options.to);
			} catch (RuntimeException | java.sql.SQLException e) {
				err.println("tandem check: cannot read the history of " + data + ": " + e.getMessage());
				return 2;
			}
		}
		List<NodeVerdict> verdicts = new ArrayList<>();
		for (Path data : options.dataDirs) {
			NodeVerdict verdict = new NodeVerdict(data.getFileName().toString());
			try (HistoryQueries history = HistoryStore.openForReading(data, Duration.ofSeconds(30))) {
				verdict.compareSamples(history, truth, options.from, options.to, unpolled::unpolled);
				onChange.judge(history, options.from, options.to, verdict, unpolled::unpolled);
				field.judge(history, options.from, options.to, verdict);
				alarms.judge(history, options.from, options.to, verdict);
				cel.judge(history, options.from, options.to, verdict);
				verdict.countLoggedTwice(history, options.from, options.to);
				verdict.compareActions(history, actions);
			} catch (RuntimeException | java.sql.SQLException e) {
				err.println("tandem check: cannot read the history of " + data + ": " + e.getMessage());
				return 2;
			}
			out.println(verdict.summary());
			verdict.examples.forEach(x -> out.println("    " + x));
			verdict.lostRanges().forEach(r -> out.println("    lost samples in " + r));
			verdicts.add(verdict);
		}
		out.println(resultLine(verdicts, truth.count()));
		boolean judgedAny = truth.count() + field.count(options.from, options.to) > 0;
		return verdicts.stream().allMatch(NodeVerdict::clean) && judgedAny ? 0 : 1;
	}

	/**
	 * {@code RESULT lost=.. duplicated=.. unexpected=.. lostActions=..} summed over every kind of fact and node
	 * (unexpected includes wrong values and wrong alarm times), then the figures per kind: scripts read the prefix.
	 */
	static String resultLine(List<NodeVerdict> verdicts, long expectedPerNode) {
		StringBuilder line = new StringBuilder("RESULT");
		field(line, "lost", verdicts, NodeVerdict::allLost);
		field(line, "duplicated", verdicts, NodeVerdict::allDuplicated);
		field(line, "unexpected", verdicts, NodeVerdict::allUnexpected);
		field(line, "lostActions", verdicts, v -> v.lostActions);
		line.append(" expectedPerNode=").append(expectedPerNode);
		field(line, "samplesLost", verdicts, v -> v.lost);
		field(line, "samplesUnexpected", verdicts, v -> v.unexpected + v.wrongValue);
		field(line, "onChangeLost", verdicts, v -> v.onChangeLost);
		field(line, "onChangeUnexpected", verdicts, v -> v.onChangeUnexpected + v.onChangeWrongValue);
		field(line, "alarmsLost", verdicts, v -> v.alarmLost);
		field(line, "alarmsDuplicated", verdicts, v -> v.alarmDuplicated);
		field(line, "alarmsUnexpected", verdicts, v -> v.alarmUnexpected);
		field(line, "alarmsWrongTime", verdicts, v -> v.alarmWrongTime);
		field(line, "alarmsMerged", verdicts, v -> v.alarmMerged);
		field(line, "celLost", verdicts, v -> v.celLost);
		field(line, "celUnexpected", verdicts, v -> v.celUnexpected);
		field(line, "loggedTwice", verdicts, v -> v.loggedTwice);
		field(line, "fieldSlotsLost", verdicts, v -> v.fieldLost);
		field(line, "fieldSlotsDoubled", verdicts, v -> v.fieldDoubled);
		field(line, "notPolled", verdicts, v -> v.notPolled);
		return line.toString();
	}

	private static void field(StringBuilder line, String name, List<NodeVerdict> verdicts,
			java.util.function.ToLongFunction<NodeVerdict> figure) {
		line.append(' ').append(name).append('=').append(verdicts.stream().mapToLong(figure).sum());
	}

	private record Options(Path project, List<Path> dataDirs, long from, long to, Path actions,
			Map<String, List<Long>> down) {

		static Options parse(String[] args) {
			Path project = null;
			List<Path> data = new ArrayList<>();
			Long from = null;
			Long to = null;
			Path actions = null;
			Map<String, List<Long>> down = new java.util.HashMap<>();
			for (int i = 0; i < args.length; i++) {
				String name = args[i];
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("option " + name + " needs a value");
				}
				String value = args[++i];
				switch (name) {
				case "--project" -> project = Path.of(value);
				case "--data" -> {
					for (String d : value.split(",")) {
						data.add(Path.of(d));
					}
				}
				case "--from" -> from = time(value);
				case "--to" -> to = time(value);
				case "--actions" -> actions = Path.of(value);
				case "--down" -> {
					for (String mark : value.split(",")) {
						int at = mark.lastIndexOf('@');
						if (at <= 0) {
							throw new IllegalArgumentException("--down wants NODE@TIME, not '" + mark + "'");
						}
						down.computeIfAbsent(mark.substring(0, at), n -> new ArrayList<>())
								.add(time(mark.substring(at + 1)));
					}
				}
				default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			if (project == null || data.isEmpty() || from == null || to == null) {
				throw new IllegalArgumentException("--project, --data, --from and --to are required");
			}
			if (from >= to) {
				throw new IllegalArgumentException("--from must be before --to");
			}
			return new Options(project, data, from, to, actions, down);
		}

		private static long time(String text) {
			if (text.matches("\\d+")) {
				return Long.parseLong(text);
			}
			try {
				return Instant.parse(text).toEpochMilli();
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("'" + text + "' is neither epoch milliseconds nor an ISO-8601 instant");
			}
		}
	}
}
