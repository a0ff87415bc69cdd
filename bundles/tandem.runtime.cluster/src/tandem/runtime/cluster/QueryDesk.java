package tandem.runtime.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jgroups.Address;

import tandem.runtime.cluster.internal.Announcement;
import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Wire;

/**
 * History questions between stations and the serving node. A station sends a question (id + bytes) to the server
 * it follows; the server, or an aligned standby, answers it on a query thread of its own with a bounded queue, so a
 * burst of questions never holds up a delivery thread, the recording or the replication stream: a full queue is
 * answered BUSY and the station asks an aligned standby. A question is kept by the station until it is answered
 * and sent again to the new server after a failover (or after a quiet while, when a frozen server said nothing),
 * so a question in flight during a failover is answered by the new server. Answers larger than
 * {@link #MAX_ANSWER_BYTES} are refused: questions are bounded by range and page size.
 */
final class QueryDesk {

	private static final Logger LOG = System.getLogger(QueryDesk.class.getName());
	static final int MAX_ANSWER_BYTES = 4 << 20;
	static final int QUEUE = 16;
	static final long RESEND_MS = 3000;
	static final long RETRY_MS = 200;

	enum Status {
		OK, NOT_SERVING, BUSY, REFUSED, FAILED
	}

	private record Pending(String id, byte[] question, CompletableFuture<byte[]> answer, long deadline) {
	}

	private final ClusterMember member;
	private final ScheduledExecutorService timer;
	private final ExecutorService answering;
	private final Map<String, Pending> pending = new LinkedHashMap<>();
	private final Map<String, Long> sentAt = new LinkedHashMap<>();
	private volatile QueryHandler handler;
	private Address server;

