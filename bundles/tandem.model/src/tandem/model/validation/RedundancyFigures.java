package tandem.model.validation;

import tandem.model.Node;
import tandem.model.NodeRole;
import tandem.model.Topology;

/**
 * What a topology's timings and nodes mean for the plant, in the figures an engineer weighs: the server's lease on
 * the field, how long a failure takes to detect, the worst-case time until the standby serves and until it acts on
 * the field, and whether the voters can decide a split brain. The formulas are the runtime's
 * ({@code tandem.runtime.cluster.ServerLease} and {@code ClusterSettings}); they are repeated here because the
 * model must not depend on the cluster, and {@code RedundancyFiguresTest} in the studio compares the two.
 *
 * @param leaseMs            failure detection + verify-suspect - heartbeat - {@link #LEASE_MARGIN_MS}
 * @param crashDetectionMs   a killed process: its socket closes, only the verify-suspect timeout passes
 * @param silenceDetectionMs a silent host or a paused process: timeout + one heartbeat + verify-suspect
 * @param worstCaseServingMs until the standby records as server after the worst failure (= silence detection)
 * @param worstCaseActingMs  until it also writes to the field: elected servers wait out the old lease when a
 *                           witness votes (a pair without a witness does not wait)
 * @param voters             server-capable nodes plus the witness
 * @param splitBrainSafe     an odd number of at least three voters: one side always has a majority
 */
public record RedundancyFigures(long leaseMs, long crashDetectionMs, long silenceDetectionMs, long worstCaseServingMs,
        long worstCaseActingMs, int voters, boolean splitBrainSafe) {

    /** As {@code ServerLease.MARGIN_MS}. */
    public static final long LEASE_MARGIN_MS = 300;
    /** As {@code ServerLease.MIN_LEASE_MS}: shorter timings are refused. */
    public static final long MIN_LEASE_MS = 300;

    public static RedundancyFigures of(Topology topology) {
        long timeout = topology.getFailureDetectionTimeoutMs();
        long heartbeat = topology.getHeartbeatIntervalMs();
        long verify = topology.getVerifySuspectTimeoutMs();
        long lease = timeout + verify - heartbeat - LEASE_MARGIN_MS;
        long silence = timeout + heartbeat + verify;
        int voters = voters(topology);
        boolean witnessVotes = voters > servers(topology);
        long acting = silence + (witnessVotes ? lease + LEASE_MARGIN_MS : 0);
        return new RedundancyFigures(lease, verify, silence, silence, acting, voters, voters >= 3 && voters % 2 == 1);
    }

    static int servers(Topology topology) {
        return (int) topology.getNodes().stream().filter(n -> n.getRole() == NodeRole.SERVER_CAPABLE).count();
    }

    static int voters(Topology topology) {
        Node witness = topology.getWitness();
        boolean witnessVotes = witness != null && witness.getRole() != NodeRole.SERVER_CAPABLE && witness.eContainer() == topology;
        return servers(topology) + (witnessVotes ? 1 : 0);
    }
}
