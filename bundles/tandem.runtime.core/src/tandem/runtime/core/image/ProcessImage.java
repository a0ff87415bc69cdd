package tandem.runtime.core.image;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Subscription;
import tandem.runtime.api.Value;
import tandem.runtime.api.ValueListener;
import tandem.runtime.api.VariableAccess;
import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.core.config.VariableDefinition;

/**
 * Current values of all variables. One poll thread per driver reads each rate group when its slot starts, so a
 * slow or lost device does not delay the others; what it read is processed (alarms, archives, recording,
 * replication) on a thread of its own per driver, so a moment of slow processing never makes the poll late: with a
 * live device a slot that is not read while it runs is gone. A subscribed device's driver hands over every change
 * that arrived since its previous read ({@link Driver#readChanges}); each is published, in the order of the source
 * times. A new value is published when its source time, quality or data differ from the current one; a driver that fails a read turns its variables INVALID until it answers again.
 * {@link DriverHealth} hears of each loss and each recovery of a driver once, not once per variable or poll.
 */
public final class ProcessImage implements VariableAccess {

	/** Told when a driver's reads start failing (with the driver's reason) and when one succeeds again. */
	public interface DriverHealth {
		void lost(String driver, String reason, long time);

		void regained(String driver, long time);

		/**
		 * The poll of a driver that answers only for the present (a live device) came late: the slots
		 * {@code firstSlot} to {@code lastSlot} (slot starts, every {@code rateMillis}) were not read and are gone.
		 * Told on the processing thread, in order with the readings; {@code time} is the late poll's.
		 */
		default void skipped(String driver, long rateMillis, long firstSlot, long lastSlot, long time) {
		}
	}

	private static final System.Logger LOG = System.getLogger(ProcessImage.class.getName());

	private final Map<String, Integer> index = new HashMap<>();
	private final VariableDefinition[] definitions;
	private final Value[] current;
	private final Map<String, Driver> drivers;
	private final Map<String, List<PollGroup>> groupsByDriver = new LinkedHashMap<>();
	private final List<ValueListener> allListeners = new CopyOnWriteArrayList<>();
	private final List<List<ValueListener>> listeners = new ArrayList<>();
	private final LongSupplier clock;
	private final List<Thread> pollers = new ArrayList<>();
	/** Readings waiting for processing, per driver: bounded, so a processing that cannot keep up slows the poll. */
	static final int PENDING_READINGS = 10_000;

	/**
	 * One read of a poll group: per variable the values read (oldest first), or why the driver failed; and the first
	 * slot this poll came too late for ({@link #NONE_SKIPPED}: none).
	 */
	private record Reading(PollGroup group, long time, List<List<Value>> values, Exception failure, long skippedFrom) {
	}

	private static final long NONE_SKIPPED = Long.MIN_VALUE;
	private final Set<String> lostDrivers = ConcurrentHashMap.newKeySet();
	private volatile DriverHealth health;
	private volatile boolean running;
	/** When a late read was last logged (processing threads only; a rough bound on the log is enough). */
	private volatile long lastLateReadLog = Long.MIN_VALUE / 2;
	/** When a poll that skipped slots was last logged (as above). */
	private volatile long lastSkipLog = Long.MIN_VALUE / 2;

	public ProcessImage(List<VariableDefinition> variables, Map<String, Driver> drivers, LongSupplier clock) {
		this.definitions = variables.toArray(VariableDefinition[]::new);
		this.current = new Value[definitions.length];
		this.drivers = Map.copyOf(drivers);
		this.clock = clock;
		Map<String, Map<Long, List<Integer>>> grouping = new LinkedHashMap<>();
		for (int i = 0; i < definitions.length; i++) {
			VariableDefinition v = definitions[i];
			if (!drivers.containsKey(v.driver())) {
				throw new IllegalArgumentException("variable " + v.name() + " uses driver " + v.driver()
						+ ", which this node has not created");
			}
			index.put(v.name(), i);
			current[i] = new Value(null, Quality.UNCERTAIN, 0);
			listeners.add(new CopyOnWriteArrayList<>());
			grouping.computeIfAbsent(v.driver(), d -> new LinkedHashMap<>())
					.computeIfAbsent(v.rateMillis(), r -> new ArrayList<>()).add(i);
		}
		grouping.forEach((driver, byRate) -> byRate.forEach((rate, members) -> groupsByDriver
				.computeIfAbsent(driver, d -> new ArrayList<>()).add(group(driver, rate, members))));
	}

