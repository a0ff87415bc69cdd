package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.security.PasswordHash;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.redundancy.client.ClusterPlantConnection;
import tandem.runtime.redundancy.deploy.DeployClient;
import tandem.runtime.redundancy.deploy.DeployMessage;
import tandem.runtime.redundancy.deploy.DeployMessage.Step;
import tandem.runtime.redundancy.deploy.RuntimeData;

/**
 * Runtime data changed on the running system — a recipe's values, a password — is the next project version: held
 * by server, standby and stations, used by the next download or login, kept through a failover, and seen by the
 * engineer's next deploy as runtime data to keep rather than silently overwritten.
 */
class RuntimeDataChangeTest {

	@TempDir
	Path temp;

	@Test
	void aRecipeEditedAtAStationIsTheNextVersionEverywhereAndTheEngineersNextDeployKeepsIt() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = DeploymentTest.pair(t);
			RedundantNode b = t.nodes.get(1);
			ClusterPlantConnection station = connected(t);
			assertTrue(station.login("operator", "operator".toCharArray()).get(5, TimeUnit.SECONDS).confirmed());
			ActionResult refused = station.editRecipe("Summer", Map.of("Tank1.LevelSetpoint", "3.2")).get(10,
					TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.REFUSED, refused.outcome());
			assertTrue(refused.message().contains("EDIT_RECIPES"), refused.message());
			assertTrue(station.logout().get(5, TimeUnit.SECONDS).confirmed());

			assertTrue(station.login("engineer", "engineer".toCharArray()).get(5, TimeUnit.SECONDS).confirmed());
			ActionResult outOfRange = station.editRecipe("Summer", Map.of("Tank1.LevelSetpoint", "99")).get(10,
					TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.REFUSED, outOfRange.outcome(), outOfRange.message());
			assertEquals(1, DeployNodes.activeVersion(a), "a refused edit changes nothing");

			Map<String, String> edit = new LinkedHashMap<>();
			edit.put("Tank1.LevelSetpoint", "3.2");
			edit.put("Dist.Pump1.SpeedSetpoint", "80");
			long before = System.currentTimeMillis();
			ActionResult done = station.editRecipe("Summer", edit).get(35, TimeUnit.SECONDS);
			long took = System.currentTimeMillis() - before;
			assertTrue(done.confirmed(), done.outcome() + " " + done.message());
			System.out.println("recipe edit at the station to its confirmed outcome: " + took + " ms");

			TestNodes.await("server, standby and station run version 2", 10_000,
					() -> DeployNodes.activeVersion(a) == 2 && DeployNodes.activeVersion(b) == 2
							&& station.projectVersion().number() == 2);
			for (RedundantNode n : List.of(a, b)) {
				Map<String, String> values = n.configuration().recipe("Summer").orElseThrow().values();
				assertEquals("3.2", values.get("Tank1.LevelSetpoint"), n.name());
				assertEquals("80", values.get("Dist.Pump1.SpeedSetpoint"), n.name());
				assertEquals("4.8", values.get("Tank2.LevelSetpoint"), n.name() + ": the other values stay");
				assertEquals("engineer", n.deployment().active().author(), n.name());
			}
			assertTrue(a.deployment().active().changes().stream().anyMatch(l -> l.contains("'3.5' to '3.2'")),
					a.deployment().active().changes().toString());
			a.flushHistory();
			b.flushHistory();
			for (RedundantNode n : List.of(a, b)) {
				List<OperatorAction> edits = n.history().celFacts(0, Long.MAX_VALUE).stream()
						.filter(f -> f instanceof OperatorAction x && x.kind() == ActionKind.RECIPE_EDIT)
						.map(f -> (OperatorAction) f).toList();
				assertEquals(3, edits.size(), n.name() + ": two refusals and one accepted edit: " + edits);
				assertTrue(edits.stream().anyMatch(x -> x.accepted() && x.detail().contains("Tank1.LevelSetpoint=3.2")
						&& x.detail().contains("project version 2")), edits.toString());
			}

