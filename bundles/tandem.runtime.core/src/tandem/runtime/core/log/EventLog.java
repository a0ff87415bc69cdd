package tandem.runtime.core.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.FactListener;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.history.h2.HistoryStore;
import tandem.runtime.history.h2.LogPosition;

/**
 * Orders the facts of a node. A serving node {@link #append}s its own facts: seq continues from the last one in its
 * history, so a restart leaves no gap and reuses no number. A following node {@link #apply}s the server's facts
 * with their original stamps instead: a fact it already holds (same or lower seq) is skipped, and a fact from an
 * epoch older than the newest one seen is refused (fencing a stale server). A node must not append its own facts
 * while it follows, or the two numberings would collide; the cluster layer forwards them to the server.
 */
public final class EventLog {

	private final HistoryStore store;
	private final List<FactListener> listeners = new CopyOnWriteArrayList<>();
	private long epoch;
	private long seq;

	public EventLog(HistoryStore store) {
		this.store = store;
		LogPosition p = store.lastPosition();
		this.epoch = Math.max(1, p.epoch());
		this.seq = p.seq();
	}

	/** Stamps a fact of this node with the next seq in the current epoch, stores it and tells the listeners. */
	public LoggedFact append(Fact fact) {
		LoggedFact logged;
		synchronized (this) {
			logged = new LoggedFact(epoch, seq + 1, fact);
			store.append(logged);
			seq++;
			listeners.forEach(l -> l.factAppended(logged));
		}
		return logged;
	}

	/**
	 * Applies a replicated fact; idempotent.
	 *
	 * @return true when the fact was new and stored, false when it was already held
	 * @throws StaleEpochException when the fact comes from an epoch older than one this node has seen
	 */
	public synchronized boolean apply(LoggedFact fact) {
		if (fact.epoch() < epoch) {
			throw new StaleEpochException("refused fact " + fact.fact().key() + " at (" + fact.epoch() + ", "
					+ fact.seq() + "): this node has seen epoch " + epoch);
		}
		epoch = fact.epoch();
		if (fact.seq() <= seq) {
			return false;
		}
		seq = fact.seq();
		store.append(fact);
		listeners.forEach(l -> l.factAppended(fact));
		return true;
	}

	/** Starts a new epoch, as a node does when it is promoted to server; epochs only grow. */
	public synchronized void beginEpoch(long newEpoch) {
		if (newEpoch <= epoch) {
			throw new IllegalArgumentException("epoch " + newEpoch + " is not newer than " + epoch);
		}
		epoch = newEpoch;
	}

	public synchronized LogPosition position() {
		return new LogPosition(epoch, seq);
	}

	public void addListener(FactListener listener) {
		listeners.add(listener);
	}

	public void removeListener(FactListener listener) {
		listeners.remove(listener);
	}
}
