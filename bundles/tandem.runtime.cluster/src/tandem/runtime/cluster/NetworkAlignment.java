package tandem.runtime.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;

import org.jgroups.Address;

import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MemberChannel;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Wire;

/**
 * {@link Alignment} between two nodes over the cluster channel. The node that aligns (a joiner, a node back from a
 * crash or from the other side of a partition) sends its range digests in chunks (ALIGN_DIGESTS); the server
 * compares them with its own and answers with the plan: the differing buckets and how many facts each side will
 * send. Then both sides stream the facts of exactly those buckets to each other (ALIGN_FACTS) in bounded chunks,
 * at most {@link #WINDOW} unacknowledged chunks at a time, so neither memory nor the channel is flooded. Each
 * receiver upserts a chunk through the {@link FactStore} (idempotent: overlap with live replication is harmless)
 * and acknowledges it. The session ends when both directions are acknowledged; a session without progress for
 * {@link #STALL_MS} is dropped and started again by the member.
 * <p>
 * A joiner's session ids increase, and a responder serves only the newest session of each peer: the digests of a
 * session the joiner gave up (it began one, then a merge made it begin again) can arrive after those of its new
 * session, retransmitted by JGroups after a partition, and must not replace it. A plan or chunk for a session that
 * ended here is answered with {@code ENDED}, so the other side drops it at once instead of waiting for the stall
 * watchdog with a worker thread.
 */
final class NetworkAlignment {

	/** What the alignment needs from its member. */
	interface Host {
		void send(Address to, Envelope e);

		long epoch();

		void progress(String peer, long done, long total);

		/** Joiner side: both directions are done. */
		void finished(AlignmentReport report);
	}

	private static final Logger LOG = System.getLogger(NetworkAlignment.class.getName());
	static final int CHUNK_FACTS = 4000;
	static final int CHUNK_BYTES = 256 * 1024;
	static final int DIGESTS_PER_MESSAGE = 5000;
	static final int WINDOW = 8;
	static final long STALL_MS = 30_000;
	static final long SLICE_MS = 1_000;
	/**
	 * How far before its {@link FactStore#completeThrough()} a node aligns: covers what its H2 lost in a crash (the
	 * last moments before the watermark was written) and the replication in flight when it lost its server.
	 */
	static final long LOOKBACK_MS = 2 * 60_000;
	static final long FINE_BUCKET_MS = 5_000;
	static final long FINE_RANGE_MS = 10 * 60_000;
	/**
	 * Alignment ends this long after the joiner began to follow the server; the server replicates to it from
	 * before that moment (it adds the standby when it installs the view), so the overlap is harmless and there is
	 * no gap.
	 */
	static final long REPLICATION_OVERLAP_MS = 2_000;
	/** The joiner waits this long past the end of its range, so what replication delivers up to there has arrived. */
	static final long REPLICATION_SETTLE_MS = 500;
	private static final byte DIGESTS = 1, PLAN = 2, CHUNK = 1, ACK = 2, ENDED = 3;

	/** Chunks one side has sent and the other acknowledged; the sender waits while the window is full. */
	private static final class Flow {
		long chunksSent, chunksAcked, factsSent, factsAcked, factsNewThere;
		boolean cancelled;

		synchronized void sent(int facts) {
			chunksSent++;
			factsSent += facts;
		}

		synchronized void acked(long chunks, long facts, long added) {
			chunksAcked = Math.max(chunksAcked, chunks);
			factsAcked = Math.max(factsAcked, facts);
			factsNewThere = Math.max(factsNewThere, added);
			notifyAll();
		}

		synchronized void awaitOutstanding(long max) throws InterruptedException, TimeoutException {
			long deadline = System.currentTimeMillis() + STALL_MS;
			while (!cancelled && chunksSent - chunksAcked > max) {
				long left = deadline - System.currentTimeMillis();
				if (left <= 0) {
					throw new TimeoutException(chunksSent - chunksAcked + " chunks unacknowledged for " + STALL_MS + " ms");
				}
				wait(left);
			}
			if (cancelled) {
				throw new CancellationException("alignment session cancelled");
			}
		}

		synchronized void cancel() {
			cancelled = true;
			notifyAll();
		}
	}

	/** A session is known by its joiner's address and id: ids of different joiners may coincide. */
	private record Key(Address peer, long id) {
	}

