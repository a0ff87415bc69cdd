package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.product.tests.LaunchedProcess.Arrival;

/**
 * Tier 4 fault test with real processes of the runtime product on 127.0.0.1: the plant runs at a steady rate and
 * the headless operator station (the witness) writes like an operator while the harness
 * <ol>
 * <li>kills the server with {@code kill -9} and restarts it (the preferred server takes its role back);</li>
 * <li>pauses the server with {@code SIGSTOP} until the standby took over, then resumes it;</li>
 * <li>freezes the operator station with {@code SIGSTOP}: the server must go on recording and replicating as
 * before (the standby's replication lag is read with {@code tandem status} before and during the freeze), no node
 * changes its role, and the station works again after {@code SIGCONT};</li>
 * <li>isolates the server from the network (every message dropped, like a pulled cable) and heals it: the standby
 * with the witness is the majority and serves, the isolated server degrades and comes back as standby;</li>
 * <li>cuts only the link between server and standby while both still reach the station (a partial partition):
 * two nodes may both say SERVER only for the moment the old server needs to hear of its successor, under
 * a second ({@code -Dtandem.faults.cutLink=false} leaves this step out).</li>
 * </ol>
 * Afterwards the independent checker compares every node's history with what the simulated plant produced. Pass =
 * nothing lost, nothing doubled, nothing unexpected on any node and no confirmed operator action lost. The run
 * prints a {@code FIGURES} line: failover and switch-back times, and how long after a node said SERVER the station
 * showed values from it (goal below 1 s), taken from the arrival of the processes' lines.
 *
 * <p>The normal test run does {@value #SHORT_ROUNDS} kill rounds, one pause, an {@value #SHORT_FREEZE_S} s freeze
 * and one isolation; the long run is
 * {@code ./mvnw -B verify -pl tests/tandem.product.tests -Dtest=FailoverFaultTest -Dtandem.faults.rounds=20}
 * (after a full build) with a {@value #LONG_FREEZE_S} s freeze ({@code -Dtandem.faults.freezeSeconds=N} to
 * change it).
 */
class FailoverFaultTest {

	private static final int SHORT_ROUNDS = 2;
	/**
	 * Long enough for a {@code tandem status} started at the freeze to answer before {@code SIGCONT} even when the
	 * frozen station is the JGroups coordinator (a join waits until it is suspected, about 4 s).
	 */
	private static final int SHORT_FREEZE_S = 12;
	private static final int LONG_FREEZE_S = 30;
	private static final long ISOLATION_MS = 6_000;
	private static final Duration FAILOVER_LIMIT = Duration.ofSeconds(10);
	/** Far above the 1 s goal: a client that does not switch at all fails, a slow machine does not. */
	private static final Duration VALUES_LIMIT = Duration.ofSeconds(10);
	private static final String STATION = "console";

	@TempDir
	Path temp;

	private FaultHarness plant;
	private final List<Long> failovers = new ArrayList<>();
	private final List<Long> failoverValues = new ArrayList<>();
	private final List<Long> switchBacks = new ArrayList<>();
	private final List<Long> switchBackValues = new ArrayList<>();
	private final List<String> other = new ArrayList<>();

