package tandem.runtime.cluster.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.jgroups.protocols.AUTH;
import org.jgroups.protocols.DISCARD;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.MFC;
import org.jgroups.protocols.PerDestinationBundler;
import org.jgroups.protocols.SHARED_LOOPBACK;
import org.jgroups.protocols.SHARED_LOOPBACK_PING;
import org.jgroups.protocols.SYM_ENCRYPT;
import org.jgroups.protocols.TCP_NIO2;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.TP;
import org.jgroups.protocols.UFC;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.stack.Protocol;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeSpec;

/**
 * Builds the JGroups stack of a Tandem member in code, so the timings come from the project topology and cannot
 * drift from a stray XML file. Bottom to top: transport (TCP_NIO2 with a sender thread per destination, so one
 * unreachable host cannot stall the others: see {@link #transport}), discovery (TCPPING over the topology's hosts), [DISCARD for fault tests], MERGE3, FD_SOCK2
 * (dead process in milliseconds), FD_ALL3 (silent host), VERIFY_SUSPECT2, SYM_ENCRYPT (AES
 * key derived from the secret; everything above discovery is encrypted, so a member without the secret cannot even
 * be read), NAKACK2, UNICAST3, STABLE, AUTH (HMAC token), GMS (short join timeout; merged views coordinated by a
 * plant node: {@link RankedMembershipPolicy}), UFC/MFC with a short
 * max_block_time (a frozen client must not stall the server), FRAG4. No JGroups state transfer: history is
 * aligned by range digests (see {@code Alignment}), which also repairs what a crashed node's own H2 lost.
 */
public final class StackFactory {

	/** Partly written messages a connection keeps for the selector before it drops. */
	static final int SEND_BUFFERS = 256;
	/** A connect to a live host on a LAN takes microseconds; a lost one is retried by the next send anyway. */
	static final int CONNECT_TIMEOUT_MS = 1000;

	private StackFactory() {
	}

	public static List<Protocol> create(ClusterSettings s, NodeSpec local, ClusterKeys keys) throws UnknownHostException {
		HmacChallengeToken.register();
		InetAddress bind = InetAddress.getByName(s.bindAddress());
		List<Protocol> p = new ArrayList<>();
		if (s.transport() == ClusterSettings.Transport.TCP) {
			p.add(transport(bind, local, s.failureDetectionTimeoutMs()));
			p.add(new TCPPING().setInitialHosts(initialHosts(s, local)).setPortRange(0));
		} else {
			p.add(new SHARED_LOOPBACK().setBundlerType("transfer-queue"));
			p.add(new SHARED_LOOPBACK_PING());
		}
		if (s.faultInjection()) {
			p.add(new DISCARD()); // directly above the transport: cuts heartbeats too
		}
		if (s.latencyMs() > 0) {
			p.add(new LinkLatency(s.latencyMs(), s.latencyJitterMs())); // a slow link, heartbeats included
		}
		p.add(new MERGE3().setMinInterval(500).setMaxInterval(2000).setCheckInterval(2500));
		if (s.transport() == ClusterSettings.Transport.TCP) {
			p.add(new FD_SOCK2().setBindAddress(bind).setOffset(100).setPortRange(20));
		}
		p.add(new FD_ALL3().setTimeout(s.failureDetectionTimeoutMs()).setInterval(s.heartbeatIntervalMs()));
		p.add(new VERIFY_SUSPECT2().setTimeout(s.verifySuspectTimeoutMs()));
		p.add(encryption(keys));
		p.add(new NAKACK2().setDiscardDeliveredMsgs(true));
		p.add(new UNICAST3());
		p.add(new STABLE().setDesiredAverageGossip(5000).setMaxBytes(4_000_000));
		p.add(new AUTH().setAuthToken(new HmacChallengeToken(keys.authenticationKey())).setAuthCoord(true));
		p.add(new GMS().setJoinTimeout(s.joinTimeoutMs()).setMaxJoinAttempts(2).setLeaveTimeout(500)
				.setViewAckCollectionTimeout(500).setMergeTimeout(2000)
				.setMembershipChangePolicy(new RankedMembershipPolicy()) // plant nodes coordinate merged views
				.printLocalAddress(false)); // its banner on standard output broke `tandem status`'s table
		p.add(new UFC().setMaxCredits(4_000_000).setMinThreshold(0.4).setMaxBlockTime(s.flowControlMaxBlockMs()));
		p.add(new MFC().setMaxCredits(4_000_000).setMinThreshold(0.4).setMaxBlockTime(s.flowControlMaxBlockMs()));
		p.add(new FRAG4().setFragSize(60_000));
		return p;
	}

	/**
	 * A transport whose sends to one unreachable member never hold up anything else. A pulled cable leaves no error
	 * for minutes: connects go unanswered and a connection's send buffer fills. Blocking TCP connects in the thread
	 * that sends (for up to {@code sock_conn_timeout}), blocks a writer on a full kernel buffer, and closes a
	 * connection to a member that left the view with a blocking "graceful close" write on the thread that installs
	 * the view. With one bundler thread every discovery probe MERGE3 sent toward the lost host stalled the heartbeats
	 * to the healthy members for 2 s at a time (they suspected each other 3 s later); with a sender thread per
	 * destination and non-blocking sends, the coordinator's installation of the view without a standby whose buffer
	 * was full still hung until the heal (27 s; docs/redundancy.md). TCP_NIO2 does all three without blocking:
	 * connects complete on its selector, writes that do not fit are kept (up to {@value #SEND_BUFFERS} per
	 * connection, beyond that dropped and retransmitted by NAKACK2/UNICAST3), and the graceful close is queued like
	 * any write. A sender thread per destination keeps one slow peer from delaying the others' messages. After the
	 * heal, a connection that carried nothing in for the failure-detection time is replaced by a fresh one
	 * ({@link SilenceWatchedTcp}): the old one would wait for the kernel's backed-off retransmission.
	 */
	private static TP transport(InetAddress bind, NodeSpec local, int failureDetectionTimeoutMs) {
		TCP_NIO2 tcp = new SilenceWatchedTcp(local.name(), failureDetectionTimeoutMs);
		tcp.setMaxSendBuffers(SEND_BUFFERS);
		tcp.setBindAddress(bind).setBindPort(local.port()).setPortRange(0);
		tcp.setSockConnTimeout(CONNECT_TIMEOUT_MS);
		tcp.setBundler(new PerDestinationBundler().useSingleSenderThread(false));
		return tcp;
	}

	private static SYM_ENCRYPT encryption(ClusterKeys keys) {
		SYM_ENCRYPT e = new SYM_ENCRYPT();
		e.setSecretKey(keys.encryptionKey());
		e.symAlgorithm("AES/CBC/PKCS5Padding");
		e.symIvLength(16);
		return e;
	}

	private static List<InetSocketAddress> initialHosts(ClusterSettings s, NodeSpec local) {
		List<InetSocketAddress> hosts = new ArrayList<>();
		for (NodeSpec n : s.nodes()) {
			if (n.port() > 0) {
				hosts.add(new InetSocketAddress(n.host(), n.port()));
			}
		}
		if (hosts.isEmpty() && local.port() > 0) {
			hosts.add(new InetSocketAddress(local.host(), local.port()));
		}
		return hosts;
	}
}
