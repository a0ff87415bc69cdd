package tandem.runtime.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Subscription;
import tandem.runtime.api.Value;
import tandem.runtime.api.ValueListener;
import tandem.runtime.api.VariableAccess;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.ArchiveDefinition.Mode;

class ArchiveRecorderTest {

	private final List<ArchiveSample> samples = new ArrayList<>();
	private final Map<String, Value> current = new java.util.HashMap<>();

	private final VariableAccess image = new VariableAccess() {
		@Override
		public Set<String> variableNames() {
			return current.keySet();
		}

		@Override
		public Optional<Value> read(String variable) {
			return Optional.ofNullable(current.get(variable));
		}

		@Override
		public Subscription subscribe(String variable, ValueListener listener) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Subscription subscribeAll(ValueListener listener) {
			throw new UnsupportedOperationException();
		}
	};

	private ArchiveRecorder recorder(ArchiveDefinition a) {
		return new ArchiveRecorder(List.of(a), image, samples::add);
	}

	private void feed(ArchiveRecorder r, String variable, long time, Object data) {
		Value v = Value.good(data, time);
		current.put(variable, v);
		r.valueChanged(variable, v);
	}

	private List<Long> times() {
		return samples.stream().map(ArchiveSample::sourceTime).toList();
	}

	@Test
	void aCyclicArchiveRecordsTheFirstValueOfEachPeriod() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Hourly", Mode.CYCLIC, List.of("Flow"), 1000, 0, null, 0));
		for (long t = 0; t < 3000; t += 100) {
			feed(r, "Flow", 10_000 + t, (double) t);
		}
		assertEquals(List.of(10_000L, 11_000L, 12_000L), times());
	}

	@Test
	void anOnChangeArchiveRecordsOnlyChangesBeyondTheDeadbandAndQualityChanges() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Levels", Mode.ON_CHANGE, List.of("Level"), 1, 0.5, null, 0));
		feed(r, "Level", 1000, 10.0);
		feed(r, "Level", 1100, 10.4);
		feed(r, "Level", 1200, 10.6);
		feed(r, "Level", 1300, 10.2);
		Value bad = new Value(10.2, Quality.BAD, 1400);
		r.valueChanged("Level", bad);
		assertEquals(List.of(1000L, 1200L, 1400L), times());
		assertEquals(Quality.BAD, samples.get(2).quality());
	}

	@Test
	void aStandbysOnChangeArchiveContinuesTheChainTheServerRecordedNotItsOwn() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Levels", Mode.ON_CHANGE, List.of("Level"), 1, 0.5, null, 0));
		feed(r, "Level", 5000, 10.4); // this node started late: its own chain begins here
		r.follow(new ArchiveSample("Level", 1000, 10.0, Quality.GOOD)); // the server's last change, from before
		feed(r, "Level", 5100, 10.45);
		feed(r, "Level", 5200, 10.6);
		assertEquals(List.of(5000L, 5200L), times(), "10.6 is a change against the server's 10.0, not its own 10.4");
	}

	@Test
	void anOwnSampleThatArrivesBackFromTheHistoryLateDoesNotTakeTheChainBack() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Levels", Mode.ON_CHANGE, List.of("Level"), 1, 0.05, null, 0));
		feed(r, "Level", 1000, 13.60);
		feed(r, "Level", 1100, 13.70); // recorded: beyond the deadband of 13.60
		assertTrue(r.follow(new ArchiveSample("Level", 1000, 13.60, Quality.GOOD)).agrees(),
				"the history holds this node's own 13.60, late (replication lag or a node just promoted)");
		feed(r, "Level", 1200, 13.71);
		assertEquals(List.of(1000L, 1100L), times(), "13.71 is within the deadband of 13.70, the chain's last");
	}

	@Test
	void aStandbyWhoseChainWentAnotherWayReplaysItsValuesAgainstTheRecordedSample() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Levels", Mode.ON_CHANGE, List.of("Level"), 1, 0.5, null, 0));
		feed(r, "Level", 1100, 10.4); // started late: its own chain begins at 10.4
		feed(r, "Level", 1200, 10.7);
		feed(r, "Level", 1300, 11.0); // 0.6 beyond its own 10.4
		assertEquals(List.of(1100L, 1300L), times());
		ArchiveRecorder.Followed f = r.follow(new ArchiveSample("Level", 1000, 10.0, Quality.GOOD));
		assertEquals(java.util.Set.of(1100L, 1300L), f.wrongTimes(), "against 10.0 neither 10.4 nor 11.0 is a change");
		assertEquals(List.of(new ArchiveSample("Level", 1200, 10.7, Quality.GOOD)), f.missing(),
				"10.7 is 0.7 beyond the recorded 10.0: the history's chain takes it, so this node must hold it too");
		feed(r, "Level", 1400, 11.25);
		assertEquals(List.of(1100L, 1300L, 1400L), times(), "11.25 is a change against 10.7, the replayed chain's last");
	}

	@Test
	void aChainThatAgreesWithTheRecordedSampleChangesNothing() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Levels", Mode.ON_CHANGE, List.of("Level"), 1, 0.5, null, 0));
		feed(r, "Level", 1000, 10.0);
		feed(r, "Level", 1100, 10.6);
		feed(r, "Level", 1200, 10.8);
		assertTrue(r.follow(new ArchiveSample("Level", 1000, 10.0, Quality.GOOD)).agrees());
		assertTrue(r.follow(new ArchiveSample("Level", 1100, 10.6, Quality.GOOD)).agrees());
	}

	@Test
	void aSlotTheServersPollMissedIsTakenFromTheStandbyAndTheChainReplayedWithIt() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Levels", Mode.ON_CHANGE, List.of("Level"), 1, 0.5, null, 0));
		feed(r, "Level", 1000, 10.0);
		// the poll of slot 1100 came too late (a live device answers only for now)
		feed(r, "Level", 1200, 10.3);
		feed(r, "Level", 1300, 11.2);
		assertEquals(List.of(1000L, 1300L), times());
		ArchiveRecorder.Followed f = r.missedHere(new ArchiveSample("Level", 1100, 10.6, Quality.GOOD));
		assertEquals(List.of(new ArchiveSample("Level", 1100, 10.6, Quality.GOOD)), f.missing(),
				"the standby's 10.6 at the missed slot is a change against 10.0");
		assertTrue(f.wrongTimes().isEmpty(), "11.2 is a change against 10.6 too");
		assertTrue(r.missedHere(new ArchiveSample("Level", 1200, 10.9, Quality.GOOD)).agrees(),
				"a slot this node evaluated itself keeps its own decision");
		feed(r, "Level", 1400, 11.5);
		assertEquals(List.of(1000L, 1300L), times(), "11.5 is within the deadband of 11.2");
	}

	@Test
	void aNodeRestartedInTheMiddleOfACyclicWindowDropsItsOwnSampleWhenTheServersArrives() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Cyclic", Mode.CYCLIC, List.of("Level"), 10_000, 0, null, 0));
		feed(r, "Level", 24_000, 10.4); // restarted at 24 s: its first value of the window 20..30 s
		assertEquals(30_000, r.follow(new ArchiveSample("Level", 20_000, 10.0, Quality.GOOD)).wrongUntil(),
				"the server recorded the window at 20 s: the own sample at 24 s is wrong until the window ends");
		feed(r, "Level", 26_000, 10.5);
		feed(r, "Level", 30_000, 10.6);
		assertEquals(List.of(24_000L, 30_000L), times(), "nothing more in the recorded window; the next one is new");
		assertTrue(r.follow(new ArchiveSample("Level", 30_000, 10.6, Quality.GOOD)).agrees(),
				"the server's sample of the next window is this node's own");
	}

	@Test
	void aCyclicWindowTheServerRecordedBeforeThisNodeSawItIsNotRecordedAgain() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Cyclic", Mode.CYCLIC, List.of("Level"), 10_000, 0, null, 0));
		assertTrue(r.follow(new ArchiveSample("Level", 20_000, 10.0, Quality.GOOD)).agrees());
		feed(r, "Level", 24_000, 10.4);
		feed(r, "Level", 31_000, 10.6);
		assertEquals(List.of(31_000L), times());
	}

	@Test
	void anEventArchiveRecordsItsVariablesWhenTheTriggerTurnsTrue() {
		ArchiveRecorder r = recorder(new ArchiveDefinition("Batch", Mode.EVENT, List.of("Temp", "Ph"), 1, 0,
				"BatchDone", 0));
		feed(r, "Temp", 1000, 20.5);
		feed(r, "Ph", 1000, 7.1);
		feed(r, "BatchDone", 1000, false);
		feed(r, "Temp", 1100, 21.0);
		assertEquals(0, samples.size());
		feed(r, "BatchDone", 1200, true);
		feed(r, "BatchDone", 1300, true);
		assertEquals(2, samples.size(), "one record per rising edge");
		assertEquals(new ArchiveSample("Temp", 1100, 21.0, Quality.GOOD), samples.get(0));
		feed(r, "BatchDone", 1400, false);
		feed(r, "Temp", 1450, 22.0);
		feed(r, "BatchDone", 1500, true);
		assertEquals(3, samples.size(), "Temp's new value; Ph's unchanged sample (Ph, 1000) is already recorded");
		assertEquals(new ArchiveSample("Temp", 1450, 22.0, Quality.GOOD), samples.get(2));
	}
}