	private PollGroup group(String driver, long rate, List<Integer> members) {
		List<DriverTag> tags = members.stream().map(i -> definitions[i].tag()).toList();
		return new PollGroup(driver, rate, tags, members.stream().mapToInt(Integer::intValue).toArray());
	}

	/** Where losses and recoveries of drivers are reported (the node records them in the CEL). */
	public void onDriverHealth(DriverHealth health) {
		this.health = health;
	}

	/** Starts one poll thread and one processing thread per driver. */
	public synchronized void start() {
		running = true;
		for (Map.Entry<String, List<PollGroup>> e : groupsByDriver.entrySet()) {
			BlockingQueue<Reading> readings = new ArrayBlockingQueue<>(PENDING_READINGS);
			Thread poll = new Thread(() -> pollLoop(e.getKey(), e.getValue(), readings), "poll " + e.getKey());
			Thread process = new Thread(() -> processLoop(readings), "process " + e.getKey());
			for (Thread t : List.of(process, poll)) {
				t.setDaemon(true);
				pollers.add(t);
				t.start();
			}
		}
	}

	/** Stops polling and waits for the threads to finish their current poll and to process what was read. */
	public synchronized void stop() throws InterruptedException {
		running = false;
		for (Thread t : pollers) {
			t.join(5_000);
		}
		pollers.clear();
	}

