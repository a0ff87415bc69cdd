package tandem.runtime.history.h2;

import java.nio.file.Path;

import tandem.runtime.api.fact.LoggedFact;

/**
 * Child process for the crash tests: appends {@link Facts#sample} facts in log order, continuing the log found in
 * the store, and after each flush prints {@code committed <seq> synced <seq>} until it is killed.
 */
public final class HistoryWriterProcess {

	private HistoryWriterProcess() {
	}

	public static void main(String[] args) {
		HistoryStore store = HistoryStore.open(Path.of(args[0]), HistoryOptions.defaults());
		long seq = store.lastPosition().seq();
		System.out.println("opened " + seq);
		System.out.flush();
		while (true) {
			for (int i = 0; i < 500; i++) {
				seq++;
				store.append(new LoggedFact(1, seq, Facts.sample(seq)));
			}
			store.flush();
			System.out.println("committed " + store.committedSeq() + " synced " + store.syncedSeq());
			System.out.flush();
		}
	}
}
