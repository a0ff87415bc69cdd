package tandem.runtime.redundancy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.demo.DemoProjectFactory;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeKind;

class TopologySettingsTest {

	@TempDir
	Path temp;

	/** The demo project's settings as node {@code node} sees them, its secret in a file padded with blanks. */
	private ClusterSettings demoSettingsAs(String node) throws Exception {
		Project demo = new DemoProjectFactory().create();
		Files.writeString(temp.resolve("cluster.secret"), "  a-secret-of-more-than-16-bytes\n");
		return TopologySettings.from(demo, temp.resolve("plant.tandem"), node, n -> null).build();
	}

	@Test
	void theDemoTopologyBecomesClusterSettingsWithTheWitnessAsVoter() throws Exception {
		ClusterSettings s = demoSettingsAs("beta");
		assertEquals("tandem-water-treatment", s.clusterName());
		assertEquals(List.of("alpha", "beta", "console"), s.voters());
		assertEquals(7801, s.node("beta").orElseThrow().port());
		assertEquals(NodeKind.CLIENT, s.node("console").orElseThrow().kind());
		assertEquals(1, s.node("alpha").orElseThrow().priority());
		assertArrayEquals("a-secret-of-more-than-16-bytes".getBytes(StandardCharsets.UTF_8), s.secret());
		assertFalse(s.tool(), "a topology node is a plant node, not a tool");
	}

	/** {@code tandem status} and the deploy tools join under a name outside the topology: a tool, never a voter. */
	@Test
	void aNodeOutsideTheTopologyJoinsAsATool() throws Exception {
		ClusterSettings s = demoSettingsAs("status-42");
		assertTrue(s.tool(), "status-42 is not in the topology");
		assertEquals(List.of("alpha", "beta", "console"), s.voters());
		assertEquals(NodeKind.CLIENT, s.node("status-42").orElseThrow().kind());
	}

	@Test
	void aSecretFromTheEnvironment() {
		byte[] secret = TopologySettings.secret("env:PLANT_SECRET", temp.resolve("p.tandem"),
				Map.of("PLANT_SECRET", "from-the-environment-0123")::get);
		assertArrayEquals("from-the-environment-0123".getBytes(StandardCharsets.UTF_8), secret);
	}

	@Test
	void aMissingSecretIsAStartUpErrorNamingTheReference() {
		Path file = temp.resolve("p.tandem");
		IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
				() -> TopologySettings.secret("env:PLANT_SECRET", file, n -> null));
		assertTrue(env.getMessage().contains("env:PLANT_SECRET") && env.getMessage().contains("not set"),
				env.getMessage());
		IllegalArgumentException missingFile = assertThrows(IllegalArgumentException.class,
				() -> TopologySettings.secret("file:keys/none.secret", file, n -> null));
		assertTrue(missingFile.getMessage().contains("file:keys/none.secret")
				&& missingFile.getMessage().contains(temp.resolve("keys/none.secret").toString()), missingFile.getMessage());
		IllegalArgumentException bare = assertThrows(IllegalArgumentException.class,
				() -> TopologySettings.secret("demo-cluster-secret", file, n -> null));
		assertTrue(bare.getMessage().contains("neither env:NAME nor file:PATH"), bare.getMessage());
	}
}
