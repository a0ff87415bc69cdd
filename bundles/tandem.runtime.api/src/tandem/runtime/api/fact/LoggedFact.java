package tandem.runtime.api.fact;

import java.util.Objects;

/**
 * A fact at its place in a node's event log. {@code seq} increases by one per fact without gaps; {@code epoch}
 * is the server epoch that appended it. A node never accepts a fact from an epoch older than one it has seen.
 */
public record LoggedFact(long epoch, long seq, Fact fact) {

	public LoggedFact {
		Objects.requireNonNull(fact, "fact");
		if (epoch < 0 || seq < 1) {
			throw new IllegalArgumentException("bad log position (" + epoch + ", " + seq + ") for " + fact.key());
		}
	}
}
