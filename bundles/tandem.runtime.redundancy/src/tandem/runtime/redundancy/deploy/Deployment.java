package tandem.runtime.redundancy.deploy;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tandem.model.Project;
import tandem.model.hash.ContentHash;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.MemberInfo;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.redundancy.deploy.DeployMessage.Step;

/**
 * Online deployment as one runtime node or operator client takes part in it. The server checks a studio's request
 * ({@link DeployCheck}), stages the version on every runtime node and client of the view (each verifies the hash and
 * whether it can run the version, keeps it in its {@link VersionStore} and acknowledges), and only when every one
 * acknowledged records the activation as one fact of the replicated stream: the server applies the version right
 * after recording it, a standby when it stores that fact, so both switch at the same sequence number. That fact is
 * the commit point: a server that dies before it leaves every node on the old version, one that dies after leaves
 * the standby on the new one if it holds the fact and on the old one if not, and in either case the next rule brings
 * every node to one version. Clients switch on the server's {@code ACTIVATE} message.
 *
 * <p>The serving node's version is the cluster's: a standby or client whose running hash differs from the server's
 * for two seconds asks it for the versions it lacks ({@code SYNC}) and adopts the active one, so a returning node
 * never imposes its own version, older or newer, and a late node receives the active version.
 */
public final class Deployment implements AutoCloseable {

	private static final Logger LOG = System.getLogger(Deployment.class.getName());
	/** Event code of the activation fact (a CEL line of the server): {@code DEPLOY-ACTIVATE-N}. */
	public static final String ACTIVATE_EVENT = "DEPLOY-ACTIVATE-";
	private static final Pattern ACTIVATION = Pattern.compile("project version (\\d+) active \\(hash (\\w+), epoch (\\d+)");
	static final long STAGE_TIMEOUT_MS = 15_000;
	static final long CONFIRM_TIMEOUT_MS = 10_000;
	static final long MISMATCH_GRACE_MS = 2_000;
	/**
	 * Fault tests only: the server waits this long (ms) between the last staging acknowledgement and recording the
	 * activation, so a harness can kill it in between. Unset in production.
	 */
	public static final String TEST_PAUSE_BEFORE_ACTIVATION = "TANDEM_TEST_DEPLOY_PAUSE_MS";

	/** The node or client this deployment belongs to. */
	public interface Host {
		String name();

		ClusterMember member();

		/** Node names of the project topology: staging targets are runtime nodes and clients named there. */
		Set<String> topologyNodes();

		/** Null when this node can run the project; otherwise why not (a driver kind it lacks, ...). */
		String cannotRun(Project project);

		/**
		 * Server: records the activation fact in the replicated stream; the version is applied after it returns.
		 *
		 * @throws Exception when it could not be recorded (then nothing is activated)
		 */
		void recordActivation(int version, String hash, String text) throws Exception;

		/** Applies the version in place (no restart); called on the deployment thread. */
		void apply(ProjectVersion version, Project project);
	}

	/** Told about every activation of this node, after it is applied. */
	public interface Listener {
		void activated(ProjectVersion version, Project project);
	}

	private final Host host;
	private final VersionStore store;
	private final ProjectStore projects = new ProjectStore();
	private final DeployCheck check = new DeployCheck();
	private final ScheduledExecutorService thread;
	/** Deploys one at a time, apart from the thread that stages, activates and answers lists meanwhile. */
	private final java.util.concurrent.ExecutorService deployer;
	private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
	private final Map<Integer, StagingRound> rounds = new ConcurrentHashMap<>();
	private volatile ProjectVersion active;
	private volatile Project activeProject;
	private volatile String lastSwitch = "started";
	private long mismatchSince;
	private long lastSync;

