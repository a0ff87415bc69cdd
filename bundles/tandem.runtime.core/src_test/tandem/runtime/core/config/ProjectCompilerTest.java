package tandem.runtime.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.model.Project;
import tandem.model.demo.DemoProjectFactory;
import tandem.runtime.core.RuntimeNode;
import tandem.runtime.core.TestPlant;
import tandem.runtime.core.operator.Session;

class ProjectCompilerTest {

	@TempDir
	Path dir;

	@Test
	void theDemoProjectCompilesAndRunsWithItsAlarmsArchivesAndUsers() throws Exception {
		Project demo = new DemoProjectFactory().create();
		RuntimeConfiguration c = new ProjectCompiler().compile(demo);
		assertEquals(demo.getVariables().size(), c.variables().size());
		assertEquals(42L, c.seed());
		assertFalse(c.alarms().isEmpty());
		assertFalse(c.archives().isEmpty());
		assertTrue(c.variables().stream().allMatch(v -> v.rateMillis() > 0));

		AtomicLong clock = new AtomicLong(TestPlant.T0);
		RuntimeNode node = TestPlant.node(c, "demo", dir, clock);
		node.start();
		for (long t = TestPlant.T0; t < TestPlant.T0 + 60_000; t += 100) {
			clock.set(t);
			node.pollAll(t);
		}
		Session operator = node.operators().login("l1", "operator", "operator".toCharArray());
		assertTrue(operator.may(Permission.ACKNOWLEDGE_ALARMS));
		node.flushHistory();
		assertFalse(node.history().variables().isEmpty(), "archives recorded samples");
		node.stop();
	}
}