	@Test
	void noFactIsLostOrDoubledWhenTheServerIsKilledPausedOrIsolatedOrTheStationFreezes() throws Exception {
		int rounds = Integer.getInteger("tandem.faults.rounds", SHORT_ROUNDS);
		int freezeSeconds = Integer.getInteger("tandem.faults.freezeSeconds",
				rounds > SHORT_ROUNDS ? LONG_FREEZE_S : SHORT_FREEZE_S);
		boolean cutLink = Boolean.parseBoolean(System.getProperty("tandem.faults.cutLink", "true"));
		FaultProject project = FaultProject.create(temp, 100);
		try (FaultHarness h = new FaultHarness(project, temp)) {
			plant = h;
			plant.start("alpha");
			plant.start("beta");
			plant.awaitSingleServer(Duration.ofSeconds(30));
			plant.startStation(STATION, "Chlorine.DosingSetpoint", 200); // the witness, writing like an operator
			long from = System.currentTimeMillis() + 2_000;
			for (int round = 1; round <= rounds; round++) {
				killAndRestartTheServer(round);
			}
			pauseTheServer();
			freezeTheStation(freezeSeconds);
			isolateTheServer();
			long twoServersMs = cutLink ? cutTheLinkBetweenServerAndStandby() : 0;
			plant.awaitSingleServer(Duration.ofSeconds(60));
			Thread.sleep(3_000);
			long to = System.currentTimeMillis() - 1_000;
			String refused = refusals(plant.station(STATION), to);
			plant.stopAll();
			long confirmed = Files.exists(plant.confirmedActions())
					? Files.readAllLines(plant.confirmedActions()).size() : 0;
			LaunchedProcess check = plant.check(from, to, List.of("alpha", "beta"), plant.confirmedActions());
			System.out.println(check.output());
			System.out.printf("FIGURES kill -9 -> serving (ms): %s; serving -> station shows its values (ms): %s;"
					+ " switch-back after restart/resume/heal (ms): %s; switch-back -> station shows its values (ms): %s;"
					+ " %s; confirmed operator actions: %d, %s%n", failovers, failoverValues, switchBacks,
					switchBackValues, String.join("; ", other), confirmed, refused);
			assertTrue(confirmed > 0, "the station had operator actions confirmed");
			String result = check.lastLine(l -> l.startsWith("RESULT"));
			assertTrue(result.startsWith("RESULT lost=0 duplicated=0 unexpected=0 lostActions=0"), check.output());
			for (String kind : List.of("samplesLost", "samplesUnexpected", "onChangeLost", "onChangeUnexpected",
					"alarmsLost", "alarmsDuplicated", "alarmsUnexpected", "alarmsWrongTime", "loggedTwice")) {
				assertTrue(result.contains(" " + kind + "=0"), kind + " is not 0: " + check.output());
			}
			assertEquals(0, check.waitForExit(Duration.ofSeconds(5)), check.output());
			// the old server learns of its successor by the station's fence notice: an overlap is bounded by that
			// round trip (0 ms on a quiet machine, 124 ms seen with a second fault run beside it), not by the cut
			assertTrue(twoServersMs < 1000, "two nodes said SERVER at the same time for " + twoServersMs
					+ " ms while their link was cut");
			assertTrue(refused.startsWith("0 of "), "a logged-in operator's action was refused: " + refused);
		}
	}

	/**
	 * The spans in which the station's actions were refused (the runtime's reason of the first one), so a session
	 * that a server does not know shows with its times.
	 */
	private static String refusals(LaunchedProcess station, long to) {
		List<Arrival> actions = station.linesBetween(l -> l.startsWith("ACTION "), 0, to);
		List<String> spans = new ArrayList<>();
		int count = 0;
		Arrival first = null;
		Arrival last = null;
		for (Arrival a : actions) {
			boolean refused = a.line().matches("ACTION \\S+ REFUSED.*");
			if (refused) {
				count++;
				first = first == null ? a : first;
				last = a;
			} else if (first != null) {
				spans.add(Instant.ofEpochMilli(first.at()) + ".." + Instant.ofEpochMilli(last.at()) + " ("
						+ first.line().replaceFirst("ACTION \\S+ REFUSED ", "") + ")");
				first = null;
			}
		}
		if (first != null) {
			spans.add(Instant.ofEpochMilli(first.at()) + ".." + Instant.ofEpochMilli(last.at()) + " ("
					+ first.line().replaceFirst("ACTION \\S+ REFUSED ", "") + ")");
		}
		return count + " of " + actions.size() + " actions refused" + (spans.isEmpty() ? "" : ": " + spans);
	}

