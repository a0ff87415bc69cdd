package tandem.runtime.redundancy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import tandem.runtime.api.Quality;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.CelPage;
import tandem.runtime.api.history.HistoryWire;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.history.h2.HistoryStore;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

/**
 * Benchmark, not a test (surefire skips *Benchmark): (1) a trend of 4 pens over 7 days at 1 s (2.4 million samples,
 * among 96 more variables at 10 s: {@code -Dbench.others}, {@code -Dbench.otherRate}) as the trend widget asks for
 * it, beside the raw H2 SELECT of the same rows and the scan-and-decimate path without rollups, in the same run,
 * then shorter windows and H2's EXPLAIN ANALYZE of both reads; (2) the server's
 * recording rate and the standby's lag with 10 stations paging the CEL continuously, beside the same plant without
 * them, alternated. Run with {@code ./mvnw -B verify -pl bundles/tandem.runtime.redundancy -am
 * -Dtest=HistoryQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HistoryQueryBenchmark {

	private static final long WEEK = 7 * 86_400_000L;
	private static final int VARIABLES = 300;
	private static final long START = 1_767_225_600_000L;
	private static final List<String> PENS = List.of("Tank1.Level", "Tank2.Level", "Intake.Flow", "Chlorine.Residual");

	/** Other variables recorded beside the pens (a plant of 100 variables), and their period. */
	private static final int OTHERS = Integer.getInteger("bench.others", 96);
	private static final long OTHER_RATE = Long.getLong("bench.otherRate", 10_000L);

	@Test
	void trendOfFourPensOverAWeekBesideTheRawRangeScan() throws Exception {
		Path dir = Files.createTempDirectory("tandem-trend-bench");
		long writeStart = System.nanoTime();
		try (HistoryStore store = HistoryStore.open(dir, HistoryOptions.defaults())) {
			long seq = 0;
			for (long t = START; t < START + WEEK; t += 1000) {
				for (int p = 0; p < PENS.size(); p++) {
					double v = 50 + 20 * Math.sin(t / 3_600_000.0 + p) + (t % 86_400_000 == 3_600_000 ? 45 : 0);
					store.append(new LoggedFact(1, ++seq, new ArchiveSample(PENS.get(p), t, v, Quality.GOOD)));
				}
				if ((t - START) % OTHER_RATE == 0) {
					for (int o = 0; o < OTHERS; o++) {
						store.append(new LoggedFact(1, ++seq, new ArchiveSample("Other" + o, t, o + t % 1000,
								Quality.GOOD)));
					}
				}
			}
			store.append(new LoggedFact(1, ++seq, new ArchiveSample(PENS.get(0), START + WEEK + 60_000, 50,
					Quality.GOOD))); // the present: closes the week's last minutes
			store.flush();
			double writeS = (System.nanoTime() - writeStart) / 1e9;
			long written = seq;
			HistoryDesk desk = new HistoryDesk("bench", store::bulkQueries, () -> START + WEEK);
			noResultReuse(dir); // H2 would answer a repeated query on unchanged tables from its last result
			double bestRaw = Double.MAX_VALUE;
			double bestScanTrend = Double.MAX_VALUE;
			double bestTrend = Double.MAX_VALUE;
			long rows = 0;
			int bytes = 0;
			long[] spikesSeen = new long[1];
			for (int round = 0; round < 3; round++) { // alternated, best of each: the machine is shared
				long t0 = System.nanoTime();
				long n = 0;
				for (String pen : PENS) { // the raw baseline: a plain SELECT of the pen's rows
					n += store.bulkQueries().forEachSample(pen, START, START + WEEK, (time, value, quality) -> {
					});
				}
				bestRaw = Math.min(bestRaw, (System.nanoTime() - t0) / 1e6);
				rows = n;
				if (round < 2) { // the path before rollups: that scan, decimated
					t0 = System.nanoTime();
					for (String pen : PENS) {
						TrendQuery q = new TrendQuery(pen, START - WEEK, START + 2 * WEEK, 3600, 0);
						TrendDecimation d = new TrendDecimation(q);
						store.bulkQueries().forEachSample(pen, q.from(), q.to(), d::add);
						HistoryWire.answer(d.finish(START + WEEK));
					}
					bestScanTrend = Math.min(bestScanTrend, (System.nanoTime() - t0) / 1e6);
				}
				t0 = System.nanoTime();
				int size = 0;
				spikesSeen[0] = 0;
				for (String pen : PENS) { // as the chart asks: a span either side, 3 columns per pixel of 1200
					TrendQuery q = new TrendQuery(pen, START - WEEK, START + 2 * WEEK, 3600, 0);
					byte[] answer = desk.answer("bench", HistoryWire.question(q));
					TrendSeries s = HistoryWire.trend(q, answer);
					size += answer.length;
					if (s.columns().isEmpty()) {
						throw new AssertionError("no columns for " + pen);
					}
					spikesSeen[0] += s.columns().stream().filter(c -> c.max() > 70.5).count();
				}
				bestTrend = Math.min(bestTrend, (System.nanoTime() - t0) / 1e6);
				bytes = size;
			}
			System.out.printf("%n=== HistoryQueryBenchmark: trend, 4 pens x 7 days at 1 s beside %d variables at %d s"
					+ " (%d cores) ===%n", OTHERS, OTHER_RATE / 1000, Runtime.getRuntime().availableProcessors());
			System.out.printf("written through HistoryStore (rollups incl.): %,d samples in %.1f s (%,.0f samples/s),"
					+ " of which rollups %.1f s%n", written, writeS, written / writeS, store.rollupMillis() / 1000.0);
			System.out.printf("raw H2 SELECT of the same rows (4 pens)       : %,8.0f ms (%,d rows)%n", bestRaw, rows);
			System.out.printf("before: that scan + decimation, 4 pens        : %,8.0f ms%n", bestScanTrend);
			System.out.printf("trend as the chart asks (rollups + decimation : %,8.0f ms (%,d answer bytes, %d"
					+ " columns holding a daily spike)%n", bestTrend, bytes, spikesSeen[0]);
			System.out.printf("  + wire, 3600 columns per pen, 3 weeks range)%n");
			windows(store, desk);
			explain(dir);
		}
	}

	/** Shorter windows as the chart asks for them (a span either side), read by the desk, best of three. */
	private static void windows(HistoryStore store, HistoryDesk desk) throws Exception {
		long end = START + WEEK / 2; // inside the recorded week: both sides hold samples
		for (long span : new long[] { 600_000L, 3_600_000L, 4 * 3_600_000L, 8 * 3_600_000L, 86_400_000L }) {
			double best = Double.MAX_VALUE;
			double bestRaw = Double.MAX_VALUE;
			TrendSeries s = null;
			TrendQuery q = new TrendQuery(PENS.get(0), end - 2 * span, end + span, 3600, 0);
			for (int round = 0; round < 3; round++) {
				long t0 = System.nanoTime();
				store.bulkQueries().forEachSample(q.variable(), q.from(), q.to(), (time, value, quality) -> {
				});
				bestRaw = Math.min(bestRaw, (System.nanoTime() - t0) / 1e6);
				t0 = System.nanoTime();
				s = HistoryWire.trend(q, desk.answer("bench", HistoryWire.question(q)));
				best = Math.min(best, (System.nanoTime() - t0) / 1e6);
			}
			double columnS = 3.0 * span / 3600 / 1000;
			System.out.printf("window of %5.2f h (asked %5.2f h, column %5.1f s, %s): %,8.1f ms, raw SELECT %,8.1f ms;"
					+ " %,d samples in %,d columns%n", span / 3_600_000.0, 2 * span / 3_600_000.0, columnS,
					columnS >= 60 ? "rollups" : columnS >= 10 ? "10 s rollups" : "samples", best, bestRaw, s.samples(),
					s.columns().size());
		}
	}

	/**
	 * Off: H2's reuse of a query's last result while its tables do not change. A recording node's tables change all
	 * the time, so a repeated round would measure a cache the plant never has.
	 */
	private static void noResultReuse(Path dir) throws Exception {
		try (java.sql.Connection c = java.sql.DriverManager.getConnection(
				"jdbc:h2:file:" + dir.toAbsolutePath().resolve("history") + ";AUTO_SERVER=TRUE", "sa", "");
				java.sql.Statement st = c.createStatement()) {
			st.execute("SET OPTIMIZE_REUSE_RESULTS 0");
		}
	}

	/** H2's own account of both reads for one pen: the rows each one scans. */
	private static void explain(Path dir) throws Exception {
		try (java.sql.Connection c = java.sql.DriverManager.getConnection(
				"jdbc:h2:file:" + dir.toAbsolutePath().resolve("history") + ";AUTO_SERVER=TRUE", "sa", "");
				java.sql.Statement st = c.createStatement()) {
			int id;
			try (java.sql.ResultSet rs = st.executeQuery("SELECT ID FROM VARIABLE WHERE NAME = '" + PENS.get(0)
					+ "'")) {
				rs.next();
				id = rs.getInt(1);
			}
			long lo = START << 21;
			long hi = (START + WEEK) << 21;
			long rlo = ((long) id << 42) | START;
			long rhi = ((long) id << 42) | (START + WEEK);
			for (String sql : List.of(
					"EXPLAIN ANALYZE SELECT SKEY, VAL, QUALITY FROM SAMPLE WHERE SKEY >= " + lo + " AND SKEY < " + hi
							+ " AND BITAND(SKEY, 2097151) = " + id + " ORDER BY SKEY",
					"EXPLAIN ANALYZE SELECT * FROM ROLLUP_MINUTE WHERE RKEY >= " + rlo + " AND RKEY < " + rhi
							+ " ORDER BY RKEY")) {
				try (java.sql.ResultSet rs = st.executeQuery(sql)) {
					rs.next();
					System.out.println(rs.getString(1).replaceAll("\\s+", " "));
				}
			}
		}
	}

	@Test
	void recordingAndReplicationWithTenStationsPagingTheCel() throws Exception {
		Path dir = Files.createTempDirectory("tandem-cel-bench");
		ClusterSettings.Builder b = ClusterSettings.builder("history-bench-" + UUID.randomUUID(),
				"history-benchmark-secret-of-the-cluster".getBytes(StandardCharsets.UTF_8))
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(3000, 1000, 500)
				.node(NodeSpec.server("a", 1)).node(NodeSpec.server("b", 2));
		for (int i = 0; i < 10; i++) {
			b.node(NodeSpec.of("c" + i, NodeKind.CLIENT));
		}
		ClusterSettings settings = b.build();
		RuntimeConfiguration configuration = plant(VARIABLES, 100);
		List<RedundantNode> nodes = new ArrayList<>();
		List<ClusterPlantConnection> stations = new ArrayList<>();
		try {
			for (String name : List.of("a", "b")) {
				RedundantNode n = new RedundantNode(configuration, "bench", name, dir.resolve(name), settings,
						List.of(new SimulatorDriverFactory()), RedundantNode.Options.defaults());
				n.start();
				nodes.add(n);
			}
			RedundantNode a = nodes.get(0);
			RedundantNode s = nodes.get(1);
			TestNodes.await("a serves, b aligned", 90_000, () -> a.role() == MemberRole.SERVER
					&& s.role() == MemberRole.STANDBY && s.member().aligned());
			for (int i = 0; i < 10; i++) {
				stations.add(ClusterPlantConnection.open(settings, "c" + i, "bench"));
			}
			TestNodes.await("stations follow a", 10_000, () -> stations.stream().allMatch(c -> c.server().node()
					.equals("a")));
			TestNodes.sleep(3000);
			double[] without = { 0, 0 };
			double[] with = { 0, 0 };
			long pages = 0;
			for (int round = 0; round < 2; round++) {
				best(without, measure(a, s, 12_000));
				AtomicBoolean paging = new AtomicBoolean(true);
				AtomicLong answered = new AtomicLong();
				List<Thread> pagers = new ArrayList<>();
				for (ClusterPlantConnection c : stations) {
					Thread t = new Thread(() -> page(c, paging, answered), "pager-" + c);
					t.setDaemon(true);
					t.start();
					pagers.add(t);
				}
				best(with, measure(a, s, 12_000));
				paging.set(false);
				for (Thread t : pagers) {
					t.join(20_000);
				}
				pages += answered.get();
			}
			System.out.printf("%n=== HistoryQueryBenchmark: recording with 10 stations paging the CEL (%d cores) ===%n",
					Runtime.getRuntime().availableProcessors());
			System.out.printf("offered by the plant                 : %,8d value changes/s (%d vars @ 100 ms)%n",
					VARIABLES * 1000 / 100, VARIABLES);
			System.out.printf("server recorded, no stations paging  : %,8.0f facts/s, standby lag %,6.0f facts%n",
					without[0], without[1]);
			System.out.printf("server recorded, 10 stations paging  : %,8.0f facts/s, standby lag %,6.0f facts"
					+ " (%.1f %% of the rate without)%n", with[0], with[1], 100 * with[0] / without[0]);
			System.out.printf("CEL pages of 200 answered            : %,8d in %d s (%.0f pages/s)%n", pages, 24,
					pages / 24.0);
		} finally {
			stations.forEach(ClusterPlantConnection::close);
			nodes.forEach(RedundantNode::close);
		}
	}

	private static void best(double[] best, double[] run) {
		best[0] = Math.max(best[0], run[0]);
		best[1] = best[1] == 0 ? run[1] : Math.min(best[1], run[1]);
	}

	/** Facts per second the server logs, and the standby's mean lag in facts, over {@code ms}. */
	private static double[] measure(RedundantNode server, RedundantNode standby, long ms) throws Exception {
		long seq0 = server.facts().highWaterMark().seq();
		long t0 = System.nanoTime();
		double lag = 0;
		int samples = 0;
		long end = System.currentTimeMillis() + ms;
		while (System.currentTimeMillis() < end) {
			TestNodes.sleep(200);
			lag += server.facts().highWaterMark().seq() - standby.facts().highWaterMark().seq();
			samples++;
		}
		double rate = (server.facts().highWaterMark().seq() - seq0) / ((System.nanoTime() - t0) / 1e9);
		return new double[] { rate, lag / Math.max(1, samples) };
	}

	/** Newest page, then five older ones, over and over, as an operator scrolling back would. */
	private static void page(ClusterPlantConnection c, AtomicBoolean paging, AtomicLong answered) {
		while (paging.get()) {
			try {
				CelFilter f = CelFilter.newest(0, Long.MAX_VALUE, 200);
				for (int i = 0; i < 6 && paging.get(); i++) {
					CelPage p = c.cel(f).get(15, TimeUnit.SECONDS);
					answered.incrementAndGet();
					if (!p.more() || p.entries().isEmpty()) {
						break;
					}
					var last = p.entries().get(p.entries().size() - 1);
					f = f.after(last.time(), last.key());
				}
			} catch (Exception e) {
				System.out.println("pager " + c + ": " + e);
			}
		}
	}

	private static RuntimeConfiguration plant(int variables, long rate) {
		List<VariableDefinition> vars = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < variables; i++) {
			String name = "V" + i;
			names.add(name);
			vars.add(new VariableDefinition(name, "Plant", "sine?min=0&max=100&period=" + (10 + i % 50), rate,
					TagType.FLOAT, false, 0.0, 100.0, "%"));
		}
		return new RuntimeConfiguration("Bench", 1, 42, List.of(new DriverDefinition("Plant", "sim", Map.of())), vars,
				List.of(), List.of(new ArchiveDefinition("Every", ArchiveDefinition.Mode.CYCLIC, names, rate, 0.0, null,
						30)), List.of(), List.of(), 365);
	}
}
