package tandem.runtime.redundancy;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverFactory;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.AlarmTransition;
import tandem.runtime.api.fact.ArchiveSample;
import tandem.runtime.api.fact.CelCategory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.Fact;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.fact.TransitionKind;
import tandem.runtime.cluster.ClusterListener;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.cluster.RoleChange;
import tandem.runtime.cluster.Stamp;
import tandem.runtime.core.alarm.AlarmEngine;
import tandem.runtime.core.alarm.AlarmShelf;
import tandem.runtime.core.archive.ArchiveRecorder;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.image.DriverHealthEntries;
import tandem.runtime.core.image.ProcessImage;
import tandem.runtime.history.h2.CelQuery;
import tandem.runtime.history.h2.HistoryOptions;
import tandem.runtime.history.h2.HistoryQueries;
import tandem.runtime.history.h2.HistoryStore;

/**
 * A runtime node that is a member of its project's cluster. It runs the same pipeline as a single node (drivers →
 * process image → alarm engine and archive recorder) and routes every fact by its role:
 * <ul>
 * <li><b>SERVER</b>: the cluster stamps it with (epoch, seq), stores it in the H2 history and streams it to the
 * standby; values and alarm states are published to stations; operator requests are executed here.</li>
 * <li><b>STANDBY</b>: replicated facts are applied to the history; the node's own drivers run in shadow mode and
 * what they observe goes to the shadow buffer, not to the history. On promotion the cluster records every buffered
 * fact newer than the last one received from the server, and this node sweeps the buffer once more for facts
 * observed while the role changed.</li>
 * <li><b>DEGRADED</b> (no quorum): it keeps recording into its own history (the sides merge without conflict
 * later) but is not server, so the cluster refuses operator requests and no write reaches the field. An on-change
 * archive's samples, whose chain must be one, are kept in the shadow buffer at first, as a standby keeps them
 * ({@link ClusterMember#observeWhileDegraded}).</li>
 * </ul>
 * Every role change is written to the CEL with its reason. The node's own system events (start, stop, role) are
 * replicated while it serves and recorded locally otherwise.
 */