	private void killAndRestartTheServer(int round) throws Exception {
		Thread.sleep(3_000);
		String server = plant.awaitSingleServer(Duration.ofSeconds(30));
		String standby = plant.other(server);
		long killed = plant.kill(server);
		Arrival serving = plant.awaitRoleLine(standby, "SERVER", killed, FAILOVER_LIMIT);
		failovers.add(serving.at() - killed);
		failoverValues.add(valuesAfter(standby, serving));
		Thread.sleep(2_000);
		long restarted = plant.start(server);
		if ("alpha".equals(server)) { // the preferred server takes its role back at a sequence point
			awaitSwitchBack(restarted);
		}
		System.out.printf("round %d: kill -9 %s at %s -> %s serving after %d ms; restarted at %s; roles now %s%n",
				round, server, Instant.ofEpochMilli(killed), standby, serving.at() - killed,
				Instant.ofEpochMilli(restarted), plant.roles());
	}

	private void awaitSwitchBack(long since) throws Exception {
		Arrival back = plant.awaitRoleLine("alpha", "SERVER", since, Duration.ofSeconds(60));
		switchBacks.add(back.at() - since);
		switchBackValues.add(valuesAfter("alpha", back));
	}

	/**
	 * Milliseconds from the arrival of {@code server}'s SERVER line to the arrival of the station's line saying it
	 * received values from that server in that epoch (negative when the station's line came first).
	 */
	private long valuesAfter(String server, Arrival serving) throws InterruptedException {
		long epoch = FaultHarness.epochOf(serving.line());
		long at = plant.awaitValues(STATION, server, epoch, serving.at() - 10_000, VALUES_LIMIT);
		assertTrue(at >= 0, "the station showed no values from " + server + " (epoch " + epoch + ") within "
				+ VALUES_LIMIT + " after it said SERVER:\n" + FaultHarness.tail(plant.station(STATION).output()));
		return at - serving.at();
	}

	private void pauseTheServer() throws Exception {
		Thread.sleep(2_000);
		String server = plant.awaitSingleServer(Duration.ofSeconds(30));
		String standby = plant.other(server);
		long paused = plant.signal(server, "STOP");
		Arrival serving = plant.awaitRoleLine(standby, "SERVER", paused, Duration.ofSeconds(15));
		long values = valuesAfter(standby, serving);
		Thread.sleep(1_000);
		long resumed = plant.signal(server, "CONT");
		plant.awaitRole(server, "STANDBY", resumed, Duration.ofSeconds(20));
		System.out.printf("SIGSTOP %s at %s -> %s serving after %d ms; SIGCONT at %s, %s stepped down%n", server,
				Instant.ofEpochMilli(paused), standby, serving.at() - paused, Instant.ofEpochMilli(resumed), server);
		other.add("SIGSTOP server -> serving " + (serving.at() - paused) + " ms, station shows its values after "
				+ values + " ms");
		if ("alpha".equals(server)) {
			awaitSwitchBack(resumed);
		}
		plant.awaitSingleServer(Duration.ofSeconds(60));
	}

