package tandem.runtime.node;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tandem.runtime.api.Value;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.PlantListener;
import tandem.runtime.api.client.ServerInfo;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.CelPage;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.node.CommandLine.UsageException;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

/**
 * {@code tandem station --project FILE --node NAME [--user U [--password-file F] --write VARIABLE --every MS
 * --confirmed FILE]}: a headless operator station. It joins the cluster as the named CLIENT node — which makes it
 * a voter when the topology names it as witness — and, with {@code --write}, writes a new value to the variable
 * every {@code MS} milliseconds the way an operator would, appending the id of every confirmed action to
 * {@code FILE}. The fault harness uses it as witness and as the source of operator actions whose loss it checks.
 * Lines for scripts and the harness: {@code READY node=NAME role=CLIENT server=NODE at=INSTANT} once,
 * {@code VALUES node=NAME from=NODE epoch=N at=INSTANT} the first time values arrive while a server (node and
 * epoch) it had not received values from before serves — how the harness measures how long after a promotion
 * every client shows the new server's values — and {@code ACTION id OUTCOME message} per write. With
 * {@code --query-every MS [--trend VARIABLE]} it also asks, one after the other like an operator paging, the newest
 * page of the CEL's operator actions and the trend of the last minute, and prints
 * {@code QUERY cel answered-by=NODE entries=N ms=T}, {@code QUERY trend variable=V samples=N columns=C ms=T} or
 * {@code QUERY cel|trend FAILED reason}: how the harness sees history queries answered across a failover.
 */
final class StationVerb implements Verb {

	private static final long ANSWER_TIMEOUT_MS = 15_000;

	@Override
	public String name() {
		return "station";
	}

