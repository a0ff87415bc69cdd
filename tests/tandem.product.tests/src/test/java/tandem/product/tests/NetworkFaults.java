package tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import tandem.product.tests.LaunchedProcess.Arrival;

/**
 * The network faults of the product fault schedule, made in the kernel by a {@link NetworkLab} while the plant of a
 * {@link FaultHarness} runs: the cable of the server, of the standby, of the witness station and of a plain operator
 * client pulled and plugged back in; the server's packets to the standby dropped while the standby's reach the
 * server; the link between server and standby cut both ways. Each fault asserts what the plant promises
 * (docs/redundancy.md, "Availability") and adds a {@code FIGURES} entry: time from the fault to a server holding its
 * lease, the longest time without a server holding its lease, when the station worked again, and the standby's
 * replication lag after the heal.
 */
final class NetworkFaults {

	/** A server fault must leave the plant without a server acting on the field for at most this long. */
	static final long SERVER_FAULT_GAP_MS = 3_000;
	/** How long a standby may take from a server's pulled cable to its SERVER line. */
	private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(3);
	/**
	 * While the server's packets to the standby are dropped, the station must never go longer than this without a
	 * confirmed action: the failure detection time (2.3 s) until the standby is judged unreachable or excluded, or a
	 * takeover (≤ 3 s) plus the new server's promotion wait (1.3 s), and the station's resend.
	 */
	static final long ONE_WAY_CONFIRMATION_GAP_MS = 6_000;
	/**
	 * After a heal, every process must be in one view again within this: a discovery round and a merge check of
	 * MERGE3 (up to 3 s and 2.5 s) and the merge itself.
	 */
	static final long REJOIN_LIMIT_MS = 8_000;
	/** After a heal, until the merged cluster has settled (merge, alignment, switch-back). */
	private static final long SETTLE_MS = 4_000;

	private final FaultHarness plant;
	private final NetworkLab lab;
	private final String station;
	private final long outageMs;
	private final List<String> figures = new ArrayList<>();
	/** Per kind of fault, the longest time without a server holding its lease over all its runs. */
	private final Map<String, Long> longestByKind = new LinkedHashMap<>();
	private long faultBegan;

	NetworkFaults(FaultHarness plant, NetworkLab lab, String station, long outageMs) {
		this.plant = plant;
		this.lab = lab;
		this.station = station;
		this.outageMs = outageMs;
	}

	List<String> figures() {
		return figures;
	}

	/** Notes a fault's longest time without a server holding its lease under its kind (the longest run counts). */
	void longestWithoutServer(String kind, long ms) {
		longestByKind.merge(kind, ms, Math::max);
	}

