package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.LimitAlarm;
import tandem.model.Project;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.redundancy.deploy.DeployClient;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.DeployMessage.Step;
import tandem.runtime.redundancy.deploy.Deployment;

/** Online deployment between two runtime nodes in this JVM: the studio deploys, both switch at one fact. */
class DeploymentTest {

	@TempDir
	Path temp;

	@Test
	void aDeployedAlarmLimitRunsOnServerAndStandbyFromOneFactWithoutAnArchiveGap() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = pair(t);
			RedundantNode b = t.nodes.get(1);
			DeployClient studio = t.studio();
			Thread.sleep(1500); // some archive history before the activation
			Project next = DeployNodes.project();
			limit(next).getHigh().setValue(3.9);
			List<DeployMessage.Progress> steps = new ArrayList<>();
			long before = System.currentTimeMillis();
			DeployMessage.Progress end = DeployNodes.deploy(studio, next, 1, steps);
			long took = System.currentTimeMillis() - before;
			assertEquals(Step.ACTIVE, end.step(), end.message() + " " + end.lines());
			assertEquals(2, end.version());
			assertTrue(steps.stream().anyMatch(p -> p.step() == Step.STAGED && p.node().equals("b")), steps.toString());
			assertTrue(end.lines().stream().anyMatch(l -> l.contains("changed from '4.2' to '3.9'")), end.lines().toString());
			TestNodes.await("b runs version 2", 5000, () -> DeployNodes.activeVersion(b) == 2);
			assertEquals(2, DeployNodes.activeVersion(a));
			for (RedundantNode n : List.of(a, b)) {
				assertEquals(3.9, high(n).limit(), 1e-9, n.name() + " runs the new limit");
				assertEquals(a.deployment().active().hash(), n.projectHash());
				assertEquals(n.projectHash(), n.member().projectHash(), n.name() + " announces the new hash");
			}
			Thread.sleep(1500); // archive history after the activation
			a.flushHistory();
			b.flushHistory();
			LoggedFact onA = activation(a);
			LoggedFact onB = activation(b);
			assertEquals(onA.fact(), onB.fact(), "the standby holds the server's activation fact");
			assertEquals("version 2: deployed by engineer", a.deployment().lastSwitch());
			assertEquals("version 2: at the server's activation fact", b.deployment().lastSwitch(),
					"the standby switched when it stored the activation fact of the stream, not on a message");
			long at = onA.fact().time();
			for (RedundantNode n : List.of(a, b)) {
				List<ArchiveSample> samples = n.history().samples("Tank1.Level", at - 1000, at + 1000);
				assertTrue(samples.size() >= 8, n.name() + ": " + samples.size() + " samples around the activation");
				for (int i = 1; i < samples.size(); i++) {
					long gap = samples.get(i).sourceTime() - samples.get(i - 1).sourceTime();
					assertTrue(gap <= DeployNodes.ARCHIVE_MS, n.name() + ": archive gap of " + gap + " ms at "
							+ samples.get(i).sourceTime() + " (activation at " + at + ")");
				}
			}
			System.out.println("deploy of the demo to a and b took " + took + " ms from request to ACTIVE");
		}
	}

	@Test
	void refusedVersionsChangeNothingAndSayWhy() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = pair(t);
			RedundantNode b = t.nodes.get(1);
			DeployClient studio = t.studio();
			Project next = DeployNodes.project();
			limit(next).getHigh().setValue(3.9);
			List<DeployMessage.Progress> steps = new ArrayList<>();
			assertRefused(DeployNodes.deploy(studio, "engineer", "wrong", next, 1, false, steps), "wrong password");
			assertRefused(DeployNodes.deploy(studio, "operator", "operator", next, 1, false, steps),
					"no role with the deploy permission");
			assertRefused(studio.deploy("engineer", "engineer".toCharArray(), 1, "0000", new tandem.model.io.ProjectStore()
					.toBytes(next), false, java.util.Set.of(), steps::add, 30_000), "does not match");
			assertRefused(studio.deploy("engineer", "engineer".toCharArray(), 1, "0000",
					"<not a project".getBytes(), false, java.util.Set.of(), steps::add, 30_000), "cannot be read");
			Project invalid = DeployNodes.project();
			invalid.getVariables().get(1).setName(invalid.getVariables().get(0).getName());
			assertRefused(DeployNodes.deploy(studio, invalid, 1, steps), "does not validate");
			assertRefused(DeployNodes.deploy(studio, next, 0, steps), "stale base");
			for (RedundantNode n : List.of(a, b)) {
				assertEquals(1, DeployNodes.activeVersion(n), n.name());
				assertEquals(4.2, high(n).limit(), 1e-9, n.name());
				assertEquals(1, n.deployment().store().list().size(), n.name() + " holds only version 1");
			}
		}
	}

	@Test
	void aStaleBaseListsTheDiffAndForcingDeploysIt() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = pair(t);
			DeployClient studio = t.studio();
			Project mine = DeployNodes.project();
			limit(mine).getHigh().setValue(3.9);
			List<DeployMessage.Progress> steps = new ArrayList<>();
			assertEquals(Step.ACTIVE, DeployNodes.deploy(studio, mine, 1, steps).step());
			Project theirs = DeployNodes.project(); // another engineer, still on version 1
			limit(theirs).getHigh().setValue(4.0);
			DeployMessage.Progress stale = DeployNodes.deploy(studio, theirs, 1, steps);
			assertRefused(stale, "based on version 1, but version 2");
			assertTrue(stale.lines().stream().anyMatch(l -> l.contains("from '3.9' to '4.0'")), stale.lines().toString());
			DeployMessage.Progress forced = DeployNodes.deploy(studio, "engineer", "engineer", theirs, 1, true, steps);
			assertEquals(Step.ACTIVE, forced.step(), forced.message());
			assertEquals(3, forced.version());
			assertEquals(4.0, high(a).limit(), 1e-9);
			DeployMessage.Versions list = studio.versions(5000);
			assertEquals(List.of(1, 2, 3), list.versions().stream().map(v -> v.number()).toList());
			assertEquals(3, list.running().number());
			assertEquals("engineer", list.versions().get(2).author());
		}
	}

	@Test
	void aNodeThatCannotStageMeansNothingIsActivatedAndTheStudioHearsWhichAndWhy() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = pair(t);
			RedundantNode b = t.nodes.get(1);
			DeployClient studio = t.studio();
			Project next = DeployNodes.project();
			tandem.model.ModbusTcpDriver modbus = tandem.model.TandemFactory.eINSTANCE.createModbusTcpDriver();
			modbus.setName("PLC");
			modbus.setHost("127.0.0.1");
			modbus.setPort(1502);
			next.getDrivers().add(modbus); // neither node has a Modbus driver in this test
			List<DeployMessage.Progress> steps = new ArrayList<>();
			DeployMessage.Progress end = DeployNodes.deploy(studio, next, 1, steps);
			assertEquals(Step.FAILED, end.step(), end.message());
			assertTrue(end.message().startsWith("nothing activated"), end.message());
			assertTrue(end.message().contains("PLC") && end.message().contains("modbus"), end.message());
			Thread.sleep(500);
			for (RedundantNode n : List.of(a, b)) {
				assertEquals(1, DeployNodes.activeVersion(n), n.name());
				assertEquals(1, n.deployment().store().list().size(), n.name());
			}
		}
	}

	@Test
	void aStandbyCutOffDuringStagingMeansNothingIsActivatedAndAfterTheHealBothRunOneVersion() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = pair(t);
			RedundantNode b = t.nodes.get(1);
			DeployClient studio = t.studio();
			Project next = DeployNodes.project();
			limit(next).getHigh().setValue(3.9);
			TestNodes.cut(a, b); // b stays in a's view until it is suspected: the Stage message is lost
			DeployMessage.Progress end = DeployNodes.deploy(studio, next, 1, new ArrayList<>());
			assertEquals(Step.FAILED, end.step(), end.message());
			// which side the studio stays with depends on which node coordinates the view when b is suspected: a
			// names b as the node that could not stage, or the studio sees a leave; either way nothing is activated
			assertTrue(end.message().startsWith("nothing activated") && end.message().contains("b")
					|| end.message().startsWith("server a left the cluster during the deploy"), end.message());
			assertEquals(1, DeployNodes.activeVersion(a));
			assertEquals(1, DeployNodes.activeVersion(b));
			TestNodes.heal(a, b);
			TestNodes.await("one server again after the heal", 20_000, () -> (a.role() == MemberRole.SERVER)
					!= (b.role() == MemberRole.SERVER));
			Thread.sleep(3_000);
			assertEquals(DeployNodes.activeVersion(a), DeployNodes.activeVersion(b));
			assertEquals(a.projectHash(), b.projectHash());
		}
	}

	@Test
	void aReturningNodeWithAnOlderVersionTakesTheServersAndIsNotPromotedBeforeIt() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = pair(t);
			RedundantNode b = t.nodes.get(1);
			b.close();
			t.nodes.remove(b);
			DeployClient studio = t.studio();
			Project next = DeployNodes.project();
			limit(next).getHigh().setValue(3.9);
			assertEquals(Step.ACTIVE, DeployNodes.deploy(studio, next, 1, new ArrayList<>()).step());
			RedundantNode back = t.start("b"); // its store says version 1
			assertEquals(1, DeployNodes.activeVersion(back));
			TestNodes.await("returning b runs the server's version 2", 10_000,
					() -> DeployNodes.activeVersion(back) == 2);
			assertEquals(3.9, high(back).limit(), 1e-9);
			assertEquals(a.projectHash(), back.projectHash());
			assertTrue(back.deployment().store().holds(2));
		}
	}

	@Test
	void aRollbackDeploysTheEarlierVersionAsANewOne() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = pair(t);
			RedundantNode b = t.nodes.get(1);
			DeployClient studio = t.studio();
			Project next = DeployNodes.project();
			limit(next).getHigh().setValue(3.9);
			assertEquals(Step.ACTIVE, DeployNodes.deploy(studio, next, 1, new ArrayList<>()).step());
			Project first = Deployment.load(a.deployment().store().get(1).orElseThrow());
			DeployMessage.Progress back = DeployNodes.deploy(studio, first, 2, new ArrayList<>());
			assertEquals(Step.ACTIVE, back.step(), back.message());
			assertEquals(3, back.version());
			TestNodes.await("b runs version 3", 5000, () -> DeployNodes.activeVersion(b) == 3);
			for (RedundantNode n : List.of(a, b)) {
				assertEquals(4.2, high(n).limit(), 1e-9, n.name());
				assertEquals(n.deployment().store().get(1).orElseThrow().hash(), n.projectHash());
			}
		}
	}

	/** Server a and standby b, aligned; returns a. */
	static RedundantNode pair(DeployNodes t) throws Exception {
		RedundantNode a = t.start("a");
		TestNodes.await("a serves", 5000, () -> a.role() == MemberRole.SERVER);
		RedundantNode b = t.start("b");
		TestNodes.await("b stands by for a", 8000,
				() -> b.role() == MemberRole.STANDBY && b.member().serverNode().equals(Optional.of("a")) && b.member().aligned());
		return a;
	}

	private static void assertRefused(DeployMessage.Progress p, String why) {
		assertEquals(Step.REFUSED, p.step(), p.message());
		assertTrue(p.message().contains(why), "expected '" + why + "' in: " + p.message());
	}

	private static LimitAlarm limit(Project p) {
		return (LimitAlarm) p.getAlarms().stream().filter(x -> x.getName().equals("Tank1.Level.Limits")).findFirst()
				.orElseThrow();
	}

	private static AlarmDefinition high(RedundantNode n) {
		return n.configuration().alarms().stream().filter(d -> d.variable().equals("Tank1.Level")
				&& d.kind() == AlarmDefinition.Kind.HIGH).findFirst().orElseThrow();
	}

	private static LoggedFact activation(RedundantNode n) {
		for (LoggedFact f : n.history().readLog(0, 1_000_000)) {
			if (f.fact() instanceof CelEntry c && c.key().contains(Deployment.ACTIVATE_EVENT + "2@")) {
				return f;
			}
		}
		throw new AssertionError(n.name() + " holds no activation fact of version 2");
	}
}
