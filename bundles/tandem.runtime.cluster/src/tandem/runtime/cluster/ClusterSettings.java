package tandem.runtime.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a member needs to join its project's cluster: the topology (nodes, witness), the cluster secret from
 * the deployment configuration, and the failure-detection timings. Defaults: FD_ALL3 1.5 s / 500 ms and
 * VERIFY_SUSPECT2 300 ms. A dead process (FD_SOCK2) is excluded after the 300 ms verification; a silent host or a
 * paused process after 1.8-2.3 s, which keeps SIGSTOP-to-serving under 3 s. The shipped notes measured 3 s / 1 s
 * / 500 ms at 3.8-4.7 s. A silence of 1.5 s is three missed heartbeats, far above the pauses of the node's small
 * heaps; the soak run in the product tests checks that a fully loaded cluster sees no false failover with these
 * values. Sites with slow networks or long GC pauses raise them in the topology.
 */
public final class ClusterSettings {

	/** TCP for real nodes; SHARED_LOOPBACK for many members inside one JVM (tests, benchmarks). */
	public enum Transport {
		TCP, SHARED_LOOPBACK
	}

	private final String clusterName;
	private final List<NodeSpec> nodes;
	private final String witness;
	private final byte[] secret;
	private final Transport transport;
	private final String bindAddress;
	private final int failureDetectionTimeoutMs;
	private final int heartbeatIntervalMs;
	private final int verifySuspectTimeoutMs;
	private final int joinTimeoutMs;
	private final int flowControlMaxBlockMs;
	private final int announceGraceMs;
	private final int startAloneGraceMs;
	private final boolean faultInjection;
	private final int latencyMs;
	private final int latencyJitterMs;
	private final boolean switchBack;
	private final long alignmentBucketMillis;
	private final boolean tool;

	private ClusterSettings(Builder b) {
		clusterName = Objects.requireNonNull(b.clusterName, "clusterName");
		nodes = List.copyOf(b.nodes);
		witness = b.witness;
		secret = Objects.requireNonNull(b.secret, "cluster secret").clone();
		transport = b.transport;
		bindAddress = b.bindAddress;
		failureDetectionTimeoutMs = b.failureDetectionTimeoutMs;
		heartbeatIntervalMs = b.heartbeatIntervalMs;
		verifySuspectTimeoutMs = b.verifySuspectTimeoutMs;
		joinTimeoutMs = b.joinTimeoutMs;
		flowControlMaxBlockMs = b.flowControlMaxBlockMs;
		announceGraceMs = b.announceGraceMs;
		startAloneGraceMs = b.startAloneGraceMs;
		faultInjection = b.faultInjection;
		latencyMs = b.latencyMs;
		latencyJitterMs = b.latencyJitterMs;
		switchBack = b.switchBack;
		alignmentBucketMillis = b.alignmentBucketMillis;
		tool = b.tool;
		validate();
	}

	private void validate() {
		if (secret.length < 16) {
			throw new IllegalArgumentException("cluster " + clusterName + ": the cluster secret has " + secret.length
					+ " bytes; at least 16 are needed");
		}
		List<String> names = new ArrayList<>();
		for (NodeSpec n : nodes) {
			if (names.contains(n.name())) {
				throw new IllegalArgumentException("cluster " + clusterName + ": node " + n.name() + " is listed twice");
			}
			names.add(n.name());
		}
		if (witness != null && !names.contains(witness)) {
			throw new IllegalArgumentException("cluster " + clusterName + ": witness " + witness + " is not a node");
		}
		if (latencyMs < 0 || latencyJitterMs < 0 || latencyJitterMs > latencyMs) {
			throw new IllegalArgumentException("cluster " + clusterName + ": test latency " + latencyMs + " ± "
					+ latencyJitterMs + " ms: the jitter must lie between 0 and the mean");
		}
		if (alignmentBucketMillis <= 0) {
			throw new IllegalArgumentException("cluster " + clusterName + ": alignment bucket of "
					+ alignmentBucketMillis + " ms must be positive");
		}
		if (heartbeatIntervalMs <= 0 || failureDetectionTimeoutMs < 2 * heartbeatIntervalMs) {
			throw new IllegalArgumentException("cluster " + clusterName + ": failure detection timeout "
					+ failureDetectionTimeoutMs + " ms must be at least twice the heartbeat " + heartbeatIntervalMs + " ms");
		}
		long lease = ServerLease.leaseMs(this);
		if (lease < ServerLease.MIN_LEASE_MS) {
			throw new IllegalArgumentException("cluster " + clusterName + ": the failure detection timings leave the "
					+ "server a lease on the field of " + lease + " ms; at least " + ServerLease.MIN_LEASE_MS
					+ " ms are needed: raise the failure detection or verify-suspect timeout");
		}
	}

	public static Builder builder(String clusterName, byte[] secret) {
		return new Builder(clusterName, secret);
	}

