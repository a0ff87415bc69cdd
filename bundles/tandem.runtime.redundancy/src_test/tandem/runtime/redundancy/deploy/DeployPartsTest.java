package tandem.runtime.redundancy.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.User;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.hash.ContentHash;
import tandem.model.io.ProjectStore;

/** The parts of online deployment that need no cluster: runtime data, the version store, the wire format. */
class DeployPartsTest {

	@TempDir
	Path temp;

	@Test
	void recipesAndPasswordsOfTheRunningVersionAreKeptUnlessTheEngineerNamesThem() {
		Project running = new DemoProjectFactory().create();
		Recipe summerRunning = recipe(running);
		summerRunning.getValues().get(0).setValue("4.4");
		user(running, "operator").setPasswordHash(user(running, "viewer").getPasswordHash());
		Project model = new DemoProjectFactory().create();
		List<RuntimeData.Difference> diff = RuntimeData.differences(running, model);
		assertEquals(List.of("recipe:OperatingSeasons/Summer", "user:operator"),
				diff.stream().map(RuntimeData.Difference::item).toList());

		Project keepAll = new DemoProjectFactory().create();
		assertEquals(2, RuntimeData.keepRunning(running, keepAll, Set.of()).size());
		assertEquals("4.4", recipe(keepAll).getValues().get(0).getValue());
		assertEquals(user(running, "operator").getPasswordHash(), user(keepAll, "operator").getPasswordHash());

		Project overwriteRecipe = new DemoProjectFactory().create();
		String modelValue = recipe(overwriteRecipe).getValues().get(0).getValue();
		RuntimeData.keepRunning(running, overwriteRecipe, Set.of("recipe:OperatingSeasons/Summer"));
		assertEquals(modelValue, recipe(overwriteRecipe).getValues().get(0).getValue(), "overwritten as asked");
		assertEquals(user(running, "operator").getPasswordHash(), user(overwriteRecipe, "operator").getPasswordHash(),
				"the password not named is kept");
	}

	@Test
	void theVersionStoreKeepsEveryVersionAndSetsAsideOneTheClusterReplacedUnderItsNumber() throws Exception {
		VersionStore store = new VersionStore(temp);
		Project p = new DemoProjectFactory().create();
		ProjectVersion first = Deployment.startingVersion(store, p, 1000);
		assertEquals(1, first.number());
		assertEquals(ContentHash.of(p), store.active().orElseThrow().hash());
		ProjectVersion alone = version(2, "activated alone before a crash");
		store.stage(alone);
		store.activate(alone);
		ProjectVersion cluster = version(2, "the cluster's version 2");
		store.activate(cluster);
		assertEquals(cluster.hash(), store.get(2).orElseThrow().hash());
		assertEquals(List.of(1, 2), store.list().stream().map(ProjectVersion::number).toList());
		try (var files = Files.list(store.directory().resolve("abandoned"))) {
			assertEquals(2, files.count(), "the replaced version 2 is kept aside, content and description");
		}
		assertEquals(2, new VersionStore(temp).active().orElseThrow().number(), "survives a restart");
		assertFalse(Files.list(store.directory()).anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
	}

	@Test
	void aMalformedOrForeignDeploymentMessageIsAnErrorNamingWhatIsWrong() throws Exception {
		byte[] ok = DeployMessage.encode(new DeployMessage.Staged(3, "abc", true, "staged on b"));
		assertEquals(new DeployMessage.Staged(3, "abc", true, "staged on b"), DeployMessage.decode(ok));
		IOException unknown = assertThrows(IOException.class, () -> DeployMessage.decode(new byte[] { 99 }));
		assertTrue(unknown.getMessage().contains("kind 99 is unknown"), unknown.getMessage());
		byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 3);
		assertThrows(IOException.class, () -> DeployMessage.decode(cut));
		byte[] longer = java.util.Arrays.copyOf(ok, ok.length + 2);
		IOException trailing = assertThrows(IOException.class, () -> DeployMessage.decode(longer));
		assertTrue(trailing.getMessage().contains("after its end"), trailing.getMessage());
		byte[] huge = DeployMessage.encode(new DeployMessage.Stage(version(5, "x")));
		huge[5] = 0x7f; // the length of the hash string becomes absurd
		assertThrows(IOException.class, () -> DeployMessage.decode(huge));
	}

	private ProjectVersion version(int n, String description) {
		Project p = new DemoProjectFactory().create();
		p.setDescription(description);
		return new ProjectVersion(n, ContentHash.of(p), n - 1, "engineer", 2000, List.of(description),
				new ProjectStore().toBytes(p));
	}

	private static Recipe recipe(Project p) {
		return p.getRecipeGroups().get(0).getRecipes().stream().filter(r -> r.getName().equals("Summer")).findFirst()
				.orElseThrow();
	}

	private static User user(Project p, String name) {
		return p.getUsers().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
	}
}
