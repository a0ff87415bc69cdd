package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import tandem.model.security.PasswordHash;
import tandem.runtime.api.driver.DriverTag.TagType;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.cluster.RoleChange;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.core.config.ArchiveDefinition;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.Permission;
import tandem.runtime.core.config.RecipeDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.UserDefinition;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.driver.sim.SimulatorDriverFactory;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.redundancy.client.ClusterPlantConnection;

/**
 * Server-capable nodes a (priority 1) and b (2) plus station c of one small simulated plant, in this JVM: real H2
 * files in a temporary folder, real JGroups over SHARED_LOOPBACK with fast failure detection. Closes everything.
 */
final class TestNodes implements AutoCloseable {

	static final byte[] SECRET = "water-works-test-cluster-secret-42".getBytes(StandardCharsets.UTF_8);
	static final String PASSWORD = "s3cret!";
	static final long RATE = 200;
	/** An alarm whose condition holds all the time: one alarm for as long as the plant runs. */
	static final String STANDING = "Pressure.HIGH";
	static final List<String> ARCHIVED = List.of("Tank.Level", "Flow.In", "Valve.Position");
	/** A steady ramp of 1 %/s recorded by an on-change archive with this deadband: a sample every third slot. */
	static final String RAMP = "Dosing.Ramp";
	static final double RAMP_DEADBAND = 0.5;

	final ClusterSettings settings;
	final RuntimeConfiguration configuration = configuration();
	final Path dir;
	final List<RedundantNode> nodes = new ArrayList<>();
	final List<ClusterPlantConnection> stations = new ArrayList<>();
	final List<RoleChange> roleChanges = Collections.synchronizedList(new ArrayList<>());

	TestNodes(Path dir) {
		this(dir, false);
	}

	/** @param stationIsWitness c is the topology's witness, and links can be cut ({@link #cut}) */
	TestNodes(Path dir, boolean stationIsWitness) {
		this.dir = dir;
		ClusterSettings.Builder b = ClusterSettings.builder("redundancy-test-" + UUID.randomUUID(), SECRET)
				.transport(ClusterSettings.Transport.SHARED_LOOPBACK).failureDetection(1000, 300, 200)
				.joinTimeoutMs(300).announceGraceMs(600).node(NodeSpec.server("a", 1)).node(NodeSpec.server("b", 2))
				.node(NodeSpec.of("c", NodeKind.CLIENT));
		if (stationIsWitness) {
			b.witness("c").faultInjection(true);
		}
		this.settings = b.build();
	}

	/** Cuts the link between two nodes both ways; each still reaches everybody else. */
	static void cut(RedundantNode x, RedundantNode y) {
		x.member().faultCut(y.name());
		y.member().faultCut(x.name());
	}

	/** Heals every cut link of these nodes. */
	static void heal(RedundantNode... nodes) {
		for (RedundantNode n : nodes) {
			n.member().faultHeal();
		}
	}

	static RuntimeConfiguration configuration() {
		String hash = new PasswordHash(new java.util.Random(1), 1_000).hash(PASSWORD.toCharArray());
		return new RuntimeConfiguration("Waterworks", 1, 42, List.of(new DriverDefinition("Plant", "sim", Map.of())),
				List.of(variable("Tank.Level", "tank?min=0&max=100&period=20", false),
						variable("Flow.In", "flow", false),
						variable("Valve.Position", "sine?min=0&max=100&period=10", false),
						variable("Tank.Setpoint", "sine", true),
						variable("Pressure", "sine?min=80&max=90&period=600", false),
						variable(RAMP, "ramp?min=0&max=100&period=100", false)),
				List.of(new AlarmDefinition("Valve.Position.HIGH", "Valve.Position", AlarmDefinition.Kind.HIGH, 70, 5, 0,
						2, true, "Valve wide open"),
						new AlarmDefinition(STANDING, "Pressure", AlarmDefinition.Kind.HIGH, 50, 1, 0, 3, true,
								"Pressure high (all the time)")),
				List.of(new ArchiveDefinition("Every", ArchiveDefinition.Mode.CYCLIC, ARCHIVED, RATE, 0.0, null, 30),
						new ArchiveDefinition("Changes", ArchiveDefinition.Mode.ON_CHANGE, List.of(RAMP), 0,
								RAMP_DEADBAND, null, 30)),
				List.of(new RecipeDefinition("Summer", Map.of("Tank.Setpoint", "70"))),
				List.of(new UserDefinition("anna", hash, Set.of(Permission.VIEW, Permission.ACKNOWLEDGE_ALARMS,
						Permission.WRITE_VARIABLES, Permission.DOWNLOAD_RECIPES, Permission.SHELVE_ALARMS)),
						new UserDefinition("victor", hash, Set.of(Permission.VIEW)),
						new UserDefinition("otto", hash, Set.of(Permission.VIEW, Permission.REMOVE_ALARMS_FROM_SERVICE))),
				365);
	}

	private static VariableDefinition variable(String name, String address, boolean writable) {
		return new VariableDefinition(name, "Plant", address, RATE, TagType.FLOAT, writable, 0.0, 100.0, "%");
	}

	RedundantNode start(String name) throws Exception {
		RedundantNode n = new RedundantNode(configuration, "hash-1", name, dir.resolve(name), settings,
				List.of(new SimulatorDriverFactory()), new RedundantNode.Options(System::currentTimeMillis,
						HistoryOptions.defaults().withOpenTimeout(java.time.Duration.ofSeconds(10)), 100, true));
		n.addRoleListener(roleChanges::add);
		n.start();
		nodes.add(n);
		return n;
	}

	ClusterPlantConnection station(String name) throws Exception {
		ClusterPlantConnection c = ClusterPlantConnection.open(settings, name, "hash-1");
		stations.add(c);
		return c;
	}

	record Pair(RedundantNode a, RedundantNode b, ClusterPlantConnection c) {
	}

	/** Server a, standby b and station c, once a serves, b stands by and c is connected to a. */
	Pair pair() throws Exception {
		RedundantNode a = start("a");
		RedundantNode b = start("b");
		ClusterPlantConnection c = station("c");
		await("a serves, b stands by, c is connected to a", 6000,
				() -> a.role() == MemberRole.SERVER && b.role() == MemberRole.STANDBY
						&& b.member().serverNode().equals(Optional.of("a")) && c.server().node().equals("a"));
		return new Pair(a, b, c);
	}

	static void await(String what, long timeoutMs, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + timeoutMs;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted while waiting until " + what);
			}
		}
		fail("not within " + timeoutMs + " ms: " + what);
	}

	static void sleep(long ms) throws InterruptedException {
		Thread.sleep(ms);
	}

	@Override
	public void close() {
		for (ClusterPlantConnection c : stations) {
			c.close();
		}
		for (RedundantNode n : nodes) {
			n.close();
		}
	}
}
