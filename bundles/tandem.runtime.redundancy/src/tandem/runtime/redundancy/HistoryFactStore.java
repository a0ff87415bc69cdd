package tandem.runtime.redundancy;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.cluster.FactStore;
import tandem.runtime.cluster.RangeDigest;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.cluster.Stamp;
import tandem.runtime.history.h2.AlarmRecord;
import tandem.runtime.history.h2.HistoryStore;
import tandem.runtime.history.h2.LogPosition;

/**
 * The cluster's {@link FactStore} over a node's H2 {@link HistoryStore}. Storing a fact whose key is held is a
 * no-op. Two numberings meet here and are kept apart on purpose:
 * <ul>
 * <li>the <b>high-water mark</b> the cluster sees (and acknowledges to the server) is the newest stamp this store
 * received <em>with</em> its stamp: a fact the node records on its own (a standby's role change, a degraded side's
 * recording, an aligned fact) never raises it, so a standby never acknowledges what it has not received;</li>
 * <li>the node's own event log in H2 must grow in seq without repeats (its blocks are keyed by first seq), so a fact
 * whose stamp would not follow the log is written there with the next local seq instead.</li>
 * </ul>
 * Operator requests are not facts: they are handed to the {@link RequestHandler} (the server executes them) and
 * only their keys are remembered, so a request's password never reaches a history. A request whose outcome
 * ({@code action:<id>}) has not arrived is <em>unanswered</em>: the server that took it may have died before it
 * executed it or before its outcome was replicated. Such a request does not count as held ({@link #contains} says
 * no, so the next server executes a resend instead of confirming it blindly), it is handed to the handler again
 * when it comes again, and a promoted node executes it ({@link #unansweredRequests}).
 *
 * <p>{@link #contains} answers from the keys of recent facts in memory (bounded) and, for older samples, from H2.
 */
public final class HistoryFactStore implements FactStore {

	/** Told about every operator request replicated into this store, outside its lock. */
	public interface RequestHandler {
		void request(OperatorRequest request, ReplicatedFact fact);
	}

	/** Told about every fact stored, in store order, under the store's lock (keep it short). */
	public interface StoredListener {
		void stored(Fact fact);
	}

	static final int REMEMBERED_KEYS = 300_000;
	static final int REMEMBERED_UNANSWERED = 10_000;
	static final int REMEMBERED_CLEARS = 10_000;
	static final String COMPLETE_THROUGH_FILE = "complete-through";
	static final long COMPLETE_THROUGH_WRITE_MS = 5_000;
	private static final System.Logger LOG = System.getLogger(HistoryFactStore.class.getName());
	private static final String SAMPLE_PREFIX = "sample:";
	private static final String ACTION_PREFIX = "action:";