	/** One alignment as seen from either side. */
	private static final class Session {
		final long id;
		final Address peer;
		final String peerNode;
		final boolean joiner;
		final long bucketMillis;
		final long from;
		volatile long to;
		final long started = System.currentTimeMillis();
		final Flow out = new Flow();
		final List<RangeDigest> peerDigests = new ArrayList<>();
		volatile long lastActivity = started;
		/** Why the session ended early (the peer ended it, a step failed); dropped by the next dropStalled(). */
		volatile String endReason;
		long chunksIn, factsIn, addedIn, expectedIn, expectedOut;
		int bucketsCompared, bucketsDiffering;
		boolean inDone, outDone, finished;

		Key key() {
			return new Key(peer, id);
		}

		Session(long id, Address peer, String peerNode, boolean joiner, long bucketMillis, long from, long to) {
			this.id = id;
			this.peer = peer;
			this.peerNode = peerNode;
			this.joiner = joiner;
			this.bucketMillis = bucketMillis;
			this.from = from;
			this.to = to;
		}
	}

	private final String localNode;
	private final FactStore store;
	private final Host host;
	private final ExecutorService worker;
	private final Map<Key, Session> sessions = new ConcurrentHashMap<>();
	/** Responder: the newest session id each joiner started. */
	private final Map<Address, Long> newestFrom = new ConcurrentHashMap<>();
	private long lastId;
	private volatile Session current;

	NetworkAlignment(String localNode, FactStore store, Host host, ExecutorService worker) {
		this.localNode = localNode;
		this.store = store;
		this.host = host;
		this.worker = worker;
	}

	/** Joiner: starts aligning with {@code server}, dropping a session with another peer. */
	void begin(Address server, String serverNode, long bucketMillis) {
		cancel();
		long from = alignFrom(store.completeThrough(), bucketMillis);
		Session s = new Session(nextId(), server, serverNode, true,
				bucketFor(from, System.currentTimeMillis(), bucketMillis), from, Long.MAX_VALUE);
		current = s;
		sessions.put(s.key(), s);
		worker.execute(() -> guarded(s, () -> sendDigests(s)));
	}

	/** Increasing, also across a restart of the process (time-based), so a responder can tell older from newer. */
	private synchronized long nextId() {
		lastId = Math.max(lastId + 1, System.currentTimeMillis() * 1000);
		return lastId;
	}

	/** Sessions open on either side (tests). */
	int openSessions() {
		return sessions.size();
	}

	/** The peer this node is aligning with right now, or null. */
	Address aligningWith() {
		Session s = current;
		return s == null ? null : s.peer;
	}

	void cancel() {
		Session s = current;
		current = null;
		if (s != null) {
			drop(s, null);
		}
	}

	/**
	 * Drops sessions without progress or ended by the peer; true when the joiner's own session was dropped (the
	 * member restarts it).
	 */
	boolean dropStalled() {
		long now = System.currentTimeMillis();
		boolean own = false;
		for (Session s : sessions.values()) {
			String why = s.endReason != null ? s.endReason
					: now - s.lastActivity > STALL_MS ? "no progress for " + STALL_MS + " ms" : null;
			if (why != null) {
				own |= s == current;
				drop(s, why);
			}
		}
		if (own) {
			current = null;
		}
		return own;
	}

	void digests(Address from, String fromNode, Envelope e) throws IOException {
		DataInputStream in = Wire.in(e.payload());
		byte kind = in.readByte();
		if (kind == DIGESTS) {
			long bucketMillis = in.readLong();
			long since = in.readLong();
			long until = in.readLong();
			boolean last = in.readBoolean();
			List<RangeDigest> part = Wire.digests(in);
			if (bucketMillis <= 0 || since < 0 || since % bucketMillis != 0 || until <= since) {
				throw new IOException("alignment bucket of " + bucketMillis + " ms from " + since + " to " + until);
			}
			Session s = responderSession(e.seq(), from, fromNode, bucketMillis, since, until);
			if (s == null) {
				return;
			}
			s.peerDigests.addAll(part);
			s.lastActivity = System.currentTimeMillis();
			if (last) {
				worker.execute(() -> guarded(s, () -> answer(s)));
			}
		} else if (kind == PLAN) {
			Session s = own(e.seq(), from, true);
			if (s == null) {
				return;
			}
			s.bucketsCompared = in.readInt();
			s.expectedIn = in.readLong();
			s.expectedOut = in.readLong();
			List<Alignment.Bucket> diff = Wire.buckets(in);
			s.bucketsDiffering = diff.size();
			s.lastActivity = System.currentTimeMillis();
			// a trace for the rare session that stalls (once after a merge): did the plan come?
			LOG.log(Level.INFO, "node {0}: alignment {1,number,#} with {2}: plan received, {3} of {4} buckets differ",
					localNode, s.id, s.peerNode, diff.size(), s.bucketsCompared);
			worker.execute(() -> guarded(s, () -> {
				stream(s, diff);
				finishOut(s);
			}));
		} else {
			throw new IOException("unknown alignment digest message kind " + kind);
		}
	}

