package tandem.runtime.core.archive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import tandem.runtime.api.Value;
import tandem.runtime.api.ValueListener;
import tandem.runtime.api.VariableAccess;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.core.config.ArchiveDefinition;

/**
 * Turns new values into archive samples. Every rule is driven by source times, not by a local timer, so two nodes
 * seeing the same values record the same samples:
 * <ul>
 * <li>cyclic: the first value of each period window ({@code floor(sourceTime / period)});</li>
 * <li>on change: a value that differs from the last recorded one by more than the deadband, or whose quality
 * changed;</li>
 * <li>event: the current values of the archive's variables when the trigger variable turns true (nonzero).</li>
 * </ul>
 * A sample already recorded for the same (variable, source time) by another archive is not emitted again.
 */
public final class ArchiveRecorder implements ValueListener {

	private interface Rule {
		boolean wants(Value value);

		/**
		 * Another node recorded {@code value}; a rule that compares with the last recorded value takes it and says
		 * where its own decisions after it were wrong for the history ({@link Followed}).
		 */
		default Followed recordedElsewhere(Value value) {
			return Followed.AGREED;
		}

		/**
		 * The standby observed {@code value} at a slot this (serving) node's poll missed; a rule that compares with
		 * the last recorded value replays its chain with it. Returns the samples now due ({@code missing}, the
		 * observed one among them) and own samples the replay would not have taken ({@code wrongTimes}, already
		 * recorded).
		 */
		default Followed missedHere(Value value) {
			return Followed.AGREED;
		}
	}

	/**
	 * What following a recorded sample changed about this node's own samples after it: cyclic samples before
	 * {@code wrongUntil} (exclusive) are wrong (the node restarted in the middle of the window), and so are the
	 * on-change samples at {@code wrongTimes}; {@code missing} are on-change samples the recorded chain makes due
	 * that this node had not taken, because its own chain had gone another way. Replayed from the values this node
	 * evaluated, so its shadow samples stay the ones the server's chain would record.
	 */
	public record Followed(long wrongUntil, Set<Long> wrongTimes, List<ArchiveSample> missing) {
		static final Followed AGREED = new Followed(Long.MIN_VALUE, Set.of(), List.of());

		public boolean agrees() {
			return wrongUntil == AGREES && wrongTimes.isEmpty() && missing.isEmpty();
		}

		Followed and(Followed other) {
			if (other.agrees()) {
				return this;
			}
			if (agrees()) {
				return other;
			}
			Set<Long> wrong = new HashSet<>(wrongTimes);
			wrong.addAll(other.wrongTimes);
			List<ArchiveSample> more = new ArrayList<>(missing);
			more.addAll(other.missing);
			return new Followed(Math.max(wrongUntil, other.wrongUntil), wrong, more);
		}
	}

	/** What {@link #follow} returns when this node's own samples agree with the recorded one. */
	public static final long AGREES = Long.MIN_VALUE;

	private final Map<String, List<Rule>> rules = new HashMap<>();
	private final Map<String, List<String>> triggers = new HashMap<>();
	private final Map<String, Boolean> triggerState = new HashMap<>();
	private final Map<String, Long> lastRecorded = new HashMap<>();
	private final VariableAccess image;
	private final Consumer<ArchiveSample> sink;

	public ArchiveRecorder(List<ArchiveDefinition> archives, VariableAccess image, Consumer<ArchiveSample> sink) {
		this.image = image;
		this.sink = sink;
		for (ArchiveDefinition a : archives) {
			for (String v : a.variables()) {
				switch (a.mode()) {
				case CYCLIC -> rules.computeIfAbsent(v, k -> new ArrayList<>()).add(cyclic(a.periodMillis()));
				case ON_CHANGE -> rules.computeIfAbsent(v, k -> new ArrayList<>()).add(onChange(v, a.deadband()));
				case EVENT -> triggers.computeIfAbsent(a.triggerVariable(), k -> new ArrayList<>()).add(v);
				}
			}
		}
	}

	/**
	 * The first value of each period window. A node that (re)starts in the middle of a window sees a later first
	 * value than the server did; when the server's sample of that window arrives, the own one is wrong and the
	 * window counts as recorded.
	 */
	private static Rule cyclic(long period) {
		return new Rule() {
			private long lastWindow = Long.MIN_VALUE;
			private long ownTime = Long.MIN_VALUE;

			@Override
			public boolean wants(Value value) {
				long window = Math.floorDiv(value.sourceTime(), period);
				if (window <= lastWindow) {
					return false;
				}
				lastWindow = window;
				ownTime = value.sourceTime();
				return true;
			}

			@Override
			public Followed recordedElsewhere(Value value) {
				long window = Math.floorDiv(value.sourceTime(), period);
				if (window < lastWindow) {
					return Followed.AGREED;
				}
				boolean diverged = window == lastWindow && ownTime > value.sourceTime();
				lastWindow = window;
				ownTime = value.sourceTime();
				return diverged ? new Followed((window + 1) * period, Set.of(), List.of()) : Followed.AGREED;
			}
		};
	}