	/**
	 * A frozen operator station must not slow the server's recording nor its replication to the standby: no role
	 * changes while it is frozen, the standby keeps following (its high-water mark during the freeze is past the
	 * server's before it), and the station's next action after {@code SIGCONT} is confirmed.
	 */
	private void freezeTheStation(int seconds) throws Exception {
		Thread.sleep(2_000);
		plant.awaitSingleServer(Duration.ofSeconds(30));
		LaunchedProcess before = plant.status(20_000);
		before.waitForExit(Duration.ofSeconds(60));
		OptionalLong lag0 = FaultHarness.replicationLag(before.output());
		String lagBefore = lag0.isPresent() ? Long.toString(lag0.getAsLong()) : "n/a";
		// statuses join before the freeze (a frozen member holds up every view change, so one started during it
		// answered only after SIGCONT on a loaded machine) and report what was announced at three moments of it
		long planned = System.currentTimeMillis() + 8_000;
		List<LaunchedProcess> samples = new ArrayList<>();
		for (int k = 1; k <= 3; k++) {
			samples.add(plant.statusAt(planned + k * seconds * 1_000L / 4));
		}
		Thread.sleep(Math.max(0, planned - System.currentTimeMillis()));
		long frozen = plant.signalStation(STATION, "STOP");
		long resumeAt = frozen + seconds * 1_000L;
		Thread.sleep(Math.max(0, resumeAt - System.currentTimeMillis()));
		long resumed = plant.signalStation(STATION, "CONT");
		List<String> lags = new ArrayList<>();
		long serverBefore = FaultHarness.highWaterMark(before.output(), "SERVER").map(m -> m.seq()).orElse(-1L);
		boolean standbyFollowed = false;
		boolean answered = false;
		for (LaunchedProcess s : samples) {
			s.waitForExit(Duration.ofSeconds(60));
			List<Arrival> members = s.linesBetween(l -> l.startsWith("MEMBER"), 0, Long.MAX_VALUE);
			OptionalLong lag = FaultHarness.replicationLag(s.output());
			boolean inTime = !members.isEmpty() && members.get(0).at() <= resumed;
			lags.add(members.isEmpty() ? "no answer" : (lag.isPresent() ? Long.toString(lag.getAsLong()) : "n/a")
					+ (inTime ? "" : " (after SIGCONT)"));
			if (inTime && lag.isPresent()) {
				answered = true;
				standbyFollowed |= FaultHarness.highWaterMark(s.output(), "STANDBY").get().seq() > serverBefore;
			}
		}
		Arrival action = plant.station(STATION).awaitFirstSince(l -> l.matches("ACTION \\S+ CONFIRMED.*"), resumed,
				Duration.ofSeconds(30));
		List<Arrival> roleChanges = new ArrayList<>();
		for (String node : List.of("alpha", "beta")) {
			roleChanges.addAll(plant.roleLines(node, frozen, resumed));
		}
		System.out.printf("station frozen %d s: replication lag (facts) before %s, during %s; role changes %s;"
				+ " first confirmed action %s ms after SIGCONT%n", seconds, lagBefore, lags, roleChanges,
				action == null ? "none" : Long.toString(action.at() - resumed));
		other.add("station frozen " + seconds + " s: standby lag (facts) before " + lagBefore + ", during " + lags
				+ ", next action confirmed " + (action == null ? "never" : (action.at() - resumed) + " ms")
				+ " after SIGCONT");
		assertTrue(roleChanges.isEmpty(), "a node changed its role while the station was frozen: " + roleChanges);
		assertTrue(answered, "no status answered while the station was frozen, so the standby's progress was not"
				+ " measured: " + lags);
		assertTrue(standbyFollowed, "the standby's high-water mark did not pass the server's from before the"
				+ " freeze while the station was frozen: replication stalled");
		assertTrue(action != null, "the station had no action confirmed within 30 s after SIGCONT:\n"
				+ FaultHarness.tail(plant.station(STATION).output()));
	}

