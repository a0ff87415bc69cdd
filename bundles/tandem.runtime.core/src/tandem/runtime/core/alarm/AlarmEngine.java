package tandem.runtime.core.alarm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.ValueListener;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * Evaluates every alarm definition on each new value of its variable and emits the resulting transitions (to the
 * event log). Acknowledgement permission is checked by the operator layer before {@link #acknowledge} is called.
 */
public final class AlarmEngine implements ValueListener {

	private final Map<String, List<AlarmTracker>> byVariable = new HashMap<>();
	private final Map<String, AlarmTracker> byId = new LinkedHashMap<>();
	private final Consumer<AlarmTransition> sink;
	private Runnable restoredGone;

	public AlarmEngine(List<AlarmDefinition> definitions, Consumer<AlarmTransition> sink) {
		this.sink = sink;
		for (AlarmDefinition d : definitions) {
			AlarmTracker t = new AlarmTracker(d);
			if (byId.put(d.id(), t) != null) {
				throw new IllegalArgumentException("alarm " + d.id() + " is defined twice");
			}
			byVariable.computeIfAbsent(d.variable(), v -> new ArrayList<>()).add(t);
		}
	}

	/**
	 * Makes each alarm treat a pause of more than three poll periods of its variable between two values (this node
	 * paused or stalled and saw nothing) like a restart: an active occurrence whose condition is gone after the gap
	 * is left to the history to end, as {@link #restore(List, Runnable)} describes, instead of being cleared at the
	 * first value after the gap, which may be long after the true end that another node recorded.
	 */
	public synchronized void watchForGaps(Map<String, Long> pollPeriodByVariable) {
		for (AlarmTracker t : byId.values()) {
			Long period = pollPeriodByVariable.get(t.definition().variable());
			if (period != null && period > 0) {
				t.watchForGaps(3 * period);
			}
		}
	}

	/**
	 * Continues the occurrences that were active when the node last stopped. One whose condition turns out to have
	 * ended while the node was away is cleared at the first value here, unless {@code whenEndedElsewhere} is given:
	 * then it is dropped and the runnable is told, so the node serving the cluster clears it at the end its history
	 * shows (see {@link #reconcile}).
	 */
	public synchronized void restore(List<AlarmRecord> active, Runnable whenEndedElsewhere) {
		this.restoredGone = whenEndedElsewhere;
		byId.values().forEach(t -> t.endRestoredHere(whenEndedElsewhere == null));
		for (AlarmRecord r : active) {
			AlarmTracker t = byId.get(r.alarm());
			if (t != null) {
				t.restore(r.raiseTime(), r.ackTime() != null, r.clearTime() != null);
			}
		}
	}

	/** {@link #restore(List, Runnable)} for a node alone: a restored occurrence that ended is cleared here. */
	public void restore(List<AlarmRecord> active) {
		restore(active, null);
	}

	@Override
	public void valueChanged(String variable, Value value) {
		List<AlarmTracker> trackers = byVariable.get(variable);
		if (trackers == null) {
			return;
		}
		synchronized (this) {
			for (AlarmTracker t : trackers) {
				AlarmTransition transition = t.evaluate(value);
				if (transition != null) {
					sink.accept(transition);
				}
				if (t.takeRestoredGone() && restoredGone != null) {
					restoredGone.run();
				}
			}
		}
	}

	/**
	 * Acknowledges one occurrence.
	 *
	 * @return false when the occurrence is unknown or already acknowledged (a repeat is harmless)
	 */
	public synchronized boolean acknowledge(String alarm, long raiseTime, String user, long time) {
		AlarmTracker t = byId.get(alarm);
		AlarmTransition transition = t == null ? null : t.acknowledge(raiseTime, user, time);
		if (transition == null) {
			return false;
		}
		sink.accept(transition);
		return true;
	}

	/**
	 * Follows a transition the serving node recorded (this node stands by): its occurrence becomes this engine's,
	 * so the alarm this node continues after a takeover is the recorded one, with its raise time and acknowledgement.
	 *
	 * @return the key prefix ({@code alarm:ID@RAISE:}) of an occurrence this engine had raised itself and that the
	 *         recorded one replaces: its facts must not be recorded; null when nothing was replaced
	 */
	public synchronized String follow(AlarmTransition recorded) {
		AlarmTracker t = byId.get(recorded.alarm());
		Long replaced = t == null ? null : t.follow(recorded);
		return replaced == null ? null : "alarm:" + recorded.alarm() + "@" + replaced + ":";
	}

	/**
	 * On the serving node: whether a RAISED the standby observed (its own engine, in shadow) names the occurrence
	 * this engine holds as current but raised later, in one continuous condition: a node that started while the
	 * condition already held begins its delay at its first value, while the other node saw the condition begin. The
	 * earlier raise is the alarm's; recording it lets reconciliation merge the later one into it.
	 */
	public synchronized boolean sameEpisodeRaisedLater(AlarmTransition observed) {
		AlarmTracker t = byId.get(observed.alarm());
		return t != null && observed.kind() == TransitionKind.RAISED && t.raisedHereLater(observed.raiseTime());
	}

	/** Whether a recorded transition names an occurrence this engine neither holds nor ended (it came from elsewhere). */
	public synchronized boolean isNews(AlarmTransition recorded) {
		AlarmTracker t = byId.get(recorded.alarm());
		return t != null && t.isNews(recorded);
	}

	/**
	 * On the serving node, after its history received occurrences this engine did not raise (see
	 * {@link AlarmReconciliation}): ends ghosts, merges overlapping occurrences of one condition, continues the
	 * surviving ones, and emits the decisions to the sink.
	 *
	 * @param history  the node's history, flushed
	 * @param since    occurrences raised from here on are compared (active ones always)
	 * @return the number of facts emitted
	 */
	public int reconcile(HistoryQueries history, long since, long now) {
		Map<String, List<AlarmRecord>> byAlarm = new HashMap<>();
		List<AlarmRecord> records = new ArrayList<>(history.activeAlarms());
		records.addAll(history.alarms(since, Long.MAX_VALUE));
		for (AlarmRecord r : records) {
			byAlarm.computeIfAbsent(r.alarm(), a -> new ArrayList<>()).add(r);
		}
		AlarmReconciliation.ClearFinder finder = (d, after, before) -> firstClear(history, d, after, before);
		List<AlarmTransition> decided = new ArrayList<>();
		synchronized (this) {
			for (AlarmTracker t : byId.values()) {
				List<AlarmRecord> own = byAlarm.getOrDefault(t.definition().id(), List.of());
				if (!own.isEmpty() || t.currentRaiseTime() != null) {
					decided.addAll(AlarmReconciliation.reconcile(t, own, finder, now));
				}
			}
			decided.forEach(sink);
		}
		return decided.size();
	}

	/** Reads the archived values of the alarm's variable an hour at a time, up to the first one outside the alarm. */
	private static Long firstClear(HistoryQueries history, AlarmDefinition d, long after, long before) {
		for (long from = after + 1; from < before; from += 3_600_000) {
			for (ArchiveSample s : history.samples(d.variable(), from, Math.min(before, from + 3_600_000))) {
				if (s.quality() == Quality.GOOD && !Double.isNaN(s.value()) && !d.inAlarm(s.value(), true)) {
					return s.sourceTime();
				}
			}
		}
		return null;
	}

	/** The definition of an alarm this engine evaluates. */
	public synchronized java.util.Optional<AlarmDefinition> definition(String alarm) {
		AlarmTracker t = byId.get(alarm);
		return t == null ? java.util.Optional.empty() : java.util.Optional.of(t.definition());
	}

	/** Whether the alarm has an occurrence whose condition still holds (raised and not cleared). */
	public synchronized boolean inAlarm(String alarm) {
		AlarmTracker t = byId.get(alarm);
		return t != null && t.active().stream().anyMatch(a -> !a.cleared());
	}

	/** The active list, highest priority first, then newest first. */
	public synchronized List<ActiveAlarm> active() {
		List<ActiveAlarm> out = new ArrayList<>();
		byId.values().forEach(t -> out.addAll(t.active()));
		out.sort(Comparator.comparingInt(ActiveAlarm::priority).reversed()
				.thenComparing(Comparator.comparingLong(ActiveAlarm::raiseTime).reversed()));
		return out;
	}
}
