package tandem.model.validation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.model.Node;
import tandem.model.NodeRole;
import tandem.model.Topology;

/**
 * Redundancy topology: one primary server (lowest priority number), at least one standby when redundancy is on,
 * sensible timeouts, and a warning when only two voters exist (split brain cannot be decided).
 */
final class TopologyRules {

    private static final long LEASE_MARGIN_MS = RedundancyFigures.LEASE_MARGIN_MS;
    private static final long MIN_LEASE_MS = RedundancyFigures.MIN_LEASE_MS;

    private final Problems problems;

    TopologyRules(Problems problems) {
        this.problems = problems;
    }

    void check() {
        Topology topology = problems.project().getTopology();
        if (topology == null) {
            problems.warning(problems.project(), "has no topology; it can only run on a single node");
            return;
        }
        if (topology.getClusterName() == null || topology.getClusterName().isBlank()) {
            problems.error(topology, "has no cluster name");
        }
        if (topology.getSecretRef() == null || topology.getSecretRef().isBlank()) {
            problems.error(topology, "names no cluster secret; members could not authenticate each other");
        }
        checkTimeouts(topology);
        Map<String, Node> endpoints = new HashMap<>();
        for (Node node : topology.getNodes()) {
            checkNode(node, endpoints);
        }
        checkServers(topology);
        checkWitness(topology);
    }

    private void checkTimeouts(Topology topology) {
        if (topology.getHeartbeatIntervalMs() < 10) {
            problems.error(topology, "heartbeat interval " + topology.getHeartbeatIntervalMs() + " ms is too short; at least 10 ms");
        }
        if (topology.getFailureDetectionTimeoutMs() < 2 * topology.getHeartbeatIntervalMs()) {
            // FD_ALL3 suspects after timeout/interval silent intervals: fewer than two turns one lost heartbeat
            // into a failover
            problems.error(topology, "failure detection timeout (" + topology.getFailureDetectionTimeoutMs()
                    + " ms) must be at least twice the heartbeat interval (" + topology.getHeartbeatIntervalMs() + " ms)");
        } else if (topology.getFailureDetectionTimeoutMs() < 1000) {
            problems.warning(topology, "failure detection timeout " + topology.getFailureDetectionTimeoutMs()
                    + " ms is short: a garbage-collection pause can cause a false failover");
        }
        if (topology.getVerifySuspectTimeoutMs() < 0) {
            problems.error(topology, "verify-suspect timeout " + topology.getVerifySuspectTimeoutMs() + " ms is negative");
            return;
        }
        // the server's lease on the field (tandem.runtime.cluster.ServerLease) must end before the standby can
        // promote, yet outlast a few announcements
        long lease = RedundancyFigures.of(topology).leaseMs();
        if (lease < MIN_LEASE_MS) {
            problems.error(topology, "the failure detection timings leave the server a lease on the field of " + lease
                    + " ms (timeout + verify-suspect - heartbeat - " + LEASE_MARGIN_MS + " ms); at least " + MIN_LEASE_MS
                    + " ms are needed: raise the failure detection or verify-suspect timeout");
        }
    }

    private void checkNode(Node node, Map<String, Node> endpoints) {
        if (node.getRole() == null) {
            problems.error(node, "has no role");
        }
        if (node.getHost() == null || node.getHost().isBlank()) {
            problems.error(node, "has no host");
        }
        if (node.getPort() < 1 || node.getPort() > 65535) {
            problems.error(node, "port " + node.getPort() + " is not between 1 and 65535");
        }
        Node other = endpoints.putIfAbsent(node.getHost() + ":" + node.getPort(), node);
        if (other != null) {
            problems.error(node, "uses " + node.getHost() + ":" + node.getPort() + ", like node '" + other.getName() + "'");
        }
    }

    private void checkServers(Topology topology) {
        List<Node> servers = topology.getNodes().stream().filter(n -> n.getRole() == NodeRole.SERVER_CAPABLE)
                .sorted(Comparator.comparingInt(Node::getPriority)).toList();
        if (servers.isEmpty()) {
            problems.error(topology, "has no server-capable node");
            return;
        }
        if (servers.size() > 1 && servers.get(0).getPriority() == servers.get(1).getPriority()) {
            problems.error(topology, "there must be exactly one primary server, but '" + servers.get(0).getName() + "' and '"
                    + servers.get(1).getName() + "' share the highest priority " + servers.get(0).getPriority());
        }
        for (int i = 2; i < servers.size(); i++) {
            if (servers.get(i).getPriority() == servers.get(i - 1).getPriority()) {
                problems.warning(servers.get(i), "shares priority " + servers.get(i).getPriority() + " with '"
                        + servers.get(i - 1).getName() + "'; the order of takeover between them is undefined");
            }
        }
        if (topology.isRedundancy() && servers.size() < 2) {
            problems.error(topology, "redundancy is on, but there is no standby: add a second server-capable node");
        }
    }

    private void checkWitness(Topology topology) {
        Node witness = topology.getWitness();
        if (witness != null) {
            if (witness.eContainer() != topology) {
                problems.error(topology, "witness '" + witness.getName() + "' is not a node of this topology");
            } else if (witness.getRole() == NodeRole.SERVER_CAPABLE) {
                problems.error(topology, "witness '" + witness.getName() + "' is server-capable; a witness must be a CLIENT or WITNESS node");
            }
        }
        for (Node node : topology.getNodes()) {
            if (node.getRole() == NodeRole.WITNESS && node != witness) {
                problems.warning(node, "is a witness node but not the topology's witness, so it does not vote");
            }
        }
        long voters = RedundancyFigures.voters(topology);
        if (topology.isRedundancy() && voters == 2) {
            problems.warning(topology, "only two voters: the pair is not protected against split brain; add a witness");
        } else if (topology.isRedundancy() && voters > 2 && voters % 2 == 0) {
            problems.warning(topology, voters + " voters: an even number can split into two halves without a majority");
        }
    }
}
