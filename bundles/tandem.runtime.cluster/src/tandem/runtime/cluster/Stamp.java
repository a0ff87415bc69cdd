package tandem.runtime.cluster;

/** Place of a fact in the cluster's history: the server epoch that appended it and its sequence number. */
public record Stamp(long epoch, long seq) implements Comparable<Stamp> {

	public static final Stamp ZERO = new Stamp(0, 0);

	@Override
	public int compareTo(Stamp o) {
		int c = Long.compare(epoch, o.epoch);
		return c != 0 ? c : Long.compare(seq, o.seq);
	}

	public boolean isAfter(Stamp o) {
		return compareTo(o) > 0;
	}

	public static Stamp max(Stamp a, Stamp b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	@Override
	public String toString() {
		return "(" + epoch + ", " + seq + ")";
	}
}
