package tandem.runtime.history.h2;

import java.nio.file.Path;
import java.time.Duration;

/** Child process for the crash tests: reads a stopped node's history for a while, like a long export. */
public final class HistoryReaderProcess {

	private HistoryReaderProcess() {
	}

	public static void main(String[] args) throws Exception {
		try (HistoryQueries q = HistoryStore.openForReading(Path.of(args[0]), Duration.ofSeconds(20))) {
			System.out.println("reading " + q.logSize());
			System.out.flush();
			Thread.sleep(Long.parseLong(args[1]));
			System.out.println("done " + q.logSize());
		}
	}
}
