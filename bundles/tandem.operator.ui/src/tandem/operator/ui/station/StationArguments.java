package tandem.operator.ui.station;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The operator client's command line: {@code client --project FILE [--node NAME] [--screen NAME] [--view NAME]
 * [--screenshot FILE [--after SECONDS] [--every SECONDS]]} (the verb is optional, since the launcher passes it
 * along).
 *
 * @param project    the project file
 * @param node       the station's node name, when given
 * @param screen     the screen to open instead of the start screen, when given
 * @param screenshot write a PNG of the window to this file and exit, when given
 * @param afterMs    how long after the window opened the screenshot is taken
 * @param everyMs    0: exit after the screenshot; otherwise keep running and rewrite it this often (the headless
 *                   demo's picture)
 * @param view       the tab to open (Screens, Values, Recipes, Trends), when given
 */
public record StationArguments(Path project, Optional<String> node, Optional<String> screen,
		Optional<Path> screenshot, long afterMs, long everyMs, Optional<String> view) {

	public static final String USAGE = "usage: tandem client --project FILE [--node NAME] [--screen NAME] [--view NAME]"
			+ " [--screenshot FILE [--after SECONDS] [--every SECONDS]]";

	/** A screenshot is taken this long after the window opened unless --after says otherwise. */
	public static final long DEFAULT_AFTER_MS = 3000;

	/** Without a screenshot: the window stays open. */
	public StationArguments(Path project, Optional<String> node) {
		this(project, node, Optional.empty(), Optional.empty(), DEFAULT_AFTER_MS, 0, Optional.empty());
	}

	/** @throws IllegalArgumentException naming the missing or unknown option, with the usage line */
	public static StationArguments parse(String... args) {
		Path project = null;
		String node = null;
		String screen = null;
		String view = null;
		Path screenshot = null;
		long afterMs = DEFAULT_AFTER_MS;
		long everyMs = 0;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (i == 0 && "client".equals(a)) {
				continue;
			}
			String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
			String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(option + " needs a value; " + USAGE);
			}
			switch (option) {
			case "--project" -> project = Path.of(value);
			case "--node" -> node = value;
			case "--screen" -> screen = value;
			case "--view" -> view = value;
			case "--screenshot" -> screenshot = Path.of(value);
			case "--after" -> afterMs = seconds("--after", value);
			case "--every" -> everyMs = Math.max(1000, seconds("--every", value));
			default -> throw new IllegalArgumentException("unknown option '" + a + "'; " + USAGE);
			}
		}
		if (project == null) {
			throw new IllegalArgumentException("no project given; " + USAGE);
		}
		return new StationArguments(project, Optional.ofNullable(node), Optional.ofNullable(screen),
				Optional.ofNullable(screenshot), afterMs, everyMs, Optional.ofNullable(view));
	}

	private static long seconds(String option, String value) {
		try {
			double s = Double.parseDouble(value);
			if (s >= 0 && s <= 3600) {
				return Math.round(s * 1000);
			}
		} catch (NumberFormatException e) {
			// explained below
		}
		throw new IllegalArgumentException(option + " needs a number of seconds from 0 to 3600, not '" + value + "'; "
				+ USAGE);
	}
}
