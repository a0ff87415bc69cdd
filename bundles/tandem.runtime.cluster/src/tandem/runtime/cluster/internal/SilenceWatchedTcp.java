package tandem.runtime.cluster.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jgroups.Address;
import org.jgroups.blocks.cs.Connection;
import org.jgroups.protocols.TCP_NIO2;

/**
 * TCP_NIO2 that closes a connection nothing has arrived on for longer than the failure-detection time, so the next
 * send opens a fresh one.
 * <p>
 * Why: a pulled cable or a cut route leaves a TCP connection open without an error. Its unacknowledged data is
 * retransmitted by the kernel with exponential back-off, so after a 15 s cut the next retransmission is up to 13 s
 * away, and nothing sent on that connection arrives before it, however long the link has been back. JGroups keeps
 * using the old connection and even rejects the peer's new one when the old one wins its tie-break. In a fault run
 * this kept a standby in a view the coordinator had replaced for 17 s after the heal, and the standby was not in the
 * survivors' view when the server died next (issue 10). Every member of a view sends heartbeats to every other at
 * the heartbeat interval, so a connection on which nothing arrived for the failure-detection time leads either to a
 * member that is gone (the view change closes it anyway) or through a dead path. A fresh connect costs one SYN; while
 * the path is still down it fails quietly and is tried again by the next send, and once the path is back it works at
 * once.
 */
public final class SilenceWatchedTcp extends TCP_NIO2 {

	private static final Logger LOG = System.getLogger(SilenceWatchedTcp.class.getName());

	private final String owner;
	private final long silenceLimitMs;
	private final long checkEveryMs;
	/** Per peer (its physical address), when anything last arrived from it. */
	private final Map<Address, Long> lastArrival = new ConcurrentHashMap<>();
	/** Per open connection, when it was established; a new connection gets the full limit before it is judged. */
	private final Map<Connection, Long> established = new ConcurrentHashMap<>();
	/** Peers whose silence was logged; one line per silent spell, not one per check while a cut lasts. */
	private final Set<Address> reported = ConcurrentHashMap.newKeySet();
	private volatile long closedByWatch;
	/** When the watch last ran, and when it last found that it had itself been held up (see below). */
	private long lastCheck = System.nanoTime();
	private long resumedAt = Long.MIN_VALUE;
	private ScheduledExecutorService watch;

	/**
	 * @param owner          the member's name, for the log
	 * @param silenceLimitMs how long a connection may carry nothing in before it is closed: at least the failure
	 *                       detection timeout, so a live peer's heartbeats always arrive in time
	 */
	public SilenceWatchedTcp(String owner, long silenceLimitMs) {
		if (silenceLimitMs <= 0) {
			throw new IllegalArgumentException("silence limit " + silenceLimitMs + " ms must be positive");
		}
		this.owner = owner;
		this.silenceLimitMs = silenceLimitMs;
		this.checkEveryMs = Math.max(50, silenceLimitMs / 4);
	}

	/** How many connections this transport closed because nothing arrived on them. */
	public long closedBySilence() {
		return closedByWatch;
	}

	@Override
	public void start() throws Exception {
		super.start();
		watch = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "tandem link watch " + owner);
			t.setDaemon(true);
			return t;
		});
		watch.scheduleWithFixedDelay(this::closeSilentConnections, checkEveryMs, checkEveryMs, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (watch != null) {
			watch.shutdownNow();
		}
		super.stop();
	}

	@Override
	public void receive(Address sender, byte[] data, int offset, int length) {
		arrived(sender);
		super.receive(sender, data, offset, length);
	}

	@Override
	public void receive(Address sender, java.io.DataInput in, int length) throws Exception {
		arrived(sender);
		super.receive(sender, in, length);
	}

	private void arrived(Address sender) {
		lastArrival.put(sender, System.nanoTime());
		if (!reported.isEmpty() && reported.remove(sender)) {
			LOG.log(Level.INFO, "node {0}: {1} is heard again", owner, sender);
		}
	}

	@Override
	public void connectionEstablished(Connection conn) {
		established.put(conn, System.nanoTime());
		super.connectionEstablished(conn);
	}

	@Override
	public void connectionClosed(Connection conn) {
		established.remove(conn);
		super.connectionClosed(conn);
	}

	/** Runs on the watch thread: closes every connection that carried nothing in for longer than the limit. */
	void closeSilentConnections() {
		try {
			long now = System.nanoTime();
			long limit = TimeUnit.MILLISECONDS.toNanos(silenceLimitMs);
			if (now - lastCheck > limit) {
				// this process was held up itself (SIGSTOP, a long GC pause, a suspended VM): what arrived meanwhile
				// is still unread in the sockets, so nobody was silent; every connection gets the full limit again
				resumedAt = now;
			}
			lastCheck = now;
			long resumed = resumedAt;
			List<Address> silent = new ArrayList<>();
			server.forAllConnections((peer, conn) -> {
				long since = Math.max(Math.max(established.computeIfAbsent(conn, c -> now), resumed),
						lastArrival.getOrDefault(peer, Long.MIN_VALUE));
				if (now - since > limit) {
					silent.add(peer);
				}
			});
			for (Address peer : silent) {
				long quietMs = TimeUnit.NANOSECONDS.toMillis(now - lastArrival.getOrDefault(peer, now));
				if (server.closeConnection(peer)) {
					closedByWatch++;
					LOG.log(reported.add(peer) ? Level.INFO : Level.DEBUG, "node {0}: closed the connection to {1}: nothing arrived on it for {2} ms "
							+ "(a cut path keeps a connection open without an error); the next send connects afresh",
							owner, peer, Long.toString(quietMs > 0 ? quietMs : silenceLimitMs));
				}
			}
			established.keySet().removeIf(Connection::isClosed);
			// peers long gone (a status query's member, a restarted node's old port) are forgotten
			lastArrival.entrySet().removeIf(e -> now - e.getValue() > 10 * limit && !server.hasConnection(e.getKey()));
		} catch (RuntimeException e) {
			// the watch must outlive one bad round: a failure here would leave every later cut unwatched
			LOG.log(Level.WARNING, "node " + owner + ": the link watch failed once: " + e, e);
		}
	}
}
