package tandem.runtime.history.h2;

import java.util.ArrayList;
import java.util.List;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.LoggedFact;

/** Test facts: a deterministic stream of samples of a few variables, numbered in log order. */
final class Facts {

	static final long T0 = 1_767_225_600_000L;
	static final int VARIABLES = 10;

	private Facts() {
	}

	/** The sample with log seq {@code seq} (1-based): variable {@code seq % 10}, one slot per 10 facts. */
	static ArchiveSample sample(long seq) {
		long slot = (seq - 1) / VARIABLES;
		int variable = (int) ((seq - 1) % VARIABLES);
		return new ArchiveSample("V" + variable, T0 + slot * 100, slot * 0.5 + variable, Quality.GOOD);
	}

	static List<LoggedFact> samples(long firstSeq, long lastSeq) {
		List<LoggedFact> out = new ArrayList<>();
		for (long s = firstSeq; s <= lastSeq; s++) {
			out.add(new LoggedFact(1, s, sample(s)));
		}
		return out;
	}

	static List<LoggedFact> logged(long firstSeq, Fact... facts) {
		List<LoggedFact> out = new ArrayList<>();
		for (Fact f : facts) {
			out.add(new LoggedFact(1, firstSeq++, f));
		}
		return out;
	}
}