	/** How many evaluated values an on-change rule keeps to replay its decisions after a recorded sample. */
	static final int REPLAYED = 600;

	private static Rule onChange(String variable, double deadband) {
		return new Rule() {
			private Value last;
			private long lastFollowed = Long.MIN_VALUE;
			/** Source times of this rule's own recent decisions to record, oldest first. */
			private final ArrayDeque<Long> own = new ArrayDeque<>();
			/** The values evaluated since the newest recorded sample followed, oldest first, bounded. */
			private final ArrayDeque<Value> seen = new ArrayDeque<>();

			private boolean changed(Value before, Value value) {
				return before == null || before.quality() != value.quality()
						|| Math.abs(value.asDouble() - before.asDouble()) > deadband
						|| Double.isNaN(value.asDouble()) != Double.isNaN(before.asDouble());
			}

			@Override
			public boolean wants(Value value) {
				seen.addLast(value);
				if (seen.size() > REPLAYED) {
					seen.removeFirst();
				}
				boolean changed = changed(last, value);
				if (changed) {
					last = value;
					own.addLast(value.sourceTime());
					if (own.size() > REPLAYED) {
						own.removeFirst();
					}
				}
				return changed;
			}

			/**
			 * The server's chain wins over this node's own, even where its own went further or started later: its
			 * decisions after the recorded sample are replayed from the values it evaluated, against the recorded
			 * one, so what it records after a takeover continues the history's chain (none lost, none unexpected).
			 */
			@Override
			public Followed recordedElsewhere(Value value) {
				long at = value.sourceTime();
				if (at < lastFollowed) {
					return Followed.AGREED;
				}
				lastFollowed = at;
				while (!seen.isEmpty() && seen.peekFirst().sourceTime() <= at) {
					seen.removeFirst();
				}
				Value chain = value;
				List<Value> decided = new ArrayList<>();
				for (Value v : seen) {
					if (changed(chain, v)) {
						decided.add(v);
						chain = v;
					}
				}
				Set<Long> wrong = new HashSet<>();
				Set<Long> decidedTimes = new HashSet<>();
				decided.forEach(v -> decidedTimes.add(v.sourceTime()));
				List<ArchiveSample> missing = new ArrayList<>();
				for (Long t : own) {
					if (t > at && !decidedTimes.contains(t)) {
						wrong.add(t);
					}
				}
				Set<Long> ownTimes = new HashSet<>(own);
				for (Value v : decided) {
					if (!ownTimes.contains(v.sourceTime())) {
						missing.add(new ArchiveSample(variable, v.sourceTime(), v.asDouble(), v.quality()));
					}
				}
				own.clear();
				decided.forEach(v -> own.addLast(v.sourceTime()));
				last = chain; // an own sample the history caught up with leaves the chain where it went since
				return wrong.isEmpty() && missing.isEmpty() ? Followed.AGREED
						: new Followed(AGREES, wrong, missing);
			}

			@Override
			public Followed missedHere(Value value) {
				long at = value.sourceTime();
				if (seen.isEmpty() || at <= seen.peekFirst().sourceTime()
						|| seen.stream().anyMatch(v -> v.sourceTime() == at)) {
					return Followed.AGREED; // this node evaluated that slot itself (its decision stands), or too old
				}
				Value chain = null;
				List<Value> after = new ArrayList<>();
				for (Value v : seen) {
					if (v.sourceTime() < at) {
						if (own.contains(v.sourceTime())) {
							chain = v;
						}
					} else {
						after.add(v);
					}
				}
				if (chain == null || !changed(chain, value)) {
					return Followed.AGREED; // the chain's base is older than the values kept, or no change there
				}
				List<Value> replay = new ArrayList<>();
				replay.add(value);
				replay.addAll(after);
				List<ArchiveSample> missing = new ArrayList<>();
				Set<Long> decidedTimes = new HashSet<>();
				for (Value v : replay) {
					if (changed(chain, v)) {
						chain = v;
						decidedTimes.add(v.sourceTime());
						if (!own.contains(v.sourceTime())) {
							missing.add(new ArchiveSample(variable, v.sourceTime(), v.asDouble(), v.quality()));
						}
					}
				}
				Set<Long> wrong = new HashSet<>();
				own.removeIf(t -> {
					boolean undone = t > at && !decidedTimes.contains(t);
					if (undone) {
						wrong.add(t);
					}
					return undone;
				});
				missing.forEach(m -> own.add(m.sourceTime()));
				List<Long> sorted = new ArrayList<>(own);
				Collections.sort(sorted);
				own.clear();
				own.addAll(sorted);
				List<Value> merged = new ArrayList<>(seen);
				merged.add(value);
				merged.sort(Comparator.comparingLong(Value::sourceTime));
				seen.clear();
				seen.addAll(merged);
				last = chain;
				return new Followed(AGREES, wrong, missing);
			}
		};
	}

