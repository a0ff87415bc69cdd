package tandem.runtime.node;

import java.io.PrintStream;

import tandem.runtime.node.CommandLine.UsageException;

/** One verb of the {@code tandem} launcher that runs inside the runtime product. */
public interface Verb {

	String name();

	/** One line for {@code --help}: arguments and what the verb does. */
	String usage();

	/** Runs the verb; returns the process exit code. */
	int run(String[] args, PrintStream out, PrintStream err, StopSignal stop) throws UsageException, InterruptedException;
}
