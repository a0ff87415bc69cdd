package tandem.runtime.redundancy;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import tandem.runtime.api.Value;
import tandem.runtime.api.ValueListener;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.core.alarm.ActiveAlarm;
import tandem.runtime.core.alarm.AlarmEngine;
import tandem.runtime.core.alarm.AlarmShelf;

/**
 * Publishes what operator stations show, while this node serves: changed values batched every interval (one
 * message instead of one per change), the active alarm list and the shelved alarms when they changed, and every
 * {@code fullEvery} a full
 * snapshot with the server's status, so a station that subscribed a moment ago (or after a failover) has every
 * value within a second without the server tracking subscriptions.
 */
final class ValuePublisher implements ValueListener {

	private static final System.Logger LOG = System.getLogger(ValuePublisher.class.getName());

	private final Supplier<ClusterMember> member;
	private final AlarmEngine alarms;
	private final LongSupplier clock;
	private final long intervalMillis;
	private final long fullEveryMillis;
	private final Supplier<Publication.ServerStatus> status;
	private final Map<String, Value> latest = new LinkedHashMap<>();
	private final Map<String, Value> changed = new LinkedHashMap<>();
	private final ScheduledExecutorService timer;
	private final AlarmShelf shelf;
	private final Runnable everyTick;
	private List<AlarmState> lastAlarms = List.of();
	private List<AlarmShelving> lastShelved = List.of();
	private long lastFull;

	/** @param everyTick runs on each tick while this node serves, before the publication (shelving expiry) */
	ValuePublisher(String node, Supplier<ClusterMember> member, AlarmEngine alarms, AlarmShelf shelf,
			LongSupplier clock, long intervalMillis, Supplier<Publication.ServerStatus> status, Runnable everyTick) {
		this.member = member;
		this.alarms = alarms;
		this.shelf = shelf;
		this.everyTick = everyTick;
		this.clock = clock;
		this.intervalMillis = intervalMillis;
		this.fullEveryMillis = Math.max(1000, intervalMillis * 4);
		this.status = status;
		this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "tandem-publisher-" + node);
			t.setDaemon(true);
			return t;
		});
	}

	void start() {
		timer.scheduleWithFixedDelay(this::publishSafely, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
	}

	void stop() {
		timer.shutdownNow();
	}

	@Override
	public synchronized void valueChanged(String variable, Value value) {
		latest.put(variable, value);
		changed.put(variable, value);
	}

	/** The outcome of an operator action goes to the stations at once, ahead of its confirmation. */
	void outcome(OperatorAction action) {
		ClusterMember m = member.get();
		if (m != null) {
			m.publish(List.of(Publication.of(new Publication.ActionOutcome(action), clock.getAsLong())));
		}
	}

	private void publishSafely() {
		try {
			publish();
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, "publishing values failed: " + e.getMessage(), e);
		}
	}

	private void publish() {
		ClusterMember m = member.get();
		long now = clock.getAsLong();
		boolean serving = m != null && m.role() == MemberRole.SERVER;
		boolean full = now - lastFull >= fullEveryMillis;
		Map<String, Value> values;
		synchronized (this) {
			values = new LinkedHashMap<>(full ? latest : changed);
			changed.clear();
		}
		if (!serving) {
			return;
		}
		everyTick.run();
		List<ReplicatedFact> batch = new ArrayList<>(values.size() + 3);
		values.forEach((v, value) -> batch.add(Publication.of(new Publication.ValueChanged(v, value), now)));
		List<AlarmState> active = alarmStates();
		if (full || !active.equals(lastAlarms)) {
			lastAlarms = active;
			batch.add(Publication.of(new Publication.ActiveAlarms(active), now));
		}
		List<AlarmShelving> shelved = shelf.all();
		if (full || !shelved.equals(lastShelved)) {
			lastShelved = shelved;
			batch.add(Publication.of(new Publication.ShelvedAlarms(shelved), now));
		}
		if (full) {
			lastFull = now;
			batch.add(Publication.of(status.get(), now));
		}
		if (!batch.isEmpty()) {
			m.publish(batch);
		}
	}

	private List<AlarmState> alarmStates() {
		List<AlarmState> out = new ArrayList<>();
		for (ActiveAlarm a : alarms.active()) {
			out.add(new AlarmState(a.occurrenceKey(), a.alarm(), a.variable(), a.raiseTime(), a.priority(), a.text(),
					a.acknowledged(), a.cleared()));
		}
		return out;
	}
}