	void facts(Address from, Envelope e) throws IOException {
		DataInputStream in = Wire.in(e.payload());
		byte kind = in.readByte();
		if (kind != CHUNK && kind != ACK && kind != ENDED) {
			throw new IOException("unknown alignment fact message kind " + kind);
		}
		Session s = own(e.seq(), from, kind == CHUNK);
		if (s == null) {
			return;
		}
		s.lastActivity = System.currentTimeMillis();
		if (kind == CHUNK) {
			boolean last = in.readBoolean();
			List<ReplicatedFact> facts = Wire.facts(in);
			int added;
			try {
				added = store.upsert(facts);
			} catch (RuntimeException ex) { // the store refused (disk full, I/O error): end it on both sides now
				end(s, "cannot store a chunk from " + s.peerNode + ": " + ex.getMessage());
				sendEnded(from, s.id);
				return;
			}
			long chunks, count, addedSoFar;
			synchronized (s) {
				chunks = ++s.chunksIn;
				count = s.factsIn += facts.size();
				addedSoFar = s.addedIn += added;
				s.inDone |= last;
			}
			host.send(from, new Envelope(MessageType.ALIGN_FACTS, host.epoch(), s.id, Wire.bytes(out -> {
				out.writeByte(ACK);
				out.writeLong(chunks);
				out.writeLong(count);
				out.writeLong(addedSoFar);
			})));
			progress(s);
			maybeFinish(s);
		} else if (kind == ACK) {
			s.out.acked(in.readLong(), in.readLong(), in.readLong());
			progress(s);
		} else {
			end(s, "the peer has ended it");
		}
	}

	/**
	 * The responder's session for digests from {@code from}: the open one with this id, a new one when the id is the
	 * newest this peer used (its older sessions are dropped), or null for the late digests of a session the peer
	 * already replaced (logged, not applied). Runs on the delivery thread of that peer's messages, one at a time.
	 */
	private Session responderSession(long id, Address from, String fromNode, long bucketMillis, long since,
			long until) {
		Session open = sessions.get(new Key(from, id));
		if (open != null) {
			return open;
		}
		long newest = newestFrom.getOrDefault(from, Long.MIN_VALUE);
		if (id <= newest) {
			LOG.log(Level.INFO, "node {0}: late digests of alignment {1,number,#} from {2} ignored: it started "
					+ "alignment {3,number,#} since", localNode, id, fromNode, newest);
			return null;
		}
		if (newestFrom.size() > 64) { // addresses of earlier incarnations: keep those with an open session
			newestFrom.keySet().removeIf(a -> sessions.keySet().stream().noneMatch(k -> k.peer().equals(a)));
		}
		newestFrom.put(from, id);
		for (Session old : sessions.values()) {
			if (!old.joiner && old.peer.equals(from)) {
				drop(old, "the peer started a new alignment");
			}
		}
		Session s = new Session(id, from, fromNode, false, bucketMillis, since, until);
		sessions.put(s.key(), s);
		return s;
	}

	/**
	 * The session with this id and peer, or null for one that ended here. A plan or chunk for it is answered with
	 * {@code ENDED}, so the peer stops waiting for its acknowledgement; nothing of it is applied.
	 */
	private Session own(long id, Address from, boolean answerEnded) {
		Session s = sessions.get(new Key(from, id));
		if (s == null) {
			LOG.log(Level.INFO, "node {0}: message of ended alignment {1,number,#} from {2} ignored", localNode, id,
					MemberChannel.nodeOf(from));
			if (answerEnded) {
				sendEnded(from, id);
			}
		}
		return s;
	}