			assertTrue(station.downloadRecipe("Summer").get(5, TimeUnit.SECONDS).confirmed());
			TestNodes.await("the download writes the edited value", 5000,
					() -> station.values().get("Tank1.LevelSetpoint") != null
							&& Math.abs(((Number) station.values().get("Tank1.LevelSetpoint").data()).doubleValue()
									- 3.2) < 1e-6);

			DeployClient studio = t.studio();
			List<DeployMessage.Progress> steps = new ArrayList<>();
			Project model = DeployNodes.project(); // the engineer's model, still with the old recipe values
			model.getVariables().get(0).setDescription("described anew by the engineer");
			DeployMessage.Progress stale = DeployNodes.deploy(studio, model, 1, steps);
			assertEquals(Step.REFUSED, stale.step(), stale.message());
			assertTrue(stale.message().contains("version 2 (by engineer)"), stale.message());
			List<RuntimeData.Difference> differences = RuntimeData.differences(a.deployment().activeProject(), model);
			assertEquals(List.of("recipe:OperatingSeasons/Summer"), differences.stream().map(d -> d.item()).toList());
			DeployMessage.Progress next = DeployNodes.deploy(studio, model, 2, steps);
			assertEquals(Step.ACTIVE, next.step(), next.message());
			assertTrue(next.lines().stream().anyMatch(l -> l.contains("kept the running recipe:OperatingSeasons/Summer")),
					next.lines().toString());
			TestNodes.await("b runs version 3", 10_000, () -> DeployNodes.activeVersion(b) == 3);
			assertEquals("3.2", b.configuration().recipe("Summer").orElseThrow().values().get("Tank1.LevelSetpoint"),
					"the engineer's deploy kept the value set on the running system");
		}
	}

	@Test
	void aPasswordChangedAtAStationHoldsOnTheStandbyAfterTheServerFails() throws Exception {
		try (DeployNodes t = new DeployNodes(temp)) {
			RedundantNode a = DeploymentTest.pair(t);
			RedundantNode b = t.nodes.get(1);
			ClusterPlantConnection station = connected(t);
			assertTrue(station.login("operator", "operator".toCharArray()).get(5, TimeUnit.SECONDS).confirmed());
			ActionResult wrong = station.changePassword("operator", "guess".toCharArray(), "river-pump-7".toCharArray())
					.get(10, TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.REFUSED, wrong.outcome());
			assertTrue(wrong.message().contains("current password"), wrong.message());
			ActionResult someoneElse = station.changePassword("engineer", new char[0], "river-pump-7".toCharArray())
					.get(10, TimeUnit.SECONDS);
			assertTrue(someoneElse.message().contains("MANAGE_USERS"), someoneElse.message());
			ActionResult done = station.changePassword("operator", "operator".toCharArray(),
					"river-pump-7".toCharArray()).get(35, TimeUnit.SECONDS);
			assertTrue(done.confirmed(), done.outcome() + " " + done.message());
			TestNodes.await("b runs version 2", 10_000, () -> DeployNodes.activeVersion(b) == 2);
			String hash = b.configuration().user("operator").orElseThrow().passwordHash();
			assertTrue(PasswordHash.verify("river-pump-7".toCharArray(), hash));
			assertFalse(b.deployment().active().changes().stream().anyMatch(l -> l.contains(hash)),
					"the version list names the change, not the hash: " + b.deployment().active().changes());
			assertTrue(station.logout().get(5, TimeUnit.SECONDS).confirmed());

			a.close(); // the server fails; the standby takes over with the changed password
			TestNodes.await("b serves and the station follows it", 10_000,
					() -> b.role() == MemberRole.SERVER && station.server().node().equals("b"));
			ActionResult old = station.login("operator", "operator".toCharArray()).get(10, TimeUnit.SECONDS);
			assertEquals(ActionResult.Outcome.REFUSED, old.outcome(), "the old password no longer opens a session");
			ActionResult fresh = station.login("operator", "river-pump-7".toCharArray()).get(10, TimeUnit.SECONDS);
			assertTrue(fresh.confirmed(), fresh.outcome() + " " + fresh.message());
		}
	}

	private static ClusterPlantConnection connected(DeployNodes t) throws Exception {
		ClusterPlantConnection station = t.station();
		TestNodes.await("the station follows a", 8000, () -> station.server().node().equals("a"));
		return station;
	}
}
