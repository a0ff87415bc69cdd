package tandem.runtime.node;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * A verb whose work is a headless command of a lower bundle ({@code int run(String[], PrintStream,
 * PrintStream)}); the runtime product only hands the arguments after the verb through.
 */
final class DelegatingVerb implements Verb {

	/** The shape of the lower bundles' command entry points. */
	@FunctionalInterface
	interface Command {
		int run(String[] args, PrintStream out, PrintStream err);
	}

	private final String name;
	private final String usage;
	private final Command command;

	DelegatingVerb(String name, String usage, Command command) {
		this.name = name;
		this.usage = usage;
		this.command = command;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String usage() {
		return usage;
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop) {
		return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
	}
}
