package tandem.runtime.api.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tandem.runtime.api.Quality;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;

/**
 * History questions and answers as bytes for the cluster. A reader checks every count and code against what is left,
 * so a malformed message ends in an IOException naming what is wrong, never in a huge allocation or a half-read
 * answer.
 */
public final class HistoryWire {

	private static final int TREND = 1;
	private static final int CEL = 2;
	private static final int ALARMS = 3;

	private HistoryWire() {
	}

	private interface Body {
		void write(DataOutputStream out) throws IOException;
	}

	private static byte[] bytes(Body b) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			b.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot serialize a history message", e);
		}
		return bytes.toByteArray();
	}

	// ---- questions ----

	public static byte[] question(Object q) {
		return bytes(out -> {
			if (q instanceof TrendQuery t) {
				out.writeByte(TREND);
				out.writeUTF(t.variable());
				out.writeLong(t.from());
				out.writeLong(t.to());
				out.writeInt(t.columns());
				out.writeLong(t.maxGapMs());
			} else if (q instanceof CelFilter f) {
				out.writeByte(CEL);
				out.writeLong(f.from());
				out.writeLong(f.to());
				int mask = 0;
				for (CelFilter.Category c : f.categories()) {
					mask |= 1 << c.ordinal();
				}
				out.writeByte(mask);
				out.writeUTF(f.user());
				out.writeUTF(f.subject());
				out.writeUTF(f.text());
				out.writeLong(f.beforeTime());
				out.writeUTF(f.beforeKey());
				out.writeInt(f.pageSize());
			} else if (q instanceof AlarmHistoryQuery a) {
				out.writeByte(ALARMS);
				out.writeLong(a.from());
				out.writeLong(a.to());
				out.writeLong(a.beforeTime());
				out.writeUTF(a.beforeAlarm());
				out.writeInt(a.pageSize());
			} else {
				throw new IllegalArgumentException("not a history question: " + q);
			}
		});
	}

	/** A {@link TrendQuery}, {@link CelFilter} or {@link AlarmHistoryQuery}. */
	public static Object question(byte[] payload) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
		int kind = in.readByte();
		try {
			switch (kind) {
			case TREND:
				return new TrendQuery(in.readUTF(), in.readLong(), in.readLong(), in.readInt(), in.readLong());
			case CEL: {
				long from = in.readLong();
				long to = in.readLong();
				int mask = in.readByte() & 0xff;
				Set<CelFilter.Category> categories = EnumSet.noneOf(CelFilter.Category.class);
				for (CelFilter.Category c : CelFilter.Category.values()) {
					if ((mask & 1 << c.ordinal()) != 0) {
						categories.add(c);
					}
				}
				return new CelFilter(from, to, categories, in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(),
						in.readUTF(), in.readInt());
			}
			case ALARMS:
				return new AlarmHistoryQuery(in.readLong(), in.readLong(), in.readLong(), in.readUTF(), in.readInt());
			default:
				throw new IOException("unknown history question kind " + kind);
			}
		} catch (IllegalArgumentException e) {
			throw new IOException("history question out of bounds: " + e.getMessage(), e);
		}
	}

	// ---- answers ----

	public static byte[] answer(TrendSeries s) {
		return bytes(out -> {
			out.writeLong(s.samples());
			out.writeLong(s.beforeTime());
			out.writeDouble(s.before());
			out.writeInt(s.columns().size());
			for (TrendColumn c : s.columns()) {
				out.writeLong(c.firstTime());
				out.writeDouble(c.first());
				out.writeLong(c.lastTime());
				out.writeDouble(c.last());
				out.writeLong(c.minTime());
				out.writeDouble(c.min());
				out.writeLong(c.maxTime());
				out.writeDouble(c.max());
				out.writeInt(c.count());
				out.writeByte(c.quality().code());
				out.writeBoolean(c.gapAfter());
			}
			out.writeInt(s.gaps().size());
			for (TrendGap g : s.gaps()) {
				out.writeLong(g.from());
				out.writeLong(g.to());
				out.writeByte(g.quality() == null ? -1 : g.quality().code());
			}
		});
	}

	public static TrendSeries trend(TrendQuery q, byte[] payload) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
		long samples = in.readLong();
		long beforeTime = in.readLong();
		double before = in.readDouble();
		int n = count(in, 66, "trend columns");
		List<TrendColumn> columns = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			columns.add(new TrendColumn(in.readLong(), in.readDouble(), in.readLong(), in.readDouble(), in.readLong(),
					in.readDouble(), in.readLong(), in.readDouble(), in.readInt(), quality(in.readByte()),
					in.readBoolean()));
		}
		int g = count(in, 17, "trend gaps");
		List<TrendGap> gaps = new ArrayList<>(g);
		for (int i = 0; i < g; i++) {
			long from = in.readLong();
			long to = in.readLong();
			int code = in.readByte();
			gaps.add(new TrendGap(from, to, code < 0 ? null : quality(code)));
		}
		return new TrendSeries(q, columns, gaps, samples, beforeTime, before);
	}

	public static byte[] answer(CelPage p) {
		return bytes(out -> {
			out.writeBoolean(p.more());
			out.writeUTF(p.node());
			out.writeInt(p.entries().size());
			for (CelEntry e : p.entries()) {
				out.writeUTF(e.key());
				out.writeLong(e.time());
				out.writeByte(e.category().ordinal());
				out.writeUTF(e.source());
				out.writeUTF(e.user());
				out.writeUTF(clip(e.text()));
			}
			for (CelEntry e : p.entries()) { // after the entries, so a reader from before the node was kept stops before
				out.writeUTF(e.node());
			}
		});
	}

	public static CelPage cel(byte[] payload) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
		boolean more = in.readBoolean();
		String node = in.readUTF();
		int n = count(in, 17, "CEL entries");
		List<CelEntry> entries = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			String key = in.readUTF();
			long time = in.readLong();
			int category = in.readByte();
			if (category < 0 || category >= CelCategory.values().length) {
				throw new IOException("unknown CEL category code " + category);
			}
			entries.add(new CelEntry(key, time, CelCategory.values()[category], in.readUTF(), in.readUTF(),
					in.readUTF()));
		}
		if (in.available() > 0) { // the recording nodes (a server from before the node was kept sends none)
			for (int i = 0; i < n; i++) {
				CelEntry e = entries.get(i);
				entries.set(i, new CelEntry(e.key(), e.time(), e.category(), e.source(), e.user(), e.text(), in.readUTF()));
			}
		}
		return new CelPage(entries, more, node);
	}

	public static byte[] answer(AlarmHistory h) {
		return bytes(out -> {
			out.writeBoolean(h.more());
			out.writeUTF(h.node());
			out.writeInt(h.occurrences().size());
			for (AlarmOccurrence a : h.occurrences()) {
				out.writeUTF(a.alarm());
				out.writeLong(a.raiseTime());
				out.writeInt(a.priority());
				out.writeUTF(clip(a.text()));
				out.writeLong(a.ackTime() == null ? Long.MIN_VALUE : a.ackTime());
				out.writeUTF(a.ackUser());
				out.writeLong(a.clearTime() == null ? Long.MIN_VALUE : a.clearTime());
			}
		});
	}

	public static AlarmHistory alarms(byte[] payload) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
		boolean more = in.readBoolean();
		String node = in.readUTF();
		int n = count(in, 34, "alarm occurrences");
		List<AlarmOccurrence> list = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			String alarm = in.readUTF();
			long raise = in.readLong();
			int priority = in.readInt();
			String text = in.readUTF();
			long ack = in.readLong();
			String user = in.readUTF();
			long clear = in.readLong();
			list.add(new AlarmOccurrence(alarm, raise, priority, text, ack == Long.MIN_VALUE ? null : ack, user,
					clear == Long.MIN_VALUE ? null : clear));
		}
		return new AlarmHistory(list, more, node);
	}

	private static String clip(String s) { // writeUTF takes at most 65,535 bytes
		return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
	}

	private static Quality quality(int code) throws IOException {
		try {
			return Quality.ofCode(code);
		} catch (IllegalArgumentException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static int count(DataInputStream in, int minBytesEach, String what) throws IOException {
		int n = in.readInt();
		if (n < 0 || (long) n * minBytesEach > in.available()) {
			throw new IOException("malformed history answer: " + n + " " + what + " in " + in.available()
					+ " bytes");
		}
		return n;
	}
}
