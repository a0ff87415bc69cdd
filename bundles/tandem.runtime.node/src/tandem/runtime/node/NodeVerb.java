package tandem.runtime.node;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import tandem.runtime.node.CommandLine.UsageException;

/**
 * {@code tandem node --project FILE --node NAME [--data DIR]}: runs one runtime node headless until it is
 * stopped with SIGTERM or SIGINT. Prints exactly one line starting with {@code READY} once it serves, so
 * scripts and tests can wait for it.
 */
final class NodeVerb implements Verb {

	@Override
	public String name() {
		return "node";
	}

	@Override
	public String usage() {
		return "node --project FILE --node NAME [--data DIR]   run one runtime node (role from the project topology)";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop)
			throws UsageException, InterruptedException {
		CommandLine line = CommandLine.parse(args, Set.of("project", "node", "data"), Set.of());
		Path project = Path.of(line.required("project"));
		String node = line.required("node");
		Path data = Path.of(line.option("data").orElse("data/" + node));
		if (!Files.isRegularFile(project) || !Files.isReadable(project)) {
			err.println("tandem node: project file " + project.toAbsolutePath() + " does not exist or is not readable");
			return 2;
		}
		try {
			Files.createDirectories(data);
		} catch (IOException e) {
			err.println("tandem node: cannot create data directory " + data.toAbsolutePath() + ": " + e.getMessage());
			return 2;
		}
		stop.install();
		out.println("READY node=" + node + " project=" + project.toAbsolutePath() + " data=" + data.toAbsolutePath()
				+ " at=" + Instant.now());
		out.flush();
		stop.await();
		out.println("STOPPED node=" + node + " cleanly at=" + Instant.now());
		out.flush();
		return 0;
	}
}