	/**
	 * The server loses the network: the standby and the witness are the majority, so the standby serves; the
	 * isolated server is the minority and degrades (read-only toward the field); healed, it comes back as standby.
	 */
	private void isolateTheServer() throws Exception {
		Thread.sleep(2_000);
		String server = plant.awaitSingleServer(Duration.ofSeconds(30));
		String standby = plant.other(server);
		// without the station the standby has no majority: a merge still bringing the frozen station back would
		// count into the takeover (5.6 s and 7.1 s seen)
		long merged = plant.awaitOneFullView(Duration.ofSeconds(30));
		if (merged > 0) {
			System.out.printf("isolation waited %d ms until every process was in one view%n", merged);
		}
		long cut = plant.fault(server, "isolate");
		Arrival serving = plant.awaitRoleLine(standby, "SERVER", cut, Duration.ofSeconds(15));
		long values = valuesAfter(standby, serving);
		Arrival degraded = plant.awaitRoleLine(server, "DEGRADED", cut, Duration.ofSeconds(15));
		Arrival leaseLost = plant.awaitLeaseLost(server, cut, Duration.ofSeconds(1));
		if (serving.at() - cut > 3_000 || leaseLost == null || leaseLost.at() >= serving.at()) { // slower than the failure detector explains: show what every process said
			plant.printLines(cut - 500, serving.at() + 500);
		}
		// the guarantee of the lease: the minority's server stops acting before the majority's standby serves
		assertTrue(leaseLost != null, server + " said nothing of its lease while isolated");
		assertTrue(leaseLost.at() < serving.at(), server + " stopped acting on the field " + (leaseLost.at() - cut)
				+ " ms after the cut, not before " + standby + " served (" + (serving.at() - cut) + " ms)");
		Thread.sleep(Math.max(0, cut + ISOLATION_MS - System.currentTimeMillis()));
		long healed = plant.fault(server, "");
		Arrival back = plant.awaitRoleLine(server, "STANDBY", healed, Duration.ofSeconds(30));
		System.out.printf("isolated %s at %s -> %s serving after %d ms, %s DEGRADED after %d ms; healed at %s, %s"
				+ " STANDBY after %d ms%n", server, Instant.ofEpochMilli(cut), standby, serving.at() - cut, server,
				degraded.at() - cut, Instant.ofEpochMilli(healed), server, back.at() - healed);
		other.add("isolated server -> standby serving " + (serving.at() - cut) + " ms, station shows its values after "
				+ values + " ms, isolated server stopped acting on the field after " + (leaseLost.at() - cut)
				+ " ms (lease; " + (serving.at() - leaseLost.at()) + " ms before the standby served), DEGRADED after "
				+ (degraded.at() - cut) + " ms, STANDBY " + (back.at() - healed)
				+ " ms after heal");
		if ("alpha".equals(server)) {
			awaitSwitchBack(back.at());
		}
		plant.awaitSingleServer(Duration.ofSeconds(60));
	}

	/**
	 * Server and standby lose each other but both still reach the station (the witness). Reported, not yet part
	 * of the normal run: see docs/redundancy.md.
	 */
	private long cutTheLinkBetweenServerAndStandby() throws Exception {
		Thread.sleep(2_000);
		plant.awaitSingleServer(Duration.ofSeconds(30));
		plant.awaitOneFullView(Duration.ofSeconds(30)); // the isolated server's merge is over
		long cut = plant.fault("alpha", "cut beta");
		plant.fault("beta", "cut alpha");
		Thread.sleep(Math.max(0, cut + ISOLATION_MS - System.currentTimeMillis()));
		long healed = plant.fault("alpha", "");
		plant.fault("beta", "");
		String server = plant.awaitSingleServer(Duration.ofSeconds(60));
		Thread.sleep(3_000);
		long end = System.currentTimeMillis();
		long overlap = plant.serverOverlapMs(cut, end);
		long acting = plant.actingOverlapMs(cut, end);
		Arrival action = plant.station(STATION).awaitFirstSince(l -> l.matches("ACTION \\S+ CONFIRMED.*"), healed,
				Duration.ofSeconds(30));
		System.out.printf("cut alpha<->beta at %s for %d ms: two SERVERs for %d ms, two acting on the field for %d ms;"
				+ " %s serves after heal; alpha %s; beta %s%n", Instant.ofEpochMilli(cut), healed - cut, overlap, acting,
				server,
				plant.linesBetween("alpha", cut, end), plant.linesBetween("beta", cut, end));
		plant.printLines(cut - 1_000, end); // an opt-in experiment: show everything the processes said
		other.add("cut server-standby link: two SERVERs for " + overlap + " ms, two acting on the field for " + acting
				+ " ms");
		// roles may overlap for the fence notice's round trip; an elected server acts only after the old one's
		// lease has run out (ServerLease), so acting never may
		assertEquals(0, acting, "two nodes acted on the field at the same time while their link was cut");
		assertTrue(action != null, "the station had no action confirmed within 30 s after the link was healed\n"
				+ plant.tails());
		return overlap;
	}
}