	private void sendEnded(Address to, long id) {
		host.send(to, new Envelope(MessageType.ALIGN_FACTS, host.epoch(), id, Wire.bytes(out -> out.writeByte(ENDED))));
	}

	/**
	 * Where a joiner's alignment starts: {@link #LOOKBACK_MS} (at least two buckets) before the time up to which its
	 * store is known complete, on a bucket boundary; 0 (the whole history) for a store that knows nothing.
	 */
	static long alignFrom(long completeThrough, long bucketMillis) {
		if (completeThrough <= 0) {
			return 0;
		}
		long from = completeThrough - Math.max(LOOKBACK_MS, 2 * bucketMillis);
		return from <= 0 ? 0 : from - Math.floorMod(from, bucketMillis);
	}

	/**
	 * The bucket a session compares in: {@link #FINE_BUCKET_MS} for a recent range (back from a pause, a short
	 * outage or a partition: at most {@link #FINE_RANGE_MS}), the configured one otherwise. A differing bucket moves
	 * whole, so a pause of a few seconds at 2,000 variables moved 2.4 million samples each way in 60 s buckets (97 s
	 * of alignment, FailureDetectionBenchmark) and moves a twelfth of that in 5 s buckets, while a long range keeps
	 * its digest list short.
	 */
	static long bucketFor(long from, long now, long configured) {
		boolean recent = from > 0 && now - from <= FINE_RANGE_MS;
		return recent && configured > FINE_BUCKET_MS && configured % FINE_BUCKET_MS == 0 ? FINE_BUCKET_MS : configured;
	}

	/**
	 * Where a joiner's alignment ends: shortly after it began to follow the server, since replication delivers
	 * everything from there on. Comparing up to "now" instead would always find the buckets being written differ and
	 * move them again. Waits until that time has passed, so the joiner's own digests include what replication
	 * brought up to there.
	 */
	private long alignUntil(Session s) throws InterruptedException {
		long until = Math.max(s.started + REPLICATION_OVERLAP_MS, s.from + 1);
		while (System.currentTimeMillis() < until + REPLICATION_SETTLE_MS && current == s) {
			Thread.sleep(20);
		}
		return until;
	}

	private void sendDigests(Session s) throws InterruptedException {
		s.to = alignUntil(s);
		if (current != s) {
			return; // given up while waiting: its digests would only make the server start a session nobody follows
		}
		List<RangeDigest> mine = store.digests(s.bucketMillis, s.from, s.to);
		int from = 0;
		do {
			List<RangeDigest> part = mine.subList(from, Math.min(mine.size(), from + DIGESTS_PER_MESSAGE));
			boolean last = from + part.size() >= mine.size();
			host.send(s.peer, new Envelope(MessageType.ALIGN_DIGESTS, host.epoch(), s.id, Wire.bytes(out -> {
				out.writeByte(DIGESTS);
				out.writeLong(s.bucketMillis);
				out.writeLong(s.from);
				out.writeLong(s.to);
				out.writeBoolean(last);
				Wire.digests(out, part);
			})));
			from += part.size();
		} while (from < mine.size());
	}

	private void answer(Session s) throws InterruptedException, TimeoutException {
		List<RangeDigest> mine = store.digests(s.bucketMillis, s.from, s.to);
		List<Alignment.Bucket> diff = Alignment.differing(mine, s.peerDigests);
		long toPeer = countIn(mine, diff);
		long fromPeer = countIn(s.peerDigests, diff);
		s.bucketsCompared = Alignment.bucketsOnEitherSide(mine, s.peerDigests);
		s.bucketsDiffering = diff.size();
		s.peerDigests.clear();
		host.send(s.peer, new Envelope(MessageType.ALIGN_DIGESTS, host.epoch(), s.id, Wire.bytes(out -> {
			out.writeByte(PLAN);
			out.writeInt(s.bucketsCompared);
			out.writeLong(toPeer);
			out.writeLong(fromPeer);
			Wire.buckets(out, diff);
		})));
		stream(s, diff);
		finishOut(s);
	}

