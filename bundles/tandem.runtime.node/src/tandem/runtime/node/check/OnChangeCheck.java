package tandem.runtime.node.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriver;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * Judges the samples of on-change archives. Which changes such an archive records depends on where its chain of
 * recorded values started, so the truth is derived along the node's own chain: walking every poll slot of the window
 * with the plant's value, a slot must be recorded exactly when its value differs by more than the deadband from the
 * last value recorded before it (the last one before the window, from the history). A slot that should be recorded
 * and is not is lost; a recorded one that should not be is unexpected; a recorded value other than the plant's is
 * wrong. Variables that a cyclic or event archive also records are left to those (their samples are not the
 * on-change archive's alone).
 */
final class OnChangeCheck {

	private record Judged(String variable, DriverTag tag, double deadband) {
	}

	private final SimulatorDriver plant;
	private final List<Judged> judged = new ArrayList<>();

	OnChangeCheck(RuntimeConfiguration configuration, SimulatorDriver plant) {
		this.plant = plant;
		Map<String, VariableDefinition> variables = configuration.variablesByName();
		Set<String> recordedOtherwise = new java.util.HashSet<>();
		Map<String, Double> deadbands = new LinkedHashMap<>();
		for (ArchiveDefinition a : configuration.archives()) {
			for (String v : a.variables()) {
				if (a.mode() == ArchiveDefinition.Mode.ON_CHANGE) {
					deadbands.merge(v, a.deadband(), Math::min);
				} else {
					recordedOtherwise.add(v);
				}
			}
		}
		deadbands.forEach((name, deadband) -> {
			VariableDefinition v = variables.get(name);
			if (v != null && !recordedOtherwise.contains(name) && GroundTruth.isSimulated(configuration, v)) {
				judged.add(new Judged(name, v.tag(), deadband));
			}
		});
	}

	int variables() {
		return judged.size();
	}

	void judge(HistoryQueries history, long from, long to, NodeVerdict verdict) {
		judge(history, from, to, verdict, (variable, slot) -> false);
	}

	/**
	 * As above; a slot that no node read ({@code unpolled}) and that the history lacks is not judged, and the chain
	 * goes on from the value before it (no node saw that value).
	 */
	void judge(HistoryQueries history, long from, long to, NodeVerdict verdict,
			java.util.function.BiPredicate<String, Long> unpolled) {
		for (Judged j : judged) {
			List<ArchiveSample> before = history.samples(j.variable(), from - 86_400_000L, from);
			Double last = before.isEmpty() ? null : before.get(before.size() - 1).value();
			long lastAt = before.isEmpty() ? Long.MIN_VALUE : before.get(before.size() - 1).sourceTime();
			TreeMap<Long, ArchiveSample> recorded = new TreeMap<>();
			history.samples(j.variable(), from, to + 1).forEach(s -> recorded.put(s.sourceTime(), s));
			long rate = j.tag().rateMillis();
			for (long slot = Math.floorDiv(from + rate - 1, rate) * rate; slot <= to; slot += rate) {
				double value = new Value(plant.valueAt(j.tag(), slot), Quality.GOOD, slot).asDouble();
				ArchiveSample got = recorded.remove(slot);
				if (got == null && unpolled.test(j.variable(), slot)) {
					continue;
				}
				boolean wanted = last == null ? got != null : Math.abs(value - last) > j.deadband();
				String key = j.variable() + "@" + java.time.Instant.ofEpochMilli(slot);
				if (wanted && got == null) {
					verdict.onChangeLost++;
					verdict.example("lost on-change sample:" + key);
				} else if (!wanted && got != null) {
					verdict.onChangeUnexpected++;
					verdict.example("unexpected on-change sample:" + key + " (" + got.value() + ", last recorded "
							+ last + (lastAt == Long.MIN_VALUE ? "" : " at " + java.time.Instant.ofEpochMilli(lastAt))
							+ ", deadband " + j.deadband() + ")");
				} else if (got != null && !NodeVerdict.same(value, got.value())) {
					verdict.onChangeWrongValue++;
					verdict.example("wrong on-change value " + key + ": " + got.value() + " instead of " + value);
				}
				if (wanted || got != null) {
					last = got != null ? got.value() : value;
					lastAt = slot;
				}
				verdict.onChangeExpected += wanted ? 1 : 0;
			}
			for (ArchiveSample off : recorded.values()) { // not at a slot start: no poll could have produced it
				verdict.onChangeUnexpected++;
				verdict.example("unexpected on-change sample " + off.key() + " between poll slots");
			}
		}
	}
}
