package tandem.runtime.redundancy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.history.AlarmHistory;
import tandem.runtime.api.history.AlarmHistoryQuery;
import tandem.runtime.api.history.AlarmOccurrence;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.CelPage;
import tandem.runtime.api.history.HistoryWire;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.cluster.QueryHandler;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.HistoryQueries;

/**
 * A node's answers to stations' history questions: trends decimated per pixel column in one streaming pass over the
 * samples, or over the history's minute and hour rollups where the columns are that wide ({@code
 * HistoryQueries#trend}), CEL pages newest first, alarm history. Reads on the history's bulk connection, so a long scan never
 * waits for, or holds up, the short lookups that recording and promotion make on the main one; the cluster runs it
 * on its query thread (see {@code QueryDesk}).
 */
final class HistoryDesk implements QueryHandler {

	/** How far back a trend looks for the value in force at its left edge (an on-change archive's last sample). */
	static final long LOOK_BACK_MS = 24 * 3600_000L;

	private final String node;
	private final Supplier<HistoryQueries> history;
	private final LongSupplier clock;

	HistoryDesk(String node, Supplier<HistoryQueries> history, LongSupplier clock) {
		this.node = node;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public byte[] answer(String fromNode, byte[] question) throws IOException {
		Object q;
		try {
			q = HistoryWire.question(question);
		} catch (IOException e) {
			throw new IllegalArgumentException("history question from " + fromNode + ": " + e.getMessage(), e);
		}
		if (q instanceof TrendQuery t) {
			return HistoryWire.answer(trend(t));
		}
		if (q instanceof CelFilter f) {
			return HistoryWire.answer(cel(f));
		}
		return HistoryWire.answer(alarms((AlarmHistoryQuery) q));
	}

	TrendSeries trend(TrendQuery q) {
		HistoryQueries h = history.get();
		TrendDecimation d = new TrendDecimation(q);
		h.sampleBefore(q.variable(), q.from(), LOOK_BACK_MS)
				.ifPresent(s -> d.before(s.sourceTime(), s.value(), s.quality()));
		h.trend(q, d);
		return d.finish(clock.getAsLong());
	}

	CelPage cel(CelFilter f) {
		List<CelEntry> rows = history.get().celPage(f, f.pageSize() + 1);
		boolean more = rows.size() > f.pageSize();
		return new CelPage(more ? rows.subList(0, f.pageSize()) : rows, more, node);
	}

	AlarmHistory alarms(AlarmHistoryQuery q) {
		List<AlarmRecord> rows = history.get().alarmPage(q.from(), q.to(), q.beforeTime(), q.beforeAlarm(),
				q.pageSize() + 1);
		boolean more = rows.size() > q.pageSize();
		List<AlarmOccurrence> out = new ArrayList<>(Math.min(rows.size(), q.pageSize()));
		for (AlarmRecord r : more ? rows.subList(0, q.pageSize()) : rows) {
			out.add(r.occurrence()); // merged twins are left out by the query: one condition is one alarm
		}
		return new AlarmHistory(out, more, node);
	}
}