public final class RedundantNode implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(RedundantNode.class.getName());

	/** How a node runs; tests use a short publish interval and real time. */
	public record Options(LongSupplier clock, HistoryOptions history, long publishIntervalMillis, boolean startPolling) {
		public static Options defaults() {
			return new Options(System::currentTimeMillis, HistoryOptions.defaults(), 200, true);
		}
	}

	/** Told about role changes after they are recorded, in order, on the cluster's event thread. */
	public interface RoleListener {
		void roleChanged(RoleChange change);

		/** The serving node lost or renewed its lease on the field, after the CEL entry is written. */
		default void leaseChanged(String node, boolean held, long at, String reason) {
		}

		/** The serving node lost its aligned standby or has one again, after the CEL entry is written. */
		default void protectionChanged(String node, boolean isProtected, long since, String reason) {
		}
	}

	private volatile RuntimeConfiguration configuration;
	private volatile String projectHash;
	private final String name;
	private final Path dataDir;
	private final ClusterSettings settings;
	private final Map<String, DriverFactory> factories = new LinkedHashMap<>();
	private final Options options;
	private final Object emitLock = new Object();
	private final List<RoleListener> roleListeners = new CopyOnWriteArrayList<>();
	private final ExecutorService follower;
	private HistoryStore history;
	private HistoryFactStore facts;
	private Map<String, Driver> drivers;
	private ProcessImage image;
	private tandem.runtime.api.Subscription alarmsSubscription;
	private tandem.runtime.api.Subscription recorderSubscription;
	private tandem.runtime.api.Subscription publisherSubscription;
	private AlarmEngine alarms;
	private ArchiveRecorder recorder;
	private AlarmIdentity alarmIdentity;
	private OperatorDesk desk;
	private final OperatorDesk.RuntimeChanges runtimeChanges = new OperatorDesk.RuntimeChanges();
	/** Shelved and out-of-service alarms: the node's, kept across deploys (see {@link AlarmShelf}). */
	private final AlarmShelf shelf = new AlarmShelf();
	private ValuePublisher publisher;
	private volatile ClusterMember member;
	private volatile boolean running;
	private tandem.runtime.redundancy.deploy.Deployment deployment;
	private tandem.runtime.redundancy.deploy.VersionStore versions;
	private tandem.runtime.redundancy.deploy.ProjectVersion startVersion;
	private tandem.model.Project startProject;

	public RedundantNode(RuntimeConfiguration configuration, String projectHash, String name, Path dataDir,
			ClusterSettings settings, List<DriverFactory> factories, Options options) {
		this.configuration = configuration;
		this.projectHash = projectHash;
		this.name = name;
		this.dataDir = dataDir;
		this.settings = settings;
		factories.forEach(f -> this.factories.put(f.kind(), f));
		this.options = options;
		this.follower = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "tandem-follower-" + name);
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Takes part in online deployment (before {@link #start()}): the node keeps its versions in {@code store}, runs
	 * {@code version} (its {@code project} compiled is this node's configuration) and applies later versions in
	 * place ({@link tandem.runtime.redundancy.deploy.Deployment}).
	 */
	public void deployable(tandem.runtime.redundancy.deploy.VersionStore store,
			tandem.runtime.redundancy.deploy.ProjectVersion version, tandem.model.Project project) {
		this.versions = store;
		this.startVersion = version;
		this.startProject = project;
	}

	/** The node's part in online deployment; null for a node started without {@link #deployable}. */
	public tandem.runtime.redundancy.deploy.Deployment deployment() {
		return deployment;
	}

	public void addRoleListener(RoleListener l) {
		roleListeners.add(l);
	}

	/** Opens the history, joins the cluster and starts the drivers. */
	public synchronized void start() throws Exception {
		if (!settings.node(name).map(n -> n.serverCapable()).orElse(false)) {
			throw new IllegalArgumentException("project " + configuration.project() + ": node " + name
					+ " is not a server-capable node of the topology (nodes: "
					+ settings.nodes().stream().map(n -> n.name() + " " + n.kind()).toList() + ")");
		}
		history = HistoryStore.open(dataDir, options.history());
		try {
			wire();
			member = new ClusterMember(settings, name, facts, projectHash);
			member.shadowBuffer().checkCoveredAgainst(key -> !(key.startsWith("sample:") || key.endsWith(":RAISED"))
					|| facts.contains(key)); // the server judges whether it needs them (missedByServer)
			member.addListener(new Listener());
			member.setQueryHandler(new HistoryDesk(name, history::bulkQueries, options.clock()));
			if (versions != null) { // before joining: a deploy's staging may arrive with the first view
				deployment = new tandem.runtime.redundancy.deploy.Deployment(new DeployHost(this), versions,
						startVersion, startProject);
				deployment.start();
			}
			member.start();
		} catch (Exception | Error e) {
			history.close();
			throw e;
		}
		emit(CelEntry.system(name, "START", now(), "node " + name + " started with project "
				+ configuration.project() + " version " + configuration.version()));
		if (options.startPolling()) {
			image.start();
		}
		publisher.start();
		running = true;
	}

	private void wire() {
		facts = new HistoryFactStore(history);
		drivers = createDrivers(Map.of());
		wirePipeline();
		facts.onRequest((request, fact) -> desk.request(request));
		facts.onStored(f -> { // the role when stored: a sample stored before a promotion is still the server's chain
			boolean standingBy = role() != MemberRole.SERVER;
			follower.execute(() -> follow(f, standingBy));
		});
	}

	/** Process image, alarms, archives, publication and operator desk for the current configuration. */
	private void wirePipeline() {
		image = new ProcessImage(configuration.variables(), drivers, options.clock());
		image.onDriverHealth(new DriverHealthEntries(name, this::emit));
		wireListeners();
	}

	/** Alarms, archives, publication and operator desk on the current process image. */
	private void wireListeners() {
		alarms = new AlarmEngine(configuration.alarms(), this::emit);
		recorder = new ArchiveRecorder(configuration.archives(), image, this::emit);
		alarmIdentity = new AlarmIdentity(name, alarms, history, this::role, options.clock());
		alarmIdentity.restore(configuration);
		alarmsSubscription = image.subscribeAll(alarms);
		recorder.continueFrom(this::newestSample);
		recorderSubscription = image.subscribeAll(recorder);
		publisher = new ValuePublisher(name, () -> member, alarms, shelf, options.clock(),
				options.publishIntervalMillis(), this::status, () -> desk.expireShelving());
		publisherSubscription = image.subscribeAll(publisher);
		desk = new OperatorDesk(configuration, image, alarms, shelf, options.clock(), () -> member, publisher,
				() -> deployment, runtimeChanges);
		restoreSessions();
	}

	/**
	 * A version with the same variables and drivers keeps polling (a live device's slot that no node polls is lost
	 * for good, and server and standby switch at the same fact): only the listeners are replaced. The old alarm
	 * engine is unsubscribed before the new one is, so only the new definitions judge the values from now on; the
	 * old recorder after the new one, so every slot is recorded (a slot both record is one fact, by its key).
	 */
	private void applyListeners(RuntimeConfiguration next, String hash) {
		if (next.alarms().equals(configuration.alarms()) && next.archives().equals(configuration.archives())) {
			// screens, texts, users, recipes: only the operator desk changes. Built and its sessions restored
			// without the emit lock (the poll thread waits on it), replayed once more after the swap for a login
			// stored in between (replaying logins and logouts in order is idempotent)
			OperatorDesk nextDesk = new OperatorDesk(next, image, alarms, shelf, options.clock(), () -> member,
					publisher, () -> deployment, runtimeChanges);
			restoreSessions(nextDesk);
			synchronized (emitLock) {
				configuration = next;
				projectHash = hash;
				desk = nextDesk;
			}
			restoreSessions(nextDesk);
			return;
		}
		publisher.stop();
		alarmIdentity.stop();
		synchronized (emitLock) {
			alarmsSubscription.close();
			tandem.runtime.api.Subscription oldRecorder = recorderSubscription;
			tandem.runtime.api.Subscription oldPublisher = publisherSubscription;
			configuration = next;
			projectHash = hash;
			history.flush(); // the recorder continues from the newest sample, so it must be visible
			wireListeners();
			oldRecorder.close();
			oldPublisher.close();
		}
		publisher.start();
	}

	/**
	 * The operator sessions this node's history already holds (logins and logouts recorded before it restarted, by
	 * itself or replicated): without them, a restarted node that takes the server role back would refuse every
	 * logged-in station's writes as "not logged in" until the operators logged in again. Alignment does not bring
	 * them: they are not missing here, only forgotten.
	 */
	private void restoreSessions() {
		restoreSessions(desk);
	}

	private void restoreSessions(OperatorDesk target) {
		HistoryQueries queries = history.queries();
		int restored = 0;
		for (CelEntry line : queries.cel(new CelQuery(0, Long.MAX_VALUE, Set.of(CelCategory.OPERATOR), "", "", "",
				Integer.MAX_VALUE))) { // in time order: a logout after its login
			if (line.key().startsWith("action:")) {
				OperatorAction a = queries.action(line.key().substring("action:".length()));
				if (a != null && a.kind() != ActionKind.WRITE && a.kind() != ActionKind.ACKNOWLEDGE
						&& a.kind() != ActionKind.RECIPE_DOWNLOAD) { // sessions, shelving, runtime data changes
					target.stored(a);
					restored++;
				}
			}
		}
		LOG.log(Level.DEBUG, "node {0}: {1} session and shelving actions read from the history", name, restored);
	}

	/**
	 * Whether a key is a sample of a cyclic archive's variable: its slot is a fact every node polling that slot
	 * observes alike, so a standby's observation of it can stand in for a server that missed the slot. (An on-change
	 * or event sample depends on what came before it on the node that decided it.)
	 */
	private boolean cyclicSample(String key) {
		if (!key.startsWith("sample:")) {
			return false;
		}
		String variable = key.substring("sample:".length(), key.lastIndexOf('@'));
		return configuration.archives().stream().anyMatch(
				a -> a.mode() == tandem.runtime.core.config.ArchiveDefinition.Mode.CYCLIC && a.variables().contains(variable));
	}

	/** The newest sample of a variable in this node's history, looking back a minute, an hour, then a day. */
	private ArchiveSample newestSample(String variable) {
		long now = now();
		for (long back : new long[] { 60_000, 3_600_000, 86_400_000 }) {
			List<ArchiveSample> recent = history.queries().samples(variable, now - back, Long.MAX_VALUE);
			if (!recent.isEmpty()) {
				return recent.get(recent.size() - 1);
			}
		}
		return null;
	}

	/**
	 * Drivers are created with field writes allowed; whether a write is sent depends on the role at the moment of
	 * the request (only the server executes operator requests), so a promoted standby needs no new drivers.
	 */
	private Map<String, Driver> createDrivers(Map<DriverDefinition, Driver> reuse) {
		Map<String, Driver> created = new LinkedHashMap<>();
		for (DriverDefinition d : configuration.drivers()) {
			Driver same = reuse.get(d);
			if (same != null) { // unchanged definition: the running connection goes on
				created.put(d.name(), same);
				continue;
			}
			DriverFactory f = factories.get(d.kind());
			if (f == null) {
				throw new IllegalStateException("project " + configuration.project() + ": driver " + d.name()
						+ " has kind " + d.kind() + ", for which node " + name + " has no driver");
			}
			try {
				Driver driver = f.create(new DriverConfiguration(d.name(), d.kind(), configuration.seed(), true,
						d.properties()));
				driver.connect();
				created.put(d.name(), driver);
			} catch (DriverException e) {
				throw new IllegalStateException("project " + configuration.project() + ": driver " + d.name()
						+ " cannot be created: " + e.getMessage(), e);
			}
		}
		return created;
	}

	/** Where a fact of this node's own pipeline goes, by role (see the class comment). */
	void emit(Fact observed) {
		Fact fact = observed instanceof AlarmTransition t ? t.withNode(name) : observed; // the CEL says who saw it
		synchronized (emitLock) {
			ClusterMember m = member;
			MemberRole role = m == null ? MemberRole.OFFLINE : m.role();
			if (role == MemberRole.SERVER && observedByTheStandbyToo(fact) && observeOrRecord(m, fact)) {
				return; // recorded, or kept while the lease has run out (see ClusterMember#observeOrRecord)
			}
			if (role == MemberRole.SERVER) {
				try {
					m.record(FactPayload.unstamped(fact));
					return;
				} catch (IllegalStateException e) {
					role = m.role(); // handing over at a sequence point, or stepped down a moment ago
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			boolean shadowed = role == MemberRole.STANDBY ? !(fact instanceof CelEntry)
					: role == MemberRole.SERVER && observedByTheStandbyToo(fact);
			if (shadowed && observeOrRecord(m, fact)) {
				return;
			}
			if (role == MemberRole.DEGRADED && fact instanceof ArchiveSample && !cyclicSample(fact.key())) {
				m.observeWhileDegraded(FactPayload.unstamped(fact)); // kept, or recorded alone (see there)
				return;
			}
			facts.recordLocally(fact);
		}
	}

	/**
	 * Samples and alarm transitions the drivers' values cause: the standby's shadow drivers produce the same ones.
	 * An acknowledgement or a CEL line happens on the server alone, so a shadow buffer is no place for it.
	 */
	private static boolean observedByTheStandbyToo(Fact fact) {
		return fact instanceof ArchiveSample
				|| (fact instanceof AlarmTransition t && t.kind() != TransitionKind.ACKNOWLEDGED);
	}

	/**
	 * A fact the other server-capable node observes too: the cluster records it if this node serves, otherwise keeps
	 * it in the shadow buffer (atomic with promotion), where the next server finds it: the preferred node after a
	 * planned switch, or this node again when the switch is abandoned. Recording it here alone instead would keep
	 * it from the standby for good. False when the node is neither server nor standby any more (record it locally).
	 */
	private boolean observeOrRecord(ClusterMember m, Fact fact) {
		try {
			if (m.observeOrRecord(FactPayload.unstamped(fact)).isPresent()) {
				return true;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		MemberRole now = m.role();
		return now == MemberRole.SERVER || now == MemberRole.STANDBY;
	}

	/**
	 * A fact stored from the cluster (or by this node); keeps the shadow alarm states, the on-change archives and
	 * the sessions in step with what the server recorded (see {@link AlarmIdentity}).
	 */
	private void follow(Fact fact, boolean storedStandingBy) {
		try {
			if (fact instanceof CelEntry c && deployment != null
					&& c.key().contains(":" + tandem.runtime.redundancy.deploy.Deployment.ACTIVATE_EVENT)) {
				deployment.activationStored(c.text());
			} else if (fact instanceof OperatorAction a) {
				desk.stored(a);
			} else if (fact instanceof AlarmTransition t) {
				List<String> redundant = alarmIdentity.stored(t);
				ClusterMember m = member;
				if (!redundant.isEmpty() && m != null) {
					synchronized (emitLock) { // atomic with the shadow facts' way in (emit) and out (promotion)
						for (String prefix : redundant) {
							if (t.kind() == TransitionKind.RAISED && raisedBefore(prefix, t.raiseTime())) {
								// this node raised the same alarm first (the server started while it held)
								m.shadowBuffer().handToServer(f -> f.key().equals(prefix + TransitionKind.RAISED));
							}
							m.shadowBuffer().discard(prefix);
						}
					}
				}
			} else if (fact instanceof ArchiveSample s && storedStandingBy) {
				ArchiveRecorder.Followed followed = recorder.follow(s);
				ClusterMember m = member;
				if (!followed.agrees() && m != null) {
					synchronized (emitLock) { // this node's own samples after s that are not the history's go,
						m.shadowBuffer().discard(f -> f.key().startsWith("sample:") && f.subject().equals(s.variable())
								&& f.time() > s.sourceTime()
								&& (f.time() < followed.wrongUntil() || followed.wrongTimes().contains(f.time())));
						if (m.role() == MemberRole.STANDBY) { // and those the history's chain takes come in
							followed.missing().forEach(x -> m.shadowBuffer().observe(FactPayload.unstamped(x)));
						}
					}
				}
			}
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, "node " + name + ": following " + fact.key() + " failed: " + e.getMessage(), e);
		}
	}

	/** Whether an occurrence key prefix ({@code alarm:ID@RAISE:}) names a raise before {@code time}. */
	private static boolean raisedBefore(String prefix, long time) {
		int at = prefix.lastIndexOf('@');
		try {
			return at > 0 && Long.parseLong(prefix.substring(at + 1, prefix.length() - 1)) < time;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** After a promotion: what the shadow drivers observed while the role changed is recorded too. */
	private int sweepShadowBuffer() {
		int recorded = 0;
		synchronized (emitLock) {
			for (ReplicatedFact f : member.shadowBuffer().takeover()) {
				if (!facts.contains(f.key())) {
					try {
						member.record(f);
						recorded++;
					} catch (IllegalStateException e) {
						facts.upsert(List.of(f)); // stepped down again: keep it locally
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
				}
			}
		}
		return recorded;
	}

	private final class Listener implements ClusterListener {
		@Override
		public void leaseChanged(String node, boolean held, long at, String reason) {
			emit(CelEntry.system(name, held ? "LEASE-RENEWED" : "LEASE-LOST", options.clock().getAsLong(),
					"node " + name + (held ? " acts on the field again: " : " stops acting on the field: ") + reason));
			roleListeners.forEach(l -> l.leaseChanged(node, held, at, reason));
		}

		@Override
		public void protectionChanged(String node, boolean isProtected, long since, String reason) {
			long now = options.clock().getAsLong();
			emit(CelEntry.system(name, isProtected ? "PROTECTED" : "UNPROTECTED", now, "node " + name
					+ (isProtected ? " is protected again (unprotected since " + Instant.ofEpochMilli(since) + "): "
							: " serves unprotected since " + Instant.ofEpochMilli(since) + ": ") + reason));
			roleListeners.forEach(l -> l.protectionChanged(node, isProtected, since, reason));
		}

		@Override
		public void roleChanged(RoleChange change) {
			if (change.to() == MemberRole.OFFLINE) {
				return;
			}
			String reason = change.reason();
			if (change.to() == MemberRole.SERVER) {
				int swept = sweepShadowBuffer();
				if (swept > 0) {
					reason += "; " + swept + " more facts from the shadow buffer";
				}
				alarmIdentity.takenOver();
				List<ReplicatedFact> unanswered = facts.unansweredRequests();
				if (!unanswered.isEmpty()) { // not on the cluster's control thread: confirming waits for the standby
					reason += "; " + unanswered.size() + " operator requests the previous server did not answer are "
							+ "executed here";
					follower.execute(() -> desk.takeUpUnanswered(unanswered));
				}
			}
			emit(CelEntry.system(name, "ROLE-" + change.to() + "-" + change.epoch(), change.timeMillis(),
					"node " + name + " is now " + change.to() + " (epoch " + change.epoch() + "): " + reason));
			RoleChange recorded = new RoleChange(change.node(), change.from(), change.to(), change.epoch(), reason,
					change.timeMillis());
			roleListeners.forEach(l -> l.roleChanged(recorded));
		}

		/** The standby observed cyclic samples this server's poll was too late for: record them (idempotent). */
		@Override
		public void missedByServer(String standby, List<ReplicatedFact> missed) {
			int recorded = 0;
			int undue = 0;
			for (ReplicatedFact f : missed) {
				if (facts.contains(f.key()) || role() != MemberRole.SERVER) {
					continue;
				}
				List<Fact> due = new ArrayList<>();
				Object observed = FactPayload.decode(f.payload());
				if (cyclicSample(f.key())) {
					due.add((Fact) observed);
				} else if (observed instanceof ArchiveSample s) { // an on-change slot: the chain is replayed with it
					ArchiveRecorder.Followed replayed = recorder.missedHere(s);
					due.addAll(replayed.missing());
					undue += replayed.wrongTimes().size();
				} else if (observed instanceof AlarmTransition t && t.kind() == TransitionKind.RAISED
						&& alarms.sameEpisodeRaisedLater(t)) {
					due.add(t); // the standby saw the delay run out first: reconciliation merges into it
				}
				for (Fact d : due) {
					try {
						if (!facts.contains(d.key())) {
							member.record(FactPayload.unstamped(d));
							recorded++;
						}
					} catch (IllegalStateException e) {
						return; // stepped down or sealed: the next server has them in its own history
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
			if (recorded > 0) {
				LOG.log(Level.INFO, "node {0}: recorded {1} facts of slots its poll missed, as {2} observed them{3}",
						name, recorded, standby, undue == 0 ? "" : " (" + undue + " on-change samples recorded "
								+ "before would not have been taken)");
			}
		}

		@Override
		public void messageRejected(String from, String reason) {
			LOG.log(Level.WARNING, "node {0}: dropped a message from {1}: {2}", name, from, reason);
		}
	}

	/**
	 * Runs another project version in place, without a restart and without leaving the cluster: drivers whose
	 * definition is unchanged keep their connection, the others are closed or created; the process image, alarm
	 * engine, archive recorder, publication and operator desk are built anew for the new configuration and restored
	 * from the history (active alarms whose definition survives with their acknowledgement state, the cyclic archives
	 * from their newest sample, the operator sessions), so recording goes on from where it was. What a removed
	 * variable, alarm or archive recorded stays in the history. Called by the deployment at the activation fact.
	 */
	synchronized void apply(RuntimeConfiguration next, String hash, int version) {
		long started = System.currentTimeMillis();
		if (next.variables().equals(configuration.variables()) && next.drivers().equals(configuration.drivers())) {
			applyListeners(next, hash);
			emit(CelEntry.system(name, "PROJECT-VERSION-" + version, now(), "node " + name + " runs project "
					+ next.project() + " version " + version + " (hash " + hash + ") now, applied in "
					+ (System.currentTimeMillis() - started) + " ms without restart, polling on"));
			return;
		}
		try { // before taking the emit lock: the poll thread may be waiting for it inside emit()
			image.stop();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		publisher.stop();
		alarmIdentity.stop();
		synchronized (emitLock) {
			Map<DriverDefinition, Driver> reuse = new LinkedHashMap<>();
			for (DriverDefinition d : configuration.drivers()) {
				if (next.drivers().contains(d) && drivers.containsKey(d.name())) {
					reuse.put(d, drivers.get(d.name()));
				}
			}
			Map<String, Driver> old = drivers;
			RuntimeConfiguration before = configuration;
			configuration = next;
			try {
				drivers = createDrivers(reuse);
			} catch (RuntimeException e) {
				configuration = before; // staging checked the driver kinds; a connect that fails now leaves the old
				drivers = old;
				wirePipeline();
				image.start();
				publisher.start();
				throw e;
			}
			old.forEach((n, d) -> {
				if (!reuse.containsValue(d)) {
					d.close();
				}
			});
			projectHash = hash;
			history.flush(); // the recorder continues from the newest sample, so it must be visible
			wirePipeline();
			if (options.startPolling()) {
				image.start();
			}
			publisher.start();
		}
		emit(CelEntry.system(name, "PROJECT-VERSION-" + version, now(), "node " + name + " runs project "
				+ next.project() + " version " + version + " (hash " + hash + ") now, applied in "
						+ (System.currentTimeMillis() - started) + " ms without restart"));
	}

	/** The drivers this node could create: the kinds it has factories for. */
	Set<String> driverKinds() {
		return factories.keySet();
	}

	ClusterSettings settings() {
		return settings;
	}

	private Publication.ServerStatus status() {
		ClusterMember m = member;
		Stamp hwm = facts.highWaterMark();
		return new Publication.ServerStatus(name, String.valueOf(m.role()), m.epoch(), projectHash, hwm.epoch(),
				hwm.seq(), m.members(), m.unprotectedSince());
	}

	/** Stops polling and publishing, records STOP, hands the last facts to the standby, leaves, flushes. */
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		try {
			image.stop();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		publisher.stop();
		alarmIdentity.stop();
		emit(CelEntry.system(name, "STOP", now(), "node " + name + " stopped"));
		awaitReplicated(2000);
		member.stop();
		follower.shutdown();
		try {
			follower.awaitTermination(2, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (deployment != null) {
			deployment.close();
		}
		drivers.values().forEach(Driver::close);
		history.close();
		LOG.log(Level.INFO, "node {0} stopped, history flushed", name);
	}

	private void awaitReplicated(long timeoutMs) {
		long end = System.currentTimeMillis() + timeoutMs;
		while (member.replicationBacklog() > 0 && System.currentTimeMillis() < end) {
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void close() {
		stop();
	}

	private long now() {
		return options.clock().getAsLong();
	}

	public String name() { return name; }
	public MemberRole role() { ClusterMember m = member; return m == null ? MemberRole.OFFLINE : m.role(); }
	public long epoch() { return member.epoch(); }
	public ClusterMember member() { return member; }
	public HistoryFactStore facts() { return facts; }
	public ProcessImage image() { return image; }
	public AlarmEngine alarms() { return alarms; }

	/** The alarms shelved or out of service on this node (the same on every node holding the same history). */
	public java.util.List<tandem.runtime.api.client.AlarmShelving> shelving() { return shelf.all(); }
	public RuntimeConfiguration configuration() { return configuration; }
	public String projectHash() { return projectHash; }

	/** Queries on the node's history; call {@link #flushHistory()} first to see everything recorded. */
	public HistoryQueries history() {
		return history.queries();
	}

	public void flushHistory() {
		history.flush();
	}

	/** Polls every variable once as at {@code time}; for nodes started without polling (tests). */
	public void pollAll(long time) {
		image.pollAll(time);
	}
}