	QueryDesk(ClusterMember member, ScheduledExecutorService timer, String node) {
		this.member = member;
		this.timer = timer;
		this.answering = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(QUEUE),
				r -> {
					Thread t = new Thread(r, "tandem-history-queries-" + node);
					t.setDaemon(true);
					t.setPriority(Thread.MIN_PRIORITY); // recording and replication come first
					return t;
				});
	}

	void handler(QueryHandler h) {
		handler = h;
	}

	void stop() {
		answering.shutdownNow();
		synchronized (this) {
			for (Pending p : pending.values()) {
				p.answer.completeExceptionally(new IllegalStateException("the station left the cluster"));
			}
			pending.clear();
		}
	}

	// ---- the answering side ----

	/** A question from a station: answered on the query thread, or at once when this node cannot answer it. */
	void question(Address from, String fromNode, Envelope e) throws IOException {
		DataInputStream in = Wire.in(e.payload());
		String id = in.readUTF();
		byte[] question = in.readNBytes(in.available());
		QueryHandler h = handler;
		if (h == null || !answers()) {
			reply(from, id, Status.NOT_SERVING, member.nodeName() + " is " + member.role() + ", not serving", null);
			return;
		}
		try {
			answering.execute(() -> answer(h, from, fromNode, id, question));
		} catch (RejectedExecutionException full) {
			reply(from, id, Status.BUSY, member.nodeName() + " has " + QUEUE + " history questions waiting", null);
		}
	}

	private boolean answers() {
		MemberRole role = member.role();
		return role == MemberRole.SERVER || role == MemberRole.STANDBY && member.aligned();
	}

	private void answer(QueryHandler h, Address from, String fromNode, String id, byte[] question) {
		try {
			byte[] a = h.answer(fromNode, question);
			if (a.length > MAX_ANSWER_BYTES) {
				reply(from, id, Status.REFUSED, "the answer has " + a.length + " bytes, more than "
						+ MAX_ANSWER_BYTES + ": ask for a shorter range or a smaller page", null);
			} else {
				reply(from, id, Status.OK, "", a);
			}
		} catch (IllegalArgumentException bad) {
			reply(from, id, Status.REFUSED, bad.getMessage(), null);
		} catch (Exception ex) {
			LOG.log(Level.WARNING, "node " + member.nodeName() + ": history question from " + fromNode + " failed: "
					+ ex);
			reply(from, id, Status.FAILED, member.nodeName() + " could not read its history: " + ex.getMessage(),
					null);
		}
	}

	private void reply(Address to, String id, Status status, String detail, byte[] answer) {
		byte[] payload = Wire.bytes(out -> {
			out.writeUTF(id);
			out.writeByte(status.ordinal());
			out.writeUTF(detail == null ? "" : detail);
			if (answer != null) {
				out.write(answer);
			}
		});
		member.send(to, new Envelope(MessageType.QUERY_ANSWER, member.epoch(), 0, payload));
	}

	// ---- the asking side ----

	/** Sends a question to the server (when known); completes with the answer, or fails after the timeout. */
	CompletableFuture<byte[]> ask(byte[] question, long timeoutMs) {
		String id = UUID.randomUUID().toString();
		Pending p = new Pending(id, question, new CompletableFuture<>(), System.currentTimeMillis() + timeoutMs);
		synchronized (this) {
			pending.put(id, p);
			send(p, server);
		}
		timer.schedule(() -> expire(id, timeoutMs), timeoutMs, TimeUnit.MILLISECONDS);
		return p.answer;
	}

	private synchronized void expire(String id, long timeoutMs) {
		Pending p = pending.remove(id);
		sentAt.remove(id);
		if (p != null) {
			p.answer.completeExceptionally(new TimeoutException("no node answered the history question within "
					+ timeoutMs + " ms" + (server == null ? " (no server known)" : "")));
		}
	}

	/** The station follows a new server: every open question goes there. */
	synchronized void serverChanged(Address newServer) {
		boolean changed = newServer != null && !newServer.equals(server);
		server = newServer;
		if (changed) {
			pending.values().forEach(p -> send(p, newServer));
		}
	}

	/** Periodically: a question the server has not answered for a while is sent again (a frozen server). */
	synchronized void resendQuiet() {
		long now = System.currentTimeMillis();
		for (Pending p : pending.values()) {
			Long at = sentAt.get(p.id);
			if (server != null && (at == null || now - at >= RESEND_MS)) {
				send(p, server);
			}
		}
	}

	void answer(Address from, Envelope e) throws IOException {
		DataInputStream in = Wire.in(e.payload());
		String id = in.readUTF();
		int code = in.readByte();
		String detail = in.readUTF();
		if (code < 0 || code >= Status.values().length) {
			throw new IOException("unknown history answer status " + code + " for question " + id);
		}
		Status status = Status.values()[code];
		byte[] answer = in.readNBytes(in.available());
		Pending p;
		synchronized (this) {
			p = pending.get(id);
			if (p == null) {
				return; // answered already (asked twice across a failover) or expired
			}
			if (status == Status.OK || status == Status.REFUSED) {
				pending.remove(id);
				sentAt.remove(id);
			}
		}
		switch (status) {
		case OK -> p.answer.complete(answer);
		case REFUSED -> p.answer.completeExceptionally(new IllegalArgumentException(detail));
		case BUSY -> retry(p, standby().orElse(null));
		default -> retry(p, null); // not serving (a server handing over) or failed: ask the server again shortly
		}
	}

	private void retry(Pending p, Address to) {
		if (System.currentTimeMillis() < p.deadline) {
			timer.schedule(() -> {
				synchronized (this) {
					if (pending.containsKey(p.id)) {
						send(p, to != null ? to : server);
					}
				}
			}, RETRY_MS, TimeUnit.MILLISECONDS);
		}
	}

	/** An aligned standby in view, to spare a busy server. */
	private Optional<Address> standby() {
		for (Map.Entry<String, Announcement> a : member.peerTable().inView().entrySet()) {
			if (a.getValue().role() == MemberRole.STANDBY && a.getValue().aligned()) {
				return Optional.ofNullable(member.peerTable().addressOf(a.getKey()));
			}
		}
		return Optional.empty();
	}

	private void send(Pending p, Address to) {
		if (to == null) {
			return; // sent when a server is known
		}
		sentAt.put(p.id, System.currentTimeMillis());
		byte[] payload = Wire.bytes(out -> {
			out.writeUTF(p.id);
			out.write(p.question);
		});
		member.send(to, new Envelope(MessageType.QUERY, member.epoch(), 0, payload));
	}

	synchronized List<String> openQuestions() {
		return List.copyOf(pending.keySet());
	}
}
