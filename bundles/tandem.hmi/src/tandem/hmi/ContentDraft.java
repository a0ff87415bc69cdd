package tandem.hmi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tandem.hmi.ElementLook.AlarmLine;
import tandem.hmi.ElementLook.AlarmLines;
import tandem.hmi.ElementLook.Content;
import tandem.hmi.ElementLook.EventLines;
import tandem.hmi.ElementLook.TrendLine;
import tandem.hmi.ElementLook.TrendLines;
import tandem.hmi.PlantSnapshot.StationEvent;
import tandem.model.AlarmList;
import tandem.model.CelList;
import tandem.model.ScreenElement;
import tandem.model.Trend;
import tandem.model.Variable;
import tandem.runtime.api.client.AlarmState;

/** The rows of alarm and event lists and the lines of trends, as their elements show them now. */
final class ContentDraft {

	/** Trend line colours: distinct, readable on white, none of them alarm red. */
	static final List<Colour> TREND_COLOURS = List.of(new Colour(0x1F, 0x5F, 0xA8), new Colour(0x2E, 0x8B, 0x57),
			new Colour(0x8B, 0x45, 0x13), new Colour(0x6A, 0x3D, 0x9A), new Colour(0x00, 0x80, 0x80));

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private final ScreenElement e;
	private final PlantSnapshot snapshot;
	private final AlarmIndex alarms;
	private final ZoneId zone;
	private final long nowMs;

	ContentDraft(ScreenElement e, PlantSnapshot snapshot, AlarmIndex alarms, ZoneId zone, long nowMs) {
		this.e = e;
		this.snapshot = snapshot;
		this.alarms = alarms;
		this.zone = zone;
		this.nowMs = nowMs;
	}

	Content content(ElementKind kind) {
		return switch (kind) {
		case ALARM_LIST -> alarmLines((AlarmList) e);
		case CEL_LIST -> eventLines((CelList) e);
		case TREND -> trendLines((Trend) e);
		default -> null;
		};
	}

	private AlarmLines alarmLines(AlarmList list) {
		List<AlarmState> shown = snapshot.alarms().stream().filter(a -> alarms.inGroup(a, list.getGroup())).toList();
		int max = list.getMaxRows() > 0 ? list.getMaxRows() : shown.size();
		List<AlarmLine> rows = new ArrayList<>();
		for (AlarmState a : shown.subList(0, Math.min(max, shown.size()))) {
			AlarmIndex.Look look = alarms.look(a.alarm());
			Colour back = a.cleared() ? look.inactive() : a.acknowledged() ? look.acknowledged() : look.active();
			String state = a.cleared() ? "cleared, not acknowledged" : a.acknowledged() ? "acknowledged" : "active";
			rows.add(new AlarmLine(time(a.raiseTime()), a.text(), state, back, look.text(), !a.acknowledged()));
		}
		return new AlarmLines(rows, shown.size());
	}

	private EventLines eventLines(CelList list) {
		int max = list.getMaxRows() > 0 ? list.getMaxRows() : Integer.MAX_VALUE;
		List<String> rows = new ArrayList<>();
		for (StationEvent event : snapshot.events()) {
			if (rows.size() >= max) {
				break;
			}
			rows.add(time(event.time()) + "  " + event.text());
		}
		return new EventLines(rows);
	}

	private TrendLines trendLines(Trend trend) {
		long from = nowMs - Math.max(1, trend.getTimeSpanS()) * 1000L;
		List<TrendLine> lines = new ArrayList<>();
		int i = 0;
		for (Variable v : trend.getVariables()) {
			List<TrendHistory.Sample> samples = snapshot.trends().since(v.getName(), from);
			double min = v.getRangeMin() != null ? v.getRangeMin() : 0;
			double max = v.getRangeMax() != null ? v.getRangeMax() : 1;
			lines.add(new TrendLine(v.getName(), v.getUnit() == null ? "" : v.getUnit(),
					TREND_COLOURS.get(i++ % TREND_COLOURS.size()), min, max > min ? max : min + 1, samples));
		}
		return new TrendLines(from, nowMs, lines);
	}

	private String time(long epochMs) {
		return TIME.format(Instant.ofEpochMilli(epochMs).atZone(zone));
	}
}
