package tandem.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tandem.model.NodeRole;
import tandem.model.Project;
import tandem.model.TestProjects;
import tandem.model.Topology;

class RedundancyFiguresTest {

    @Test
    void theDemoTimingsGiveTheDocumentedLeaseAndFailover() {
        Topology topology = TestProjects.demo().getTopology();
        topology.setFailureDetectionTimeoutMs(1500);
        topology.setHeartbeatIntervalMs(500);
        topology.setVerifySuspectTimeoutMs(300);
        RedundancyFigures f = RedundancyFigures.of(topology);
        assertEquals(1000, f.leaseMs(), "docs/redundancy.md: 1,000 ms by default");
        assertEquals(300, f.crashDetectionMs());
        assertEquals(2300, f.silenceDetectionMs(), "ClusterSettings.detectionTimeMs()");
        assertEquals(2300 + 1000 + 300, f.worstCaseActingMs(), "an elected server waits one lease + 300 ms");
        assertEquals(3, f.voters());
        assertTrue(f.splitBrainSafe());
    }

    @Test
    void aPairWithoutAWitnessDoesNotWaitButIsNotProtected() {
        Project project = TestProjects.demo();
        Topology topology = project.getTopology();
        topology.setWitness(null);
        RedundancyFigures f = RedundancyFigures.of(topology);
        assertEquals(2, f.voters());
        assertFalse(f.splitBrainSafe());
        assertEquals(f.worstCaseServingMs(), f.worstCaseActingMs());
    }

    @Test
    void aServerCapableWitnessDoesNotVoteTwice() {
        Topology topology = TestProjects.demo().getTopology();
        topology.getWitness().setRole(NodeRole.SERVER_CAPABLE);
        assertEquals(3, RedundancyFigures.of(topology).voters());
    }
}