	/** {@code kind=ms} for every kind of fault run so far: the longest time without a server holding its lease. */
	String longestWithoutServerByKind() {
		return longestByKind.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + " ms").toList().toString();
	}

	/**
	 * The server's cable is pulled: the standby with the witness is the majority and serves within
	 * {@link #TAKEOVER_LIMIT} and until the heal; the isolated server stops acting on the field before the standby
	 * acts (its lease); plugged back in, it returns as standby (and the preferred server takes its role back).
	 */
	void pullTheServersCable(FailoverSteps steps) throws Exception {
		String server = settledServer();
		String standby = plant.other(server);
		long cut = lab.pullCable(server);
		Arrival serving = plant.awaitRoleLine(standby, "SERVER", cut, Duration.ofSeconds(15));
		long values = steps.valuesAfter(standby, serving);
		Arrival leaseLost = plant.awaitLeaseLost(server, cut, Duration.ofSeconds(1));
		if (serving.at() - cut > TAKEOVER_LIMIT.toMillis() || leaseLost == null || leaseLost.at() >= serving.at()) {
			plant.printLines(cut - 500, serving.at() + 500);
		}
		assertTrue(serving.at() - cut <= TAKEOVER_LIMIT.toMillis(), standby + " served " + (serving.at() - cut)
				+ " ms after " + server + "'s cable was pulled; the goal is " + TAKEOVER_LIMIT.toMillis() + " ms");
		assertTrue(leaseLost != null, server + " said nothing of its lease while its cable was out");
		assertTrue(leaseLost.at() < serving.at(), server + " stopped acting on the field " + (leaseLost.at() - cut)
				+ " ms after the cut, not before " + standby + " served (" + (serving.at() - cut) + " ms)");
		long healed = plugBackIn(server, cut);
		List<Arrival> standbyLines = plant.linesBetween(standby, serving.at() + 1, healed);
		assertTrue(standbyLines.stream().noneMatch(a -> a.line().startsWith("ROLE") || a.line().contains("held=false")),
				standby + " did not keep serving until the heal: " + standbyLines);
		Arrival back = plant.awaitRoleLine(server, "STANDBY", healed, Duration.ofSeconds(30));
		if ("alpha".equals(server)) {
			steps.awaitSwitchBack(back.at());
		}
		plant.awaitSingleServer(Duration.ofSeconds(60));
		record("server cable", "server's cable pulled", cut, healed, standby + " SERVER after " + (serving.at() - cut)
				+ " ms, station shows its values " + (serving.at() - cut + values) + " ms after the cut, " + server + " stopped acting after " + (leaseLost.at() - cut) + " ms, STANDBY "
				+ (back.at() - healed) + " ms after the heal", SERVER_FAULT_GAP_MS);
	}

	/** The standby's cable is pulled: the server serves on without a break and keeps confirming operator actions. */
	void pullTheStandbysCable() throws Exception {
		String server = settledServer();
		String standby = plant.other(server);
		long cut = lab.pullCable(standby);
		long healed = plugBackIn(standby, cut);
		awaitProtectedAgain(server, standby, healed);
		assertServedThroughout(server, cut, healed + SETTLE_MS, "the standby's cable was out");
		int confirmed = confirmedBetween(cut + SERVER_FAULT_GAP_MS, healed);
		assertTrue(confirmed > 0, "no operator action was confirmed while the standby's cable was out:\n"
				+ FaultHarness.tail(plant.station(station).output()));
		record("standby cable", "standby's cable pulled", cut, healed, confirmed + " actions confirmed while it was out", 0);
	}

	/**
	 * The cable of an operator PC is pulled, the witness's ({@code voter} true) or a plain client's: no node changes
	 * its role and the server never loses its lease.
	 */
	void pullAClientsCable(String client, boolean voter) throws Exception {
		String server = settledServer();
		long cut = lab.pullCable(client);
		long healed = plugBackIn(client, cut);
		Arrival action = plant.station(station).awaitFirstSince(l -> l.matches("ACTION \\S+ CONFIRMED.*"), healed,
				Duration.ofSeconds(30));
		assertTrue(action != null, "the station had no action confirmed within 30 s after " + client
				+ "'s cable was plugged back in:\n" + FaultHarness.tail(plant.station(station).output()));
		for (String node : List.of(server, plant.other(server))) {
			List<Arrival> roles = plant.roleLines(node, cut, healed + SETTLE_MS);
			assertTrue(roles.isEmpty(), node + " changed its role while " + client + "'s cable was out: " + roles);
		}
		assertServedThroughout(server, cut, healed + SETTLE_MS, client + "'s cable was out");
		record(voter ? "witness cable" : "client cable", (voter ? "witness " : "plain client ") + client + "'s cable pulled", cut, healed,
				"next action confirmed " + (action.at() - healed) + " ms after the heal", 0);
	}

	/**
	 * {@code share} of the packets every namespace receives are dropped (iptables on INPUT) while the plant runs: a
	 * lossy network with nothing else wrong. No node may change its role, the server must not lose its lease, and
	 * operator actions keep being confirmed.
	 */
	void loseRandomPackets(double share) throws Exception {
		String server = settledServer();
		lab.randomLoss(share);
		long cut = System.currentTimeMillis();
		Thread.sleep(Math.max(0, cut + outageMs - System.currentTimeMillis()));
		lab.noLoss();
		long healed = System.currentTimeMillis();
		for (String node : List.of(server, plant.other(server))) {
			List<Arrival> roles = plant.roleLines(node, cut, healed + SETTLE_MS);
			assertTrue(roles.isEmpty(), node + " changed its role while " + Math.round(share * 100)
					+ " % of the packets were lost: " + roles);
		}
		assertServedThroughout(server, cut, healed + SETTLE_MS, Math.round(share * 100) + " % of the packets were"
				+ " lost");
		List<Arrival> confirmed = plant.station(station).linesBetween(l -> l.matches("ACTION \\S+ CONFIRMED.*"), cut,
				healed);
		long longestUnconfirmed = longestGap(confirmed, cut, healed);
		assertTrue(longestUnconfirmed <= ONE_WAY_CONFIRMATION_GAP_MS, "the station went " + longestUnconfirmed
				+ " ms without a confirmed action while " + Math.round(share * 100) + " % of the packets were lost");
		record("random loss", Math.round(share * 100) + " % random loss on every link", cut, healed, confirmed.size()
				+ " actions confirmed during it, longest without one " + longestUnconfirmed + " ms", 0);
	}

	/**
	 * The server's packets to the standby are dropped, the standby's to the server arrive: at no moment may two nodes
	 * act on the field, nor may the plant be without one for longer than a server fault, and operator actions keep
	 * being confirmed during the fault (at most {@link #ONE_WAY_CONFIRMATION_GAP_MS} without one); afterwards one
	 * server. What JGroups does depends on which member coordinates the view: the standby may be excluded (actions
	 * confirmed without a standby), the server may be excluded (the standby promotes with the witness and the old
	 * server steps down on the witness's fence notice, so two nodes may say SERVER for that round trip, 58 ms seen,
	 * never act together), or nobody (the server judges the standby unreachable by its missing acknowledgements and
	 * confirms without it).
	 */
	void dropTheServersPacketsToTheStandby() throws Exception {
		String server = settledServer();
		String standby = plant.other(server);
		long cut = lab.dropOneWay(server, standby);
		Thread.sleep(Math.max(0, cut + outageMs - System.currentTimeMillis()));
		long healed = lab.healOneWay(server, standby);
		String after = plant.awaitSingleServer(Duration.ofSeconds(60));
		Thread.sleep(SETTLE_MS);
		long end = System.currentTimeMillis();
		long twoActing = plant.actingOverlapMs(cut, end);
		long twoServers = plant.serverOverlapMs(cut, end);
		List<Arrival> confirmed = plant.station(station).linesBetween(l -> l.matches("ACTION \\S+ CONFIRMED.*"), cut,
				healed);
		long longestUnconfirmed = longestGap(confirmed, cut, healed);
		if (twoActing > 0 || twoServers > 0 || longestUnconfirmed > ONE_WAY_CONFIRMATION_GAP_MS) {
			plant.printLines(cut - 500, end);
		}
		assertEquals(0, twoActing, "two nodes acted on the field while " + server + "'s packets to " + standby
				+ " were dropped");
		assertTrue(twoServers < 1_000, "two nodes said SERVER for " + twoServers + " ms while " + server
				+ "'s packets to " + standby + " were dropped");
		assertTrue(longestUnconfirmed <= ONE_WAY_CONFIRMATION_GAP_MS, "the station went " + longestUnconfirmed
				+ " ms without a confirmed action while " + server + "'s packets to " + standby + " were dropped ("
				+ confirmed.size() + " confirmed in " + (healed - cut) + " ms; allowed "
				+ ONE_WAY_CONFIRMATION_GAP_MS + " ms)");
		record("one-way loss", "one-way loss " + server + " -> " + standby, cut, healed, "two SERVERs for " + twoServers + " ms, "
				+ confirmed.size() + " actions confirmed during it, longest without one " + longestUnconfirmed
				+ " ms, " + after + " serves after the heal", SERVER_FAULT_GAP_MS);
	}

	/** The longest time between {@code from}, the arrivals in order, and {@code to}. */
	static long longestGap(List<Arrival> arrivals, long from, long to) {
		long longest = 0;
		long last = from;
		for (Arrival a : arrivals) {
			longest = Math.max(longest, a.at() - last);
			last = a.at();
		}
		return Math.max(longest, to - last);
	}

	/**
	 * Server and standby lose each other (both directions dropped) but both still reach the station, the witness:
	 * two nodes may both say SERVER only for the moment the old server needs to hear of its successor, and never act
	 * on the field at the same time. Returns how long both said SERVER.
	 */
	long cutTheLinkBetweenServerAndStandby() throws Exception {
		String server = settledServer();
		String standby = plant.other(server);
		long[] span = cutBothWaysForTheOutage(server, standby);
		long cut = span[0];
		long healed = span[1];
		String after = plant.awaitSingleServer(Duration.ofSeconds(60));
		Thread.sleep(SETTLE_MS);
		long end = System.currentTimeMillis();
		long overlap = plant.serverOverlapMs(cut, end);
		long acting = plant.actingOverlapMs(cut, end);
		Arrival action = plant.station(station).awaitFirstSince(l -> l.matches("ACTION \\S+ CONFIRMED.*"), healed,
				Duration.ofSeconds(30));
		if (acting > 0 || overlap > 0) {
			plant.printLines(cut - 1_000, end);
		}
		assertEquals(0, acting, "two nodes acted on the field at the same time while their link was cut");
		assertTrue(action != null, "the station had no action confirmed within 30 s after the link was healed\n"
				+ plant.tails());
		record("cut link", "link " + server + " <-> " + standby + " cut", cut, healed, "two SERVERs for " + overlap
				+ " ms, two acting on the field for " + acting + " ms, " + after + " serves after the heal",
				SERVER_FAULT_GAP_MS);
		return overlap;
	}

	/**
	 * The link between the JGroups coordinator and one other node is cut both ways (the standby, or the server when
	 * the standby coordinates): the coordinator excludes it, but cannot tell it so, and the excluded member keeps its
	 * old view until a merge. After the heal it must be back in the view within {@link #REJOIN_LIMIT_MS}, as after
	 * every fault: a member left in an old view is missing from the survivors' view when the server fails next. The
	 * other node and the stations keep reaching both.
	 */
	long cutTheCoordinatorsLink() throws Exception {
		String server = settledServer();
		String standby = plant.other(server);
		String coordinator = plant.coordinator(server);
		String peer = coordinator.equals(standby) ? server : standby;
		long[] span = cutBothWaysForTheOutage(coordinator, peer);
		long cut = span[0];
		long healed = span[1];
		String after = plant.awaitSingleServer(Duration.ofSeconds(60));
		long end = System.currentTimeMillis() + SETTLE_MS;
		Thread.sleep(SETTLE_MS);
		long overlap = plant.serverOverlapMs(cut, end);
		long acting = plant.actingOverlapMs(cut, end);
		if (acting > 0) {
			plant.printLines(cut - 1_000, end);
		}
		assertEquals(0, acting, "two nodes acted on the field at the same time while the link " + coordinator
				+ " <-> " + peer + " was cut");
		record("coordinator link", "link " + coordinator + " (coordinator) <-> " + peer + " cut", cut, healed,
				"two SERVERs for " + overlap + " ms, " + after + " serves after the heal",
				peer.equals(server) ? SERVER_FAULT_GAP_MS : 0);
		return overlap;
	}

	/** Cuts the link between {@code a} and {@code b} both ways for the outage; returns the cut's and the heal's time. */
	private long[] cutBothWaysForTheOutage(String a, String b) throws Exception {
		long cut = lab.dropOneWay(a, b);
		lab.dropOneWay(b, a);
		Thread.sleep(Math.max(0, cut + outageMs - System.currentTimeMillis()));
		long healed = lab.healOneWay(a, b);
		lab.healOneWay(b, a);
		return new long[] {cut, healed};
	}

	private int confirmedBetween(long from, long to) {
		return plant.station(station).linesBetween(l -> l.matches("ACTION \\S+ CONFIRMED.*"), from, to).size();
	}

	/** For a failed fault: every line every process printed since the current fault began to settle. */
	void printSinceTheFaultBegan() {
		plant.printLines(faultBegan, System.currentTimeMillis());
	}

	/** One server, settled, and every process in one view: the start of every fault. */
	private String settledServer() throws Exception {
		faultBegan = System.currentTimeMillis();
		Thread.sleep(2_000);
		String server = plant.awaitSingleServer(Duration.ofSeconds(30));
		plant.awaitOneFullView(Duration.ofSeconds(30));
		return server;
	}

	private long plugBackIn(String host, long cut) throws Exception {
		Thread.sleep(Math.max(0, cut + outageMs - System.currentTimeMillis()));
		return lab.plugCable(host);
	}

	/**
	 * After the standby's cable is back, the server says it is protected again (the standby is in its view and
	 * aligned) and the standby is STANDBY. A standby cut off alone may stay STANDBY all along (it has no quorum to
	 * promote and nothing to step down from) or pass through DEGRADED; either way no ROLE line is required of it.
	 */
	private void awaitProtectedAgain(String server, String standby, long healed) throws Exception {
		Arrival protectedAgain = plant.process(server).awaitFirstSince(
				l -> l.startsWith("PROTECTION node=" + server + " protected=true"), healed, Duration.ofSeconds(30));
		assertTrue(protectedAgain != null, server + " did not say it was protected again within 30 s after "
				+ standby + "'s cable was plugged back in; roles " + plant.roles());
		long deadline = System.currentTimeMillis() + 30_000;
		while (!plant.role(standby).filter("STANDBY"::equals).isPresent() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertEquals("STANDBY", plant.role(standby).orElse("none"), standby + "'s role after its cable was back");
	}

	/** {@code server} said nothing of a role change and never lost its lease between the two times. */
	private void assertServedThroughout(String server, long from, long to, String during) throws Exception {
		Thread.sleep(Math.max(0, to - System.currentTimeMillis()));
		List<Arrival> lines = plant.linesBetween(server, from, to);
		assertTrue(lines.stream().noneMatch(a -> a.line().startsWith("ROLE") || a.line().contains("held=false")),
				server + " did not serve without interruption while " + during + ": " + lines);
	}

	/**
	 * Adds the fault's figures and asserts the longest time without a server holding its lease, measured from the
	 * fault until the cluster settled after the heal.
	 */
	private void record(String kind, String fault, long cut, long healed, String detail, long allowedGapMs)
			throws Exception {
		long rejoined = plant.oneFullViewSince(healed, Duration.ofSeconds(60)) - healed;
		long end = Math.max(System.currentTimeMillis(), healed + SETTLE_MS);
		Thread.sleep(Math.max(0, end - System.currentTimeMillis()));
		List<long[]> gaps = plant.withoutActingServer(cut, end);
		long longest = gaps.stream().mapToLong(g -> g[1] - g[0]).max().orElse(0);
		long leaseAfter = gaps.isEmpty() || gaps.get(0)[0] > cut + outageMs ? 0 : gaps.get(0)[1] - cut;
		LaunchedProcess status = plant.status(3_000);
		status.waitForExit(Duration.ofSeconds(60));
		OptionalLong lag = FaultHarness.replicationLag(status.output());
		String entry = fault + " for " + (healed - cut) + " ms: a server holds its lease " + leaseAfter
				+ " ms after the fault, longest without one " + longest + " ms, " + detail + ", one view again "
				+ rejoined + " ms after the heal, standby lag after the heal "
				+ (lag.isPresent() ? lag.getAsLong() + " facts" : "n/a");
		figures.add(entry);
		longestWithoutServer(kind, longest);
		System.out.printf("%s: %s%n", Instant.ofEpochMilli(cut), entry);
		assertTrue(rejoined <= REJOIN_LIMIT_MS, "not every process was in one view until " + rejoined + " ms after"
				+ " the heal of: " + fault + " (the goal is " + REJOIN_LIMIT_MS + " ms); a member left in an old view"
				+ " is not in the survivors' view when the server fails next");
		assertTrue(longest <= allowedGapMs, "the plant was without a server holding its lease for " + longest
				+ " ms (allowed " + allowedGapMs + " ms) after: " + fault + "; gaps " + gaps.stream()
						.map(g -> Instant.ofEpochMilli(g[0]) + ".." + Instant.ofEpochMilli(g[1])).toList());
	}

	/** What the fault steps need of the schedule that runs them. */
	interface FailoverSteps {
		long valuesAfter(String server, Arrival serving) throws InterruptedException;

		void awaitSwitchBack(long since) throws Exception;
	}
}
