package tandem.studio.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code tandem studio} was asked to do at start: {@code --project FILE} opens a project;
 * {@code --screenshot FILE [--after S]} writes a PNG of the workbench S seconds (default 3) after start and exits.
 */
record StartOptions(Optional<Path> project, Optional<Path> screenshot, int afterSeconds) {

	static StartOptions parse(String[] args) {
		Path project = null;
		Path screenshot = null;
		int after = 3;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (i + 1 >= args.length && (arg.equals("--project") || arg.equals("--screenshot") || arg.equals("--after"))) {
				throw new IllegalArgumentException(arg + " needs a value");
			}
			switch (arg) {
			case "--project" -> project = Path.of(args[++i]);
			case "--screenshot" -> screenshot = Path.of(args[++i]);
			case "--after" -> {
				try {
					after = Integer.parseInt(args[++i]);
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("--after needs whole seconds, got '" + args[i] + "'");
				}
			}
			default -> {
				// Eclipse's own arguments (-data, -configuration, ...) are not ours
			}
			}
		}
		return new StartOptions(Optional.ofNullable(project), Optional.ofNullable(screenshot), Math.max(0, after));
	}
}