	@Override
	public String usage() {
		return "station --project FILE --node NAME [--user U [--password-file F] --write VARIABLE --every MS --confirmed FILE]"
				+ " [--query-every MS [--trend VARIABLE]]   headless operator station / witness";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, StopSignal stop)
			throws UsageException, InterruptedException {
		CommandLine line = CommandLine.parse(args,
				Set.of("project", "node", "user", "password", "password-file", "write", "every", "confirmed", "query-every",
						"trend"),
				Set.of());
		Path project = Path.of(line.required("project"));
		String node = line.required("node");
		Optional<String> variable = line.option("write");
		long every = Long.parseLong(line.option("every").orElse("500"));
		Path confirmed = Path.of(line.option("confirmed").orElse("confirmed-actions.txt"));
		try (ClusterPlantConnection plant = ClusterPlantConnection.open(project, node)) {
			stop.install();
			plant.addListener(new ValueSources(plant, node, out));
			if (!awaitServer(plant, stop)) {
				return 0;
			}
			out.println("READY node=" + node + " role=CLIENT server=" + plant.server().node() + " at=" + Instant.now());
			out.flush();
			Optional<Thread> queries = line.option("query-every").map(ms -> startQueries(plant,
					Long.parseLong(ms), line.option("trend"), out, stop));
			if (variable.isPresent()) {
				String user = line.required("user");
				char[] password;
				if (line.option("password").isPresent()) { // kept for old scripts: every user sees it in ps
					err.println("tandem station: --password shows the password to every user of this machine (ps);"
							+ " use --password-file F or type it when asked");
					password = line.required("password").toCharArray();
				} else {
					password = Passwords.read(line, user);
				}
				ActionResult login = plant.login(user, password).get(ANSWER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
				out.println("LOGIN " + user + " " + login.outcome() + " " + login.message());
				writeUntilStopped(plant, variable.get(), every, confirmed, out, stop);
			} else {
				stop.await();
			}
			if (queries.isPresent()) {
				queries.get().join(ANSWER_TIMEOUT_MS + 1000);
			}
			out.println("STOPPED node=" + node + " cleanly");
			return 0;
		} catch (Exception e) {
			err.println("tandem station: " + e);
			return 1;
		}
	}

	private static boolean awaitServer(ClusterPlantConnection plant, StopSignal stop) throws InterruptedException {
		while (!stop.isRequested()) {
			ServerInfo server = plant.server();
			if (server.serves()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private static Thread startQueries(ClusterPlantConnection plant, long every, Optional<String> trend,
			PrintStream out, StopSignal stop) {
		Thread t = new Thread(() -> {
			while (!stop.isRequested()) {
				long now = System.currentTimeMillis();
				long t0 = System.nanoTime();
				try {
					CelPage page = plant.cel(CelFilter.newest(now - 600_000, Long.MAX_VALUE, 50)
							.withCategories(Set.of(CelFilter.Category.OPERATOR))).get(ANSWER_TIMEOUT_MS,
									TimeUnit.MILLISECONDS);
					print(out, "QUERY cel answered-by=" + page.node() + " entries=" + page.entries().size() + " ms="
							+ (System.nanoTime() - t0) / 1_000_000);
				} catch (Exception e) {
					print(out, "QUERY cel FAILED " + e);
				}
				if (trend.isPresent()) {
					t0 = System.nanoTime();
					try {
						TrendSeries s = plant.trend(new TrendQuery(trend.get(), now - 60_000, now, 300, 0))
								.get(ANSWER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
						print(out, "QUERY trend variable=" + trend.get() + " samples=" + s.samples() + " columns="
								+ s.columns().size() + " ms=" + (System.nanoTime() - t0) / 1_000_000);
					} catch (Exception e) {
						print(out, "QUERY trend FAILED " + e);
					}
				}
				try {
					Thread.sleep(every);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "tandem-station-queries");
		t.setDaemon(true);
		t.start();
		return t;
	}

	private static void print(PrintStream out, String line) {
		synchronized (out) {
			out.println(line);
			out.flush();
		}
	}

	/**
	 * One write after another: an operator does not start the next write before the station has shown the
	 * previous answer, and a pending one is resent by the connection with its id until it is answered.
	 */
	private static void writeUntilStopped(ClusterPlantConnection plant, String variable, long every, Path confirmed,
			PrintStream out, StopSignal stop) throws IOException, InterruptedException {
		long n = 0;
		while (!stop.isRequested()) {
			double value = 0.5 + (n++ % 10) / 10.0;
			try {
				ActionResult result = plant.write(variable, value).get(ANSWER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
				if (result.confirmed()) {
					Files.writeString(confirmed, result.actionId() + "\n", StandardCharsets.UTF_8,
							StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
				}
				out.println("ACTION " + result.actionId() + " " + result.outcome() + " " + result.message());
			} catch (TimeoutException | java.util.concurrent.ExecutionException e) {
				out.println("ACTION unanswered: " + e);
			}
			out.flush();
			Thread.sleep(every);
		}
	}

	/**
	 * Prints a {@code VALUES} line when values arrive while a server serves that this station has not received
	 * values from before. The server is the one the connection follows at that moment: the cluster layer fences
	 * values of a superseded epoch, so they come from that server.
	 */
	private static final class ValueSources implements PlantListener {
		private final ClusterPlantConnection plant;
		private final String node;
		private final PrintStream out;
		private String lastServer = "";
		private long lastEpoch = -1;

		ValueSources(ClusterPlantConnection plant, String node, PrintStream out) {
			this.plant = plant;
			this.node = node;
			this.out = out;
		}

		@Override
		public synchronized void valuesChanged(Map<String, Value> changed) {
			ServerInfo server = plant.server();
			if (!server.serves() || server.node().equals(lastServer) && server.epoch() == lastEpoch) {
				return;
			}
			lastServer = server.node();
			lastEpoch = server.epoch();
			out.println("VALUES node=" + node + " from=" + lastServer + " epoch=" + lastEpoch + " at=" + Instant.now());
			out.flush();
		}
	}
}
