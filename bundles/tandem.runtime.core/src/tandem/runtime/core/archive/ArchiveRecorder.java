package tandem.runtime.core.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
		 * Another node recorded {@code value}; a rule that compares with the last recorded value takes it. Returns
		 * the end (exclusive) of the time after that value in which this rule's own decisions are wrong for the
		 * history (its chain had gone another way), or {@link #AGREES}.
		 */
		default long recordedElsewhere(Value value) {
			return AGREES;
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
				case ON_CHANGE -> rules.computeIfAbsent(v, k -> new ArrayList<>()).add(onChange(a.deadband()));
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
			public long recordedElsewhere(Value value) {
				long window = Math.floorDiv(value.sourceTime(), period);
				if (window < lastWindow) {
					return AGREES;
				}
				boolean diverged = window == lastWindow && ownTime > value.sourceTime();
				lastWindow = window;
				ownTime = value.sourceTime();
				return diverged ? (window + 1) * period : AGREES;
			}
		};
	}

	private static Rule onChange(double deadband) {
		return new Rule() {
			private Value last;
			private long lastFollowed = Long.MIN_VALUE;
			/** Source times of this rule's own recent decisions to record, oldest first. */
			private final java.util.ArrayDeque<Long> own = new java.util.ArrayDeque<>();

			@Override
			public boolean wants(Value value) {
				Value before = last;
				boolean changed = before == null || before.quality() != value.quality()
						|| Math.abs(value.asDouble() - before.asDouble()) > deadband
						|| Double.isNaN(value.asDouble()) != Double.isNaN(before.asDouble());
				if (changed) {
					last = value;
					own.addLast(value.sourceTime());
					if (own.size() > 64) {
						own.removeFirst();
					}
				}
				return changed;
			}

			/** The server's chain wins over this node's own, even where its own went further or started later. */
			@Override
			public long recordedElsewhere(Value value) {
				if (value.sourceTime() < lastFollowed) {
					return AGREES;
				}
				boolean diverged = last != null && last.sourceTime() > value.sourceTime()
						&& !own.contains(value.sourceTime());
				own.removeIf(t -> diverged ? t > value.sourceTime() : t <= value.sourceTime());
				if (diverged || last == null || value.sourceTime() >= last.sourceTime()) {
					last = value; // an own sample the history caught up with leaves the chain where it went since
				}
				lastFollowed = value.sourceTime();
				return diverged ? Long.MAX_VALUE : AGREES;
			}
		};
	}

	/**
	 * A sample the serving node recorded (this node stands by): an on-change rule compares its next values with it
	 * instead of with its own last sample, also when its own chain went further or began later (a standby that
	 * started after the server's last sample of a slow variable), and a cyclic archive counts the sample's window as
	 * recorded. Returns the end (exclusive) of the time after the sample in which this node's own samples are wrong
	 * for the history and must not be recorded (the caller drops them from the shadow buffer): an on-change chain
	 * that went another way is wrong from there on; a cyclic sample this node took later in the same window (it
	 * restarted in the middle of the window) is wrong until the window ends. {@link #AGREES} when none is. The chain of an on-change archive depends on where it started; a standby
	 * that started later than its server would otherwise record other changes than the history holds once it takes
	 * over (a sample the server's chain skips, or none where the server's chain wants one).
	 */
	public synchronized long follow(ArchiveSample recorded) {
		List<Rule> own = rules.get(recorded.variable());
		long wrongUntil = AGREES;
		if (own != null) {
			Value v = new Value(recorded.value(), recorded.quality(), recorded.sourceTime());
			for (Rule r : own) {
				wrongUntil = Math.max(wrongUntil, r.recordedElsewhere(v));
			}
		}
		return wrongUntil;
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