	public Deployment(Host host, VersionStore store, ProjectVersion active, Project activeProject) {
		this.host = host;
		this.store = store;
		this.active = active;
		this.activeProject = activeProject;
		this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "tandem-deploy-" + host.name());
			t.setDaemon(true);
			return t;
		});
		this.deployer = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "tandem-deployer-" + host.name());
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * The version a node starts with: the active one of its store, or else the project file as version 1. A store
	 * whose active version does not match its recorded hash is an error naming the file.
	 */
	public static ProjectVersion startingVersion(VersionStore store, Project file, long now) {
		Optional<ProjectVersion> held = store.active();
		if (held.isPresent()) {
			return held.get();
		}
		ProjectVersion first = new ProjectVersion(1, ContentHash.of(file), 0, "project file", now,
				List.of("first version: the project file"), new ProjectStore().toBytes(file));
		store.add(first);
		store.setActive(1);
		return first;
	}

	/** Loads a version's project and checks its hash; the message names the version. */
	public static Project load(ProjectVersion v) throws LoadException {
		Project p = new ProjectStore().load(v.content(), "version-" + v.number() + ".tandem");
		String h = ContentHash.of(p);
		if (!h.equals(v.hash())) {
			throw new LoadException(java.nio.file.Path.of("version-" + v.number() + ".tandem"), List.of("version "
					+ v.number() + ": content hash " + h + " differs from the recorded " + v.hash()), null);
		}
		return p;
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void start() {
		host.member().onDeployment(this::received);
		thread.scheduleWithFixedDelay(this::converge, 1000, 500, TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		thread.shutdownNow();
		deployer.shutdownNow();
	}

	public ProjectVersion active() {
		return active;
	}

	/** How this node came to run its version ("version N: at the server's activation fact", ...). */
	public String lastSwitch() {
		return lastSwitch;
	}

	public Project activeProject() {
		return activeProject;
	}

	public VersionStore store() {
		return store;
	}

	// ---- messages ----

	private void received(String from, byte[] payload) {
		DeployMessage m;
		try {
			m = DeployMessage.decode(payload);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "node {0}: dropped a malformed deployment message from {1}: {2}", host.name(), from,
					e.getMessage());
			return;
		}
		if (m instanceof DeployMessage.Staged s) { // answers the staging the deploy thread waits for
			StagingRound round = rounds.get(s.version());
			if (round != null) {
				round.answer(from, s);
			}
			return;
		}
		(m instanceof DeployMessage.Request ? deployer : thread).execute(() -> {
			try {
				handle(from, m);
			} catch (RuntimeException e) {
				LOG.log(Level.ERROR, "node " + host.name() + ": deployment message from " + from + " failed", e);
			}
		});
	}

	private void handle(String from, DeployMessage m) {
		if (m instanceof DeployMessage.Request r) {
			deploy(from, r);
		} else if (m instanceof DeployMessage.Stage s) {
			stage(from, s.version());
		} else if (m instanceof DeployMessage.Activate a) {
			if (host.member().role() != MemberRole.STANDBY && !serving() && a.version() > active.number()) {
				activateHeld(a.version(), a.hash(), "activated by the server");
			}
		} else if (m instanceof DeployMessage.Sync s) {
			sync(from, s);
		} else if (m instanceof DeployMessage.Version v) {
			store.add(v.version());
			if (v.active() && !v.version().hash().equals(active.hash()) && !serving()) {
				activateHeld(v.version().number(), v.version().hash(), "adopted the server's active version");
			}
		} else if (m instanceof DeployMessage.ListVersions l) {
			send(from, new DeployMessage.Versions(l.requestId(), store.list(), active,
					l.contentOf() > 0 ? store.get(l.contentOf()).orElse(null) : null));
		} else {
			LOG.log(Level.DEBUG, "node {0}: ignored {1} from {2}", host.name(), m.getClass().getSimpleName(), from);
		}
	}

	private boolean serving() {
		return host.member().role() == MemberRole.SERVER;
	}

	// ---- server: deploy ----

	private void deploy(String studio, DeployMessage.Request r) {
		String id = r.requestId();
		if (!serving()) {
			progress(studio, id, Step.REFUSED, "", host.name() + " is " + host.member().role()
					+ ", not the server; send the deploy to " + host.member().serverNode().orElse("the server"), 0, List.of());
			return;
		}
		DeployCheck.Verdict verdict = check.check(active, activeProject, r, System.currentTimeMillis());
		if (!verdict.accepted()) {
			LOG.log(Level.WARNING, "node {0}: refused a deploy by {1}: {2}", host.name(), r.user(), verdict.reason());
			progress(studio, id, Step.REFUSED, "", verdict.reason(), 0, verdict.lines());
			return;
		}
		ProjectVersion v = verdict.version();
		rollOut(v, verdict.project(), "deployed by " + r.user(), (step, node, message, number, lines) -> progress(
				studio, id, step, node, message, number, lines));
	}

	/** Where a roll-out reports its steps: the studio's progress messages, or the log. */
	private interface Report {
		void step(Step step, String node, String message, int version, List<String> lines);
	}

	/**
	 * Stages an accepted version on every runtime node and client, records its activation and applies it.
	 *
	 * @return null when it is active here; otherwise why nothing was activated
	 */
	private String rollOut(ProjectVersion v, Project project, String why, Report report) {
		report.step(Step.ACCEPTED, host.name(), "version " + v.number() + " accepted", v.number(), v.changes());
		String local = stageHere(v);
		if (local != null) {
			report.step(Step.FAILED, host.name(), "nothing activated: " + local, v.number(), List.of());
			return local;
		}
		List<String> targets = targets();
		StagingRound round = new StagingRound(targets);
		rounds.put(v.number(), round);
		try {
			report.step(Step.STAGING, host.name(), "staging version " + v.number() + " on " + targets, v.number(),
					targets);
			for (String t : targets) {
				send(t, new DeployMessage.Stage(v));
			}
			String failure = round.await(STAGE_TIMEOUT_MS, n -> report.step(Step.STAGED, n, "staged on " + n,
					v.number(), List.of()), () -> host.member().members());
			if (failure == null && !serving()) {
				failure = host.name() + " is no longer the server";
			}
			if (failure != null) {
				store.dropStaged(v.number());
				report.step(Step.FAILED, round.failedNode(), "nothing activated: " + failure, v.number(), List.of());
				return failure;
			}
		} finally {
			rounds.remove(v.number());
		}
		pauseForFaultTests();
		report.step(Step.ACTIVATING, host.name(), "activating version " + v.number(), v.number(), List.of());
		try {
			host.recordActivation(v.number(), v.hash(), activationText(v, host.member().epoch()));
		} catch (Exception e) {
			store.dropStaged(v.number());
			String failure = "the activation could not be recorded: " + e.getMessage();
			report.step(Step.FAILED, host.name(), "nothing activated: " + failure, v.number(), List.of());
			return failure;
		}
		activate(v, project, why);
		for (String t : targets) {
			send(t, new DeployMessage.Activate(v.number(), v.hash()));
		}
		List<String> lagging = awaitRunning(targets, v.hash(), report, v.number());
		report.step(Step.ACTIVE, host.name(), "version " + v.number() + " active"
				+ (lagging.isEmpty() ? " on every node" : "; not confirmed yet by " + lagging), v.number(), v.changes());
		return null;
	}

	/**
	 * Server: a change of runtime data made on the running system (an operator's recipe values, a password) becomes
	 * the next project version, staged and activated like a deploy, so every node holds it, it survives failover and
	 * restart, it is listed among the versions, and an engineer's deploy based on the version before is told (stale
	 * base) and sees it as runtime data to keep. A change that leaves the project as it is activates nothing.
	 *
	 * @param author who changed it, as the version list shows
	 * @param edit   changes a copy of the active project; returns null, or why the change cannot be made
	 * @return the version running once the change is applied; failed with the reason when nothing was activated
	 */
	public java.util.concurrent.CompletableFuture<ProjectVersion> changeRunning(String author,
			java.util.function.Function<Project, String> edit) {
		java.util.concurrent.CompletableFuture<ProjectVersion> result = new java.util.concurrent.CompletableFuture<>();
		deployer.execute(() -> {
			try {
				if (!serving()) {
					throw new IllegalStateException(host.name() + " is no longer the server");
				}
				ProjectVersion running = active;
				Project copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(activeProject);
				String problem = edit.apply(copy);
				if (problem != null) {
					throw new IllegalStateException(problem);
				}
				String hash = ContentHash.of(copy);
				if (hash.equals(running.hash())) {
					result.complete(running);
					return;
				}
				tandem.model.validation.ValidationResult validation = new tandem.model.validation.ProjectValidator()
						.validate(copy);
				if (!validation.isValid()) {
					throw new IllegalStateException("the project would not validate: " + validation.errors().get(0)
							.message());
				}
				List<String> changes = DeployCheck.describe(tandem.model.diff.ProjectDiff.compare(activeProject,
						copy));
				ProjectVersion v = new ProjectVersion(running.number() + 1, hash, running.number(), author,
						System.currentTimeMillis(), changes, projects.toBytes(copy));
				String failure = rollOut(v, copy, "changed on the running system by " + author,
						(step, node, message, number, lines) -> LOG.log(Level.DEBUG, "node {0}: {1}", host.name(),
								message));
				if (failure != null) {
					throw new IllegalStateException("nothing changed: " + failure);
				}
				result.complete(v);
			} catch (RuntimeException e) {
				result.completeExceptionally(e);
			}
		});
		return result;
	}

	private static void pauseForFaultTests() {
		String pause = System.getenv(TEST_PAUSE_BEFORE_ACTIVATION);
		if (pause != null && !pause.isBlank()) {
			sleep(Long.parseLong(pause.strip()));
		}
	}

	static String activationText(ProjectVersion v, long epoch) {
		return "project version " + v.number() + " active (hash " + v.hash() + ", epoch " + epoch + ", deployed by "
				+ v.author() + ", based on " + v.base() + ")";
	}

	/** Runtime nodes and clients of the topology in view, this node excluded. */
	private List<String> targets() {
		Set<String> topology = host.topologyNodes();
		List<String> out = new ArrayList<>();
		Map<String, MemberInfo> infos = new LinkedHashMap<>();
		host.member().memberInfos().forEach(i -> infos.put(i.node(), i));
		for (String n : host.member().members()) {
			MemberInfo i = infos.get(n);
			boolean runs = i == null || i.kind() == NodeKind.SERVER_CAPABLE || i.kind() == NodeKind.CLIENT;
			if (!n.equals(host.name()) && topology.contains(n) && runs) {
				out.add(n);
			}
		}
		return out;
	}

	private List<String> awaitRunning(List<String> targets, String hash, Report report, int number) {
		long end = System.currentTimeMillis() + CONFIRM_TIMEOUT_MS;
		List<String> waiting = new ArrayList<>(targets);
		while (!waiting.isEmpty() && System.currentTimeMillis() < end) {
			for (MemberInfo i : host.member().memberInfos()) {
				if (waiting.contains(i.node()) && i.projectHash().equals(hash)) {
					waiting.remove(i.node());
					report.step(Step.ACTIVATED_ON, i.node(), "version " + number + " running on " + i.node(),
							number, List.of());
				}
			}
			waiting.retainAll(host.member().members());
			sleep(20);
		}
		return waiting;
	}

	// ---- every node: stage, activate, sync ----

	private void stage(String server, ProjectVersion v) {
		String problem = stageHere(v);
		send(server, new DeployMessage.Staged(v.number(), v.hash(), problem == null,
				problem == null ? "staged on " + host.name() : problem));
	}

	/** Null when the version is verified and kept aside here; otherwise why not, naming this node. */
	private String stageHere(ProjectVersion v) {
		try {
			Project p = load(v);
			String why = host.cannotRun(p);
			if (why != null) {
				return host.name() + " cannot run version " + v.number() + ": " + why;
			}
			store.stage(v);
			return null;
		} catch (LoadException e) {
			return host.name() + " cannot read version " + v.number() + ": " + String.join("; ", e.problems());
		} catch (RuntimeException e) {
			return host.name() + " cannot keep version " + v.number() + ": " + e.getMessage();
		}
	}

	/**
	 * A standby stored the activation fact of the server's stream: it switches now, at that fact. Only a fact of the
	 * epoch the cluster serves counts (an activation a dead server recorded alone, brought back by alignment, does
	 * not), and only a newer version than the running one.
	 */
	public void activationStored(String text) {
		Matcher m = ACTIVATION.matcher(text);
		if (!m.find()) {
			return;
		}
		int number = Integer.parseInt(m.group(1));
		String hash = m.group(2);
		long epoch = Long.parseLong(m.group(3));
		thread.execute(() -> {
			if (serving() || number <= active.number() || epoch < host.member().newestEpoch()) {
				return;
			}
			activateHeld(number, hash, "at the server's activation fact");
		});
	}

	/** Activates version {@code number} of this hash if this node holds it (staged or in its history). */
	private void activateHeld(int number, String hash, String why) {
		Optional<ProjectVersion> v = store.staged(number).filter(x -> x.hash().equals(hash))
				.or(() -> store.get(number).filter(x -> x.hash().equals(hash)));
		if (v.isEmpty()) {
			requestSync(); // a late node: the server sends it
			return;
		}
		try {
			activate(v.get(), load(v.get()), why);
		} catch (LoadException e) {
			LOG.log(Level.ERROR, "node {0}: cannot activate version {1}: {2}", host.name(), number, e.getMessage());
		}
	}

	private synchronized void activate(ProjectVersion v, Project p, String why) {
		store.activate(v);
		host.apply(v, p);
		active = v;
		activeProject = p;
		host.member().runningProject(v.hash());
		lastSwitch = "version " + v.number() + ": " + why;
		LOG.log(Level.INFO, "node {0}: runs project version {1} now ({2})", host.name(), v.number(), why);
		listeners.forEach(l -> l.activated(v, p));
	}

	private void sync(String from, DeployMessage.Sync s) {
		if (!serving()) {
			return;
		}
		for (ProjectVersion v : store.list()) {
			if (!s.held().contains(v.number()) && v.number() != active.number()) {
				store.get(v.number()).ifPresent(full -> send(from, new DeployMessage.Version(full, false)));
			}
		}
		send(from, new DeployMessage.Version(store.get(active.number()).orElse(active), true));
	}

	/** Every half second: a node whose version differs from the server's for a while asks for the server's. */
	private void converge() {
		try {
			ClusterMember m = host.member();
			if (serving() || m.serverNode().isEmpty()) {
				mismatchSince = 0;
				return;
			}
			String server = m.serverNode().get();
			Optional<MemberInfo> s = m.memberInfos().stream().filter(i -> i.node().equals(server)).findFirst();
			long now = System.currentTimeMillis();
			if (s.isEmpty() || s.get().projectHash().isEmpty() || s.get().projectHash().equals(active.hash())) {
				mismatchSince = 0;
				return;
			}
			if (mismatchSince == 0) {
				mismatchSince = now;
			} else if (now - mismatchSince >= MISMATCH_GRACE_MS && now - lastSync >= 3000) {
				LOG.log(Level.INFO, "node {0}: runs {1}, but server {2} runs hash {3}: asking for its version",
						host.name(), active, server, s.get().projectHash());
				requestSync();
			}
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "node " + host.name() + ": version check failed: " + e);
		}
	}

	private void requestSync() {
		lastSync = System.currentTimeMillis();
		host.member().serverNode().ifPresent(s -> send(s, new DeployMessage.Sync(store.list().stream()
				.map(ProjectVersion::number).toList())));
	}

	private void progress(String studio, String id, Step step, String node, String message, int version,
			List<String> lines) {
		send(studio, new DeployMessage.Progress(id, step, node, message, version, lines));
	}

	private void send(String node, DeployMessage m) {
		try {
			host.member().sendDeployment(node, DeployMessage.encode(m));
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "node {0}: cannot send {1} to {2}: {3}", host.name(), m.getClass().getSimpleName(),
					node, e.getMessage());
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
