package tandem.runtime.core.cli;

/** Child-process entry for tests: runs {@link NodeCommand} until killed. */
public final class NodeMain {

	private NodeMain() {
	}

	public static void main(String[] args) {
		System.exit(new NodeCommand().run(args, System.out, System.err));
	}
}