	/**
	 * A sample the serving node recorded (this node stands by): an on-change rule compares its next values with it
	 * instead of with its own last sample, also when its own chain went further or began later (a standby that
	 * started after the server's last sample of a slow variable), and a cyclic archive counts the sample's window as
	 * recorded. Returns which of this node's own samples after it are wrong for the history (the caller drops them
	 * from the shadow buffer) and which are missing (the caller adds them): an on-change chain that went another way
	 * is replayed from the recorded sample over the values this node evaluated since; a cyclic sample this node took
	 * later in the same window (it restarted in the middle of the window) is wrong until the window ends. The chain
	 * of an on-change archive depends on where it started; a standby
	 * that started later than its server would otherwise record other changes than the history holds once it takes
	 * over (a sample the server's chain skips, or none where the server's chain wants one).
	 */
	public synchronized Followed follow(ArchiveSample recorded) {
		List<Rule> own = rules.get(recorded.variable());
		Followed followed = Followed.AGREED;
		if (own != null) {
			Value v = new Value(recorded.value(), recorded.quality(), recorded.sourceTime());
			for (Rule r : own) {
				followed = followed.and(r.recordedElsewhere(v));
			}
			if (own.size() > 1 && !followed.wrongTimes().isEmpty()) {
				// another archive of the variable may have recorded the same (variable, time): keep those
				followed = new Followed(followed.wrongUntil(), Set.of(), followed.missing());
			}
		}
		return followed;
	}

	/**
	 * On the serving node: the standby observed a sample of an on-change archive's variable at a slot this node's
	 * poll missed (a live device does not answer for the past). The chain is replayed with it: the returned
	 * {@code missing} samples (the observed one, and later ones the corrected chain takes) are to be recorded;
	 * {@code wrongTimes} are own samples, already recorded, that the corrected chain would not have taken. Agrees
	 * (nothing to record) when this node evaluated that slot itself: its own decision stands.
	 */
	public synchronized Followed missedHere(ArchiveSample observed) {
		List<Rule> own = rules.get(observed.variable());
		Followed out = Followed.AGREED;
		if (own != null) {
			Value v = new Value(observed.value(), observed.quality(), observed.sourceTime());
			for (Rule r : own) {
				out = out.and(r.missedHere(v));
			}
		}
		return out;
	}

	/**
	 * Starts the chains of the on-change archives from the newest samples this node's history holds (the server's
	 * chain, replicated or aligned), so a node that starts or restarts does not begin a chain of its own with its
	 * first value where the history's chain would not record one.
	 */
	public synchronized void continueFrom(java.util.function.Function<String, ArchiveSample> newestRecorded) {
		rules.forEach((variable, own) -> {
			ArchiveSample s = newestRecorded.apply(variable);
			if (s != null) {
				Value v = new Value(s.value(), s.quality(), s.sourceTime());
				own.forEach(r -> r.recordedElsewhere(v));
			}
		});
	}

	@Override
	public synchronized void valueChanged(String variable, Value value) {
		List<Rule> own = rules.get(variable);
		if (own != null) {
			boolean wanted = false;
			for (Rule r : own) {
				wanted |= r.wants(value);
			}
			if (wanted) {
				record(variable, value);
			}
		}
		List<String> triggered = triggers.get(variable);
		if (triggered != null) {
			boolean on = value.isGood() && value.asBoolean();
			Boolean before = triggerState.put(variable, on);
			if (on && !Boolean.TRUE.equals(before)) {
				for (String v : triggered) {
					image.read(v).ifPresent(current -> record(v, current));
				}
			}
		}
	}

	private void record(String variable, Value value) {
		Long last = lastRecorded.put(variable, value.sourceTime());
		if (last != null && last == value.sourceTime()) {
			return;
		}
		sink.accept(new ArchiveSample(variable, value.sourceTime(), value.asDouble(), value.quality()));
	}
}