	private static long countIn(List<RangeDigest> digests, List<Alignment.Bucket> buckets) {
		Map<Alignment.Bucket, Integer> counts = new HashMap<>(digests.size() * 2);
		for (RangeDigest d : digests) {
			counts.put(new Alignment.Bucket(d.subject(), d.bucketStart()), d.count());
		}
		long n = 0;
		for (Alignment.Bucket b : buckets) {
			n += counts.getOrDefault(b, 0);
		}
		return n;
	}

	/**
	 * Sends the facts of the buckets in bounded chunks, the last one flagged, and waits for every acknowledgement.
	 * The differing subjects of one bucket are read together, a slice of {@link #SLICE_MS} at a time: one range read
	 * per slice instead of one per subject (thousands of variables differ in the bucket that is being written while
	 * the node aligns), and never more than a slice of facts in memory.
	 */
	private void stream(Session s, List<Alignment.Bucket> buckets) throws InterruptedException, TimeoutException {
		Map<Long, Set<String>> subjectsByStart = Alignment.subjectsByStart(buckets);
		List<ReplicatedFact> chunk = new ArrayList<>();
		int bytes = 0;
		for (Map.Entry<Long, Set<String>> bucket : subjectsByStart.entrySet()) {
			long end = Math.min(bucket.getKey() + s.bucketMillis, s.to);
			for (long from = bucket.getKey(); from < end; from += SLICE_MS) {
				for (ReplicatedFact f : store.factsIn(bucket.getValue(), from, Math.min(end, from + SLICE_MS))) {
					chunk.add(f);
					bytes += 40 + f.key().length() + f.subject().length() + f.payload().length;
					if (chunk.size() >= CHUNK_FACTS || bytes >= CHUNK_BYTES) {
						sendChunk(s, chunk, false);
						s.out.awaitOutstanding(WINDOW);
						chunk = new ArrayList<>();
						bytes = 0;
					}
				}
			}
		}
		sendChunk(s, chunk, true);
		s.out.awaitOutstanding(0);
	}

	private void sendChunk(Session s, List<ReplicatedFact> chunk, boolean last) {
		s.out.sent(chunk.size());
		host.send(s.peer, new Envelope(MessageType.ALIGN_FACTS, host.epoch(), s.id, Wire.bytes(out -> {
			out.writeByte(CHUNK);
			out.writeBoolean(last);
			Wire.facts(out, chunk);
		})));
		s.lastActivity = System.currentTimeMillis();
	}

	private void finishOut(Session s) {
		synchronized (s) {
			s.outDone = true;
		}
		maybeFinish(s);
	}

	private void progress(Session s) {
		if (!s.joiner) {
			return;
		}
		long done, total;
		synchronized (s) {
			done = s.factsIn + s.out.factsAcked;
			total = Math.max(s.expectedIn, s.factsIn) + Math.max(s.expectedOut, s.out.factsSent);
		}
		host.progress(s.peerNode, done, total);
	}

	private void maybeFinish(Session s) {
		AlignmentReport r;
		synchronized (s) {
			if (s.finished || !s.inDone || !s.outDone) {
				return;
			}
			s.finished = true;
			r = new AlignmentReport(s.peerNode, s.bucketsCompared, s.bucketsDiffering, s.factsIn, s.addedIn,
					s.out.factsSent, s.out.factsNewThere, System.currentTimeMillis() - s.started);
		}
		sessions.remove(s.key());
		LOG.log(Level.INFO, "node {0}: {1}", localNode, r);
		if (s.joiner && current == s) {
			current = null;
			host.finished(r);
		}
	}

	private void drop(Session s, String why) {
		sessions.remove(s.key());
		s.out.cancel();
		if (why != null) {
			LOG.log(Level.WARNING, "node {0}: alignment with {1} dropped: {2}", localNode, s.peerNode, why);
		}
	}

	private interface Step {
		void run() throws Exception;
	}

	private void guarded(Session s, Step step) {
		try {
			step.run();
		} catch (CancellationException e) {
			LOG.log(Level.DEBUG, "node {0}: alignment with {1} cancelled", localNode, s.peerNode);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			end(s, e.toString());
		}
	}

	/**
	 * Ends a session early. It stays listed until the next {@link #dropStalled()}, so a joiner's own session is
	 * restarted by the member like a stalled one; dropping it here left the node unaligned until the next view.
	 */
	private void end(Session s, String why) {
		s.endReason = why;
		s.out.cancel();
	}
}