	private final HistoryStore history;
	private final Set<String> recentKeys = new LinkedHashSet<>();
	/** Occurrence key → the clear time held, for the occurrences cleared in the remembered log (bounded). */
	private final Map<String, Long> clearTimes = new LinkedHashMap<>(64, 0.75f, false) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
			return size() > REMEMBERED_CLEARS;
		}
	};
	/** Request key → the request, for requests whose outcome this store has not seen, oldest first (bounded). */
	private final Map<String, ReplicatedFact> unanswered = new LinkedHashMap<>(64, 0.75f, false) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ReplicatedFact> eldest) {
			return size() > REMEMBERED_UNANSWERED;
		}
	};
	/**
	 * Per variable, the newest sample time stored (as far as the remembered log shows): a sample newer than that is
	 * not held, without asking H2, whose per-millisecond lookup scans every variable's sample of that millisecond.
	 * That is the common case: every fresh sample the server records and every fact a promoted standby takes from
	 * its shadow buffer.
	 */
	private final Map<String, Long> newestSample = new HashMap<>();
	/**
	 * Every stored sample whose key is not among the remembered ones has a source time at or before this: the newest
	 * sample in H2 when the store opened, raised by every sample key that is forgotten. A fresh sample (the shadow
	 * buffer's on promotion, a new recording) is newer and so is answered without asking H2.
	 */
	private long forgottenSamplesUpTo;
	private volatile RequestHandler requests = (r, f) -> {
	};
	private volatile StoredListener storedListener = f -> {
	};
	private Stamp highWaterMark;
	private long logEpoch;
	private long logSeq;
	private final Path completeThroughFile;
	private long completeThrough;
	private long completeThroughWritten;

	public HistoryFactStore(HistoryStore history) {
		this.history = history;
		LogPosition p = history.lastPosition();
		highWaterMark = new Stamp(p.epoch(), p.seq());
		logEpoch = Math.max(1, p.epoch());
		logSeq = p.seq();
		forgottenSamplesUpTo = history.queries().newestSampleTime();
		for (LoggedFact f : history.queries().readLog(Math.max(0, p.seq() - REMEMBERED_KEYS), REMEMBERED_KEYS)) {
			remember(f.fact().key());
			noteSample(f.fact().key());
			noteClear(f.fact());
		}
		completeThroughFile = history.file().resolveSibling(COMPLETE_THROUGH_FILE);
		// an empty history knows nothing, whatever a file left beside it says (a wiped database)
		completeThrough = p.seq() == 0 ? 0 : readCompleteThrough(completeThroughFile);
		completeThroughWritten = completeThrough;
	}

	private static long readCompleteThrough(Path file) {
		try {
			return Files.exists(file) ? Math.max(0, Long.parseLong(Files.readString(file).trim())) : 0;
		} catch (IOException | NumberFormatException e) {
			LOG.log(Level.WARNING, "{0} is unreadable ({1}); the next alignment compares the whole history", file,
					e.toString());
			return 0;
		}
	}

	@Override
	public synchronized long completeThrough() {
		return completeThrough;
	}

	/** Waits until everything stored before is committed and fsynced ({@code CHECKPOINT SYNC}) to the history. */
	@Override
	public void sync() {
		history.sync();
	}

	/**
	 * Kept in memory and written every {@value #COMPLETE_THROUGH_WRITE_MS} ms (write, then atomic rename): after a crash
	 * the file is at most that old, far less than alignment's look-back. A failed write (full disk) leaves the older
	 * value, which only makes the next alignment compare more.
	 */
	@Override
	public synchronized void completeThrough(long time) {
		completeThrough = Math.max(completeThrough, time);
		if (completeThrough - completeThroughWritten < COMPLETE_THROUGH_WRITE_MS) {
			return;
		}
		Path tmp = completeThroughFile.resolveSibling(COMPLETE_THROUGH_FILE + ".tmp");
		try {
			Files.writeString(tmp, Long.toString(completeThrough));
			Files.move(tmp, completeThroughFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			completeThroughWritten = completeThrough;
		} catch (IOException e) {
			LOG.log(Level.WARNING, "cannot write {0}: {1}", completeThroughFile, e.toString());
			completeThroughWritten = completeThrough; // try again in a while, not on every tick
		}
	}

	public void onRequest(RequestHandler handler) {
		requests = handler;
	}

	public void onStored(StoredListener listener) {
		storedListener = listener;
	}

	@Override
	public int upsert(Collection<ReplicatedFact> facts) {
		List<ReplicatedFact> requestFacts = new ArrayList<>(0);
		List<OperatorRequest> decodedRequests = new ArrayList<>(0);
		int added = 0;
		synchronized (this) {
			for (ReplicatedFact f : facts) {
				Object decoded = FactPayload.decode(f.payload());
				if (decoded instanceof OperatorRequest r) {
					// an unanswered request stamped anew is a new server taking it up: hand it over again
					ReplicatedFact before = unanswered.get(f.key());
					if (remember(f.key()) || before != null && !before.stamp().equals(f.stamp())) {
						received(f.stamp());
						unanswered.put(f.key(), f);
						requestFacts.add(f);
						decodedRequests.add(r);
					}
				} else if (store((Fact) decoded, f.stamp())) {
					received(f.stamp());
					added++;
				}
			}
		}
		for (int i = 0; i < requestFacts.size(); i++) {
			requests.request(decodedRequests.get(i), requestFacts.get(i));
		}
		return added;
	}

	/** Records a fact of this node that no server stamped (standby's own events, degraded recording). */
	public synchronized boolean recordLocally(Fact fact) {
		return store(fact, Stamp.ZERO);
	}

	private boolean store(Fact fact, Stamp stamp) {
		if (fact instanceof AlarmTransition t && isClear(t)) {
			if (!clearsEarlier(t)) {
				return false;
			}
			// an earlier clear of the occurrence corrects a later one held here (see clearsEarlier): written again,
			// its MERGE moves the row's clear and the CEL line to the earlier time
		} else if (recentKeys.contains(fact.key())) {
			// recent keys only: an older repeat is absorbed by the history's MERGE on the natural key
			return false;
		}
		LoggedFact logged = stamp.seq() > logSeq ? new LoggedFact(Math.max(stamp.epoch(), logEpoch), stamp.seq(), fact)
				: new LoggedFact(Math.max(stamp.epoch(), logEpoch), logSeq + 1, fact);
		history.append(logged);
		logEpoch = logged.epoch();
		logSeq = logged.seq();
		remember(fact.key());
		noteSample(fact.key());
		noteClear(fact);
		if (fact.key().startsWith(ACTION_PREFIX)) {
			unanswered.remove(OperatorRequest.requestKey(fact.key().substring(ACTION_PREFIX.length())));
		}
		storedListener.stored(fact);
		return true;
	}

	private static boolean isClear(AlarmTransition t) {
		return t.kind() == TransitionKind.CLEARED || t.kind() == TransitionKind.CLEARED_UNACKNOWLEDGED;
	}

	/**
	 * Whether a clear is news: this history holds no clear of its occurrence, or a later one. For one occurrence
	 * (alarm, raise time) the earliest clear wins, whichever node wrote it and in whichever order they arrive: every
	 * node evaluates the same values, so a clear is never early; one written late stands for a node that did not see
	 * the end when it happened (restarted, paused, a ghost ended from what its own history showed), and the node that
	 * saw the condition end holds the earlier, right time. Both nodes thus converge on the same row.
	 */
	private boolean clearsEarlier(AlarmTransition t) {
		String occurrence = t.occurrenceKey();
		Long held = clearTimes.get(occurrence);
		if (held == null && (recentKeys.contains(occurrence + ":" + TransitionKind.CLEARED)
				|| recentKeys.contains(occurrence + ":" + TransitionKind.CLEARED_UNACKNOWLEDGED)
				|| recentKeys.size() >= REMEMBERED_KEYS)) {
			held = heldClearTime(t); // held but not remembered here: ask the history
		}
		return held == null || t.time() < held;
	}

	private Long heldClearTime(AlarmTransition t) {
		history.flush();
		return history.queries().alarms(t.raiseTime(), t.raiseTime() + 1, true).stream()
				.filter(r -> r.alarm().equals(t.alarm())).map(AlarmRecord::clearTime).filter(c -> c != null)
				.findFirst().orElse(null);
	}

	private void noteClear(Fact fact) {
		if (fact instanceof AlarmTransition t && isClear(t)) {
			clearTimes.merge(t.occurrenceKey(), t.time(), Math::min);
		}
	}

	private void received(Stamp stamp) {
		highWaterMark = Stamp.max(highWaterMark, stamp);
	}

	private boolean remember(String key) {
		boolean fresh = recentKeys.add(key);
		if (fresh && recentKeys.size() > REMEMBERED_KEYS) {
			var it = recentKeys.iterator();
			String forgotten = it.next();
			it.remove();
			if (forgotten.startsWith(SAMPLE_PREFIX)) {
				forgottenSamplesUpTo = Math.max(forgottenSamplesUpTo,
						Long.parseLong(forgotten.substring(forgotten.lastIndexOf('@') + 1)));
			}
		}
		return fresh;
	}

	@Override
	public synchronized boolean contains(String key) {
		return held(key);
	}

	/** Requests held here whose outcome has not arrived (see the class comment), oldest first. */
	public synchronized List<ReplicatedFact> unansweredRequests() {
		return List.copyOf(unanswered.values());
	}

	private boolean held(String key) {
		if (unanswered.containsKey(key)) {
			return false;
		}
		if (recentKeys.contains(key)) {
			return true;
		}
		if (key.startsWith(SAMPLE_PREFIX)) { // older than the remembered keys: ask H2 (remembered keys cover the queue)
			int at = key.lastIndexOf('@');
			String variable = key.substring(SAMPLE_PREFIX.length(), at);
			long time = Long.parseLong(key.substring(at + 1));
			Long newest = newestSample.get(variable);
			if (time > forgottenSamplesUpTo || newest != null && time > newest) {
				return false;
			}
			return !history.queries().samples(variable, time, time + 1).isEmpty();
		}
		return false;
	}

	private void noteSample(String key) {
		if (key.startsWith(SAMPLE_PREFIX)) {
			int at = key.lastIndexOf('@');
			newestSample.merge(key.substring(SAMPLE_PREFIX.length(), at), Long.parseLong(key.substring(at + 1)), Math::max);
		}
	}

	@Override
	public synchronized Stamp highWaterMark() {
		return highWaterMark;
	}

	/** Digests from the history's own range digests (samples per variable, the CEL as {@code #cel}). */
	@Override
	public List<RangeDigest> digests(long bucketMillis) {
		return digests(bucketMillis, 0, Long.MAX_VALUE);
	}

	/** One range read, on a connection of its own (see {@link HistoryStore#bulkQueries()}). */
	@Override
	public List<RangeDigest> digests(long bucketMillis, long fromInclusive, long toExclusive) {
		history.flush();
		List<RangeDigest> out = new ArrayList<>();
		for (tandem.runtime.history.h2.RangeDigest d : history.bulkQueries().digests(fromInclusive, toExclusive,
				bucketMillis)) {
			out.add(new RangeDigest(d.stream(), d.bucketStart(), (int) d.count(), d.hash()));
		}
		return out;
	}

	/**
	 * Samples of a variable, or for {@code #cel} the facts behind its lines (alarm transitions and operator actions
	 * rebuilt from their rows, system lines as they are), without stamps: the receiver records them locally and so
	 * gets the same alarm, action and CEL rows, not only the CEL text. They travel under the bucket's subject
	 * {@code #cel}, keyed as their lines are, so the digests of both sides agree afterwards.
	 */
	@Override
	public List<ReplicatedFact> factsIn(String subject, long fromInclusive, long toExclusive) {
		history.flush();
		List<ReplicatedFact> out = new ArrayList<>();
		if (FactPayload.CEL_SUBJECT.equals(subject)) {
			for (Fact f : history.bulkQueries().celFacts(fromInclusive, toExclusive)) {
				out.add(new ReplicatedFact(Stamp.ZERO, f.key(), subject, f.time(), FactPayload.encode(f)));
			}
			return out;
		}
		for (ArchiveSample s : history.bulkQueries().samples(subject, fromInclusive, toExclusive)) {
			out.add(FactPayload.unstamped(s));
		}
		return out;
	}

	/** Many variables' samples from one range read of the time-ordered sample key; {@code #cel} as above. */
	@Override
	public List<ReplicatedFact> factsIn(Set<String> subjects, long fromInclusive, long toExclusive) {
		history.flush();
		List<ReplicatedFact> out = new ArrayList<>();
		if (subjects.contains(FactPayload.CEL_SUBJECT)) {
			out.addAll(factsIn(FactPayload.CEL_SUBJECT, fromInclusive, toExclusive));
		}
		if (subjects.size() > (subjects.contains(FactPayload.CEL_SUBJECT) ? 1 : 0)) {
			for (ArchiveSample s : history.bulkQueries().samplesBetween(fromInclusive, toExclusive)) {
				if (subjects.contains(s.variable())) {
					out.add(FactPayload.unstamped(s));
				}
			}
		}
		return out;
	}
}