	public String clusterName() { return clusterName; }
	public List<NodeSpec> nodes() { return nodes; }
	public Optional<String> witness() { return Optional.ofNullable(witness); }
	public byte[] secret() { return secret.clone(); }
	public Transport transport() { return transport; }
	public String bindAddress() { return bindAddress; }
	public int failureDetectionTimeoutMs() { return failureDetectionTimeoutMs; }
	public int heartbeatIntervalMs() { return heartbeatIntervalMs; }
	public int verifySuspectTimeoutMs() { return verifySuspectTimeoutMs; }
	public int joinTimeoutMs() { return joinTimeoutMs; }
	public int flowControlMaxBlockMs() { return flowControlMaxBlockMs; }
	public int announceGraceMs() { return announceGraceMs; }
	/**
	 * How long a node of a pair without witness that is alone in its first view waits for the other node before it
	 * serves (0: not at all); see {@code RoleKeeper#aloneSinceStartUntil}.
	 */
	public int startAloneGraceMs() { return startAloneGraceMs; }
	/** The start-alone grace of the product's nodes ({@code TopologySettings}): a MERGE3 round on a loaded machine. */
	public static final int START_ALONE_GRACE_MS = 6000;
	/** Adds a DISCARD protocol so tests can cut a member off (partition, frozen process). */
	public boolean faultInjection() { return faultInjection; }
	/** Test only: every received message is delayed by this mean ± {@link #latencyJitterMs()} (0: none). */
	public int latencyMs() { return latencyMs; }
	public int latencyJitterMs() { return latencyJitterMs; }
	/**
	 * True (default): when the topology's preferred server has returned, is aligned and holds the current project,
	 * the running server hands the role back to it by a planned switch at a sequence point.
	 */
	public boolean switchBack() { return switchBack; }
	/** Width of the time buckets whose range digests are compared when histories are aligned (default 60 s). */
	public long alignmentBucketMillis() { return alignmentBucketMillis; }

	/**
	 * Whether the local member is a tool outside the topology ({@code tandem status}, deploy, the studio): it joins
	 * for a moment and must never coordinate the view of the plant's nodes (see {@code RankedAddress}).
	 */
	public boolean tool() { return tool; }

	/** Worst-case time until a silent member is excluded: what the shadow buffer must cover at least. */
	public long detectionTimeMs() {
		return (long) failureDetectionTimeoutMs + heartbeatIntervalMs + verifySuspectTimeoutMs;
	}

	public Optional<NodeSpec> node(String name) {
		return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
	}

	/** Voters: the server-capable nodes plus the witness. */
	public List<String> voters() {
		List<String> v = new ArrayList<>();
		nodes.stream().filter(NodeSpec::serverCapable).forEach(n -> v.add(n.name()));
		if (witness != null && !v.contains(witness)) {
			v.add(witness);
		}
		return v;
	}

	public static final class Builder {
		private final String clusterName;
		private final byte[] secret;
		private final List<NodeSpec> nodes = new ArrayList<>();
		private String witness;
		private Transport transport = Transport.TCP;
		private String bindAddress = "127.0.0.1";
		private int failureDetectionTimeoutMs = 1500;
		private int heartbeatIntervalMs = 500;
		private int verifySuspectTimeoutMs = 300;
		private int joinTimeoutMs = 500;
		private int flowControlMaxBlockMs = 100;
		private int announceGraceMs = 600;
		private int startAloneGraceMs;
		private boolean faultInjection;
		private int latencyMs;
		private int latencyJitterMs;
		private boolean switchBack = true;
		private long alignmentBucketMillis = 60_000;
		private boolean tool;

		private Builder(String clusterName, byte[] secret) {
			this.clusterName = clusterName;
			this.secret = secret;
		}

		public Builder node(NodeSpec n) { nodes.add(n); return this; }
		public Builder witness(String name) { witness = name; return this; }
		public Builder transport(Transport t) { transport = t; return this; }
		public Builder bindAddress(String a) { bindAddress = a; return this; }
		public Builder failureDetection(int timeoutMs, int heartbeatMs, int verifySuspectMs) {
			failureDetectionTimeoutMs = timeoutMs;
			heartbeatIntervalMs = heartbeatMs;
			verifySuspectTimeoutMs = verifySuspectMs;
			return this;
		}
		public Builder joinTimeoutMs(int ms) { joinTimeoutMs = ms; return this; }
		public Builder flowControlMaxBlockMs(int ms) { flowControlMaxBlockMs = ms; return this; }
		public Builder announceGraceMs(int ms) { announceGraceMs = ms; return this; }
		public Builder startAloneGraceMs(int ms) { startAloneGraceMs = ms; return this; }
		public Builder faultInjection(boolean on) { faultInjection = on; return this; }
		public Builder latency(int meanMs, int jitterMs) { latencyMs = meanMs; latencyJitterMs = jitterMs; return this; }
		public Builder switchBack(boolean on) { switchBack = on; return this; }
		public Builder alignmentBucketMillis(long ms) { alignmentBucketMillis = ms; return this; }
		public Builder tool(boolean on) { tool = on; return this; }

		public ClusterSettings build() {
			return new ClusterSettings(this);
		}
	}
}
