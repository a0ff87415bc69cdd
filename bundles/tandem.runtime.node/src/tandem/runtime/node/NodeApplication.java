package tandem.runtime.node;

import java.io.PrintStream;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import tandem.runtime.node.CommandLine.UsageException;

/**
 * The headless application of the runtime product. The {@code tandem} launcher script starts it with
 * {@code -application tandem.runtime.node.application <verb> [options]}.
 */
public final class NodeApplication implements IApplication {

	private final StopSignal stop = new StopSignal();

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		int code = run(args, System.out, System.err);
		stop.finished();
		return Integer.valueOf(code);
	}

	int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
		Verbs verbs = Verbs.standard();
		if (args.length == 0 || "--help".equals(args[0]) || "help".equals(args[0])) {
			verbs.printHelp(args.length == 0 ? err : out);
			return args.length == 0 ? 2 : 0;
		}
		Optional<Verb> verb = verbs.find(args[0]);
		if (verb.isEmpty()) {
			err.println("tandem: unknown verb '" + args[0] + "'");
			verbs.printHelp(err);
			return 2;
		}
		try {
			return verb.get().run(args, out, err, stop);
		} catch (UsageException e) {
			err.println("tandem " + args[0] + ": " + e.getMessage());
			err.println("usage: tandem " + verb.get().usage());
			return 2;
		} finally {
			err.flush();
			out.flush();
		}
	}

	@Override
	public void stop() {
		stop.request();
	}
}