	private void processLoop(BlockingQueue<Reading> readings) {
		try {
			while (running || !readings.isEmpty()) {
				Reading r = readings.poll(200, TimeUnit.MILLISECONDS);
				if (r != null) {
					try {
						apply(r);
					} catch (RuntimeException e) { // a failure downstream (e.g. the history) must not end processing
						LOG.log(Level.ERROR, "processing values of driver " + r.group().driver() + " failed: "
								+ e.getMessage(), e);
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void pollLoop(String driver, List<PollGroup> groups, BlockingQueue<Reading> readings) {
		long[] due = new long[groups.size()];
		long[] lastSlot = new long[groups.size()];
		Arrays.fill(lastSlot, Long.MIN_VALUE);
		boolean catchUp = drivers.get(driver).readsPastSlots();
		boolean losesLatePolls = drivers.get(driver).losesLatePolls();
		while (running) {
			long now = clock.getAsLong();
			long next = Long.MAX_VALUE;
			for (int g = 0; g < groups.size(); g++) {
				if (now >= due[g]) {
					PollGroup group = groups.get(g);
					long skippedFrom = losesLatePolls && lastSlot[g] != Long.MIN_VALUE
							&& group.slotOf(now) - lastSlot[g] > group.rateMillis() ? lastSlot[g] + group.rateMillis()
									: NONE_SKIPPED;
					for (long at : group.pollTimes(lastSlot[g], now, catchUp)) {
						try {
							readings.put(read(group, at, skippedFrom));
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
							return;
						}
					}
					lastSlot[g] = group.slotOf(now);
					due[g] = group.nextDue(now);
				}
				next = Math.min(next, due[g]);
			}
			long sleep = next - clock.getAsLong();
			if (sleep > 0) {
				try {
					// short naps, so stop() is noticed without interrupting a thread that may be appending
					Thread.sleep(Math.min(sleep, 200));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Polls every group of every driver once, as at time {@code now}; for tests and single-threaded use. */
	public void pollAll(long now) {
		groupsByDriver.values().forEach(groups -> groups.forEach(g -> apply(read(g, now, NONE_SKIPPED))));
	}

	private Reading read(PollGroup group, long now, long skippedFrom) {
		try {
			return new Reading(group, now, drivers.get(group.driver()).readChanges(group.tags(), now), null,
					skippedFrom);
		} catch (DriverException | RuntimeException e) {
			return new Reading(group, now, null, e, skippedFrom);
		}
	}

	private void apply(Reading r) {
		PollGroup group = r.group();
		DriverHealth h = health;
		if (r.skippedFrom() != NONE_SKIPPED) {
			long lastSkipped = group.slotOf(r.time()) - group.rateMillis();
			if (h != null) {
				h.skipped(group.driver(), group.rateMillis(), r.skippedFrom(), lastSkipped, r.time());
			}
			long now = clock.getAsLong();
			if (now - lastSkipLog >= 10_000) { // in the node's log too (an overloaded machine), but not at every poll
				lastSkipLog = now;
				LOG.log(Level.WARNING, "driver {0}: the poll due at {1} ran {2} ms late; {3} slot(s) of {4} ms not read"
						+ " (the device answers only for the present)", group.driver(),
						java.time.Instant.ofEpochMilli(r.skippedFrom()), r.time() - r.skippedFrom(),
						(lastSkipped - r.skippedFrom()) / group.rateMillis() + 1, group.rateMillis());
			}
		}
		if (r.failure() != null) {
			Exception e = r.failure();
			markLost(group, r.time(), e);
			if (lostDrivers.add(group.driver()) && h != null) {
				h.lost(group.driver(), e.getMessage() == null ? e.toString() : e.getMessage(), r.time());
			}
			return;
		}
		if (lostDrivers.remove(group.driver()) && h != null) {
			h.regained(group.driver(), r.time());
		}
		int[] indices = group.indices();
		List<List<Value>> values = r.values();
		if (values.stream().allMatch(changes -> changes.size() == 1)) {
			for (int k = 0; k < indices.length; k++) {
				update(indices[k], values.get(k).get(0));
			}
		} else { // every change, in the order of their source times (alarms and archives see each)
			List<int[]> all = new ArrayList<>(); // (variable, change)
			for (int k = 0; k < indices.length; k++) {
				for (int c = 0; c < values.get(k).size(); c++) {
					all.add(new int[] { k, c });
				}
			}
			all.sort(java.util.Comparator.comparingLong(kc -> values.get(kc[0]).get(kc[1]).sourceTime()));
			for (int[] kc : all) {
				update(indices[kc[0]], values.get(kc[0]).get(kc[1]));
			}
			long now = clock.getAsLong();
			if (now - lastLateReadLog >= 10_000) { // a late poll is worth knowing of, but not at every poll
				lastLateReadLog = now;
				LOG.log(Level.INFO, "driver {0}: a read at {1} brought {2} values, several changes of a variable among them, that arrived"
						+ " since the previous read (a late poll); each is processed", group.driver(),
						java.time.Instant.ofEpochMilli(r.time()), all.size());
			}
		}
	}

	private void markLost(PollGroup group, long now, Exception e) {
		boolean first = false;
		for (int i : group.indices()) {
			if (current[i].quality() != Quality.INVALID) {
				first = true;
				update(i, Value.invalid(now));
			}
		}
		if (first) {
			LOG.log(Level.WARNING, "driver " + group.driver() + " lost: " + e.getMessage(), e);
		}
	}

	private void update(int i, Value value) {
		Value old = current[i];
		if (old.sourceTime() == value.sourceTime() && old.quality() == value.quality()
				&& Objects.equals(old.data(), value.data())) {
			return;
		}
		current[i] = value;
		String name = definitions[i].name();
		for (ValueListener l : allListeners) {
			l.valueChanged(name, value);
		}
		for (ValueListener l : listeners.get(i)) {
			l.valueChanged(name, value);
		}
	}

	/** Writes a value to the field through the variable's driver. */
	public void write(String variable, Object value, long time) throws DriverException {
		VariableDefinition v = definition(variable)
				.orElseThrow(() -> new DriverException("unknown variable " + variable));
		drivers.get(v.driver()).write(v.tag(), value, time);
	}

	public Optional<VariableDefinition> definition(String variable) {
		Integer i = index.get(variable);
		return i == null ? Optional.empty() : Optional.of(definitions[i]);
	}

	@Override
	public Set<String> variableNames() {
		return new LinkedHashSet<>(index.keySet());
	}

	@Override
	public Optional<Value> read(String variable) {
		Integer i = index.get(variable);
		return i == null ? Optional.empty() : Optional.of(current[i]);
	}

	@Override
	public Subscription subscribe(String variable, ValueListener listener) {
		Integer i = index.get(variable);
		if (i == null) {
			throw new IllegalArgumentException("cannot subscribe to unknown variable " + variable);
		}
		List<ValueListener> own = listeners.get(i);
		own.add(listener);
		return () -> own.remove(listener);
	}

	@Override
	public Subscription subscribeAll(ValueListener listener) {
		allListeners.add(listener);
		return () -> allListeners.remove(listener);
	}
}
