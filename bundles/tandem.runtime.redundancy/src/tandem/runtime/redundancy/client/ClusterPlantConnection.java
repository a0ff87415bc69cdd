package tandem.runtime.redundancy.client;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tandem.model.Project;
import tandem.model.hash.ContentHash;
import tandem.model.io.ProjectStore;
import tandem.runtime.api.Value;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.PlantConnection;
import tandem.runtime.api.client.PlantListener;
import tandem.runtime.api.client.ServerInfo;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.api.history.AlarmHistory;
import tandem.runtime.api.history.AlarmHistoryQuery;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.CelPage;
import tandem.runtime.api.history.HistoryWire;
import tandem.runtime.api.history.PlantHistory;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.cluster.ClusterListener;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.Confirmation;
import tandem.runtime.cluster.InMemoryFactStore;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.redundancy.FactPayload;
import tandem.runtime.redundancy.OperatorRequest;
import tandem.runtime.redundancy.Publication;
import tandem.runtime.redundancy.TopologySettings;
import tandem.runtime.redundancy.deploy.Deployment;
import tandem.runtime.redundancy.deploy.ProjectVersion;

/**
 * An operator station's {@link PlantConnection} over the project's cluster. The station joins as a CLIENT member
 * (a voter when the topology names it as witness), follows whichever node serves, keeps the values and the active
 * alarm list the server publishes, and sends operator actions with ids it generates itself. The cluster keeps an
 * action until the server confirms that the standby holds its outcome and resends it to a new server after a
 * failover; the server applies an id once. An action's future completes with the outcome the server recorded
 * (accepted or refused with the runtime's reason), or PENDING when no confirmation came in time (the cluster goes
 * on resending it).
 */
public final class ClusterPlantConnection implements PlantConnection, PlantHistory {

	private static final System.Logger LOG = System.getLogger(ClusterPlantConnection.class.getName());
	static final long PENDING_AFTER_MS = 5000;
	static final long OUTCOME_GRACE_MS = 1000;
	/**
	 * A runtime data change is answered once its project version is active on every node: staging and activation
	 * (see Deployment's timeouts) before the outcome, so the station waits that long before saying PENDING.
	 */
	static final long CHANGE_PENDING_AFTER_MS = 30_000;
	/** How long a history question may take, failover included, before the station says so. */
	static final long QUERY_TIMEOUT_MS = 15_000;

	private final List<PlantListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, Value> values = new ConcurrentHashMap<>();
	private final Map<String, OperatorAction> outcomes = new ConcurrentHashMap<>();
	private final ScheduledExecutorService timer;
	private final String station;
	private volatile List<AlarmState> alarms = List.of();
	private volatile List<AlarmShelving> shelving = List.of();
	private volatile ServerInfo server = ServerInfo.none(ConnectionState.CONNECTING);
	private volatile String serverHash = "";
	private volatile String user = "";
	private volatile String session = "";
	private ClusterMember member;
	private Deployment deployment;

	ClusterPlantConnection(String station) {
		this.station = station;
		this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "tandem-station-" + station);
			t.setDaemon(true);
			return t;
		});
	}

	/** Loads the project, resolves its cluster secret and joins as {@code stationNode}. */
	public static ClusterPlantConnection open(Path projectFile, String stationNode) throws Exception {
		Project project = new ProjectStore().load(projectFile);
		ClusterSettings settings = TopologySettings.from(project, projectFile, stationNode, System::getenv).build();
		return open(settings, stationNode, ContentHash.of(project));
	}

	/** Joins with given settings (tests, and stations that build their settings themselves). */
	public static ClusterPlantConnection open(ClusterSettings settings, String stationNode, String projectHash)
			throws Exception {
		ClusterPlantConnection c = new ClusterPlantConnection(stationNode);
		c.member = new ClusterMember(settings, stationNode, new InMemoryFactStore(), projectHash);
		c.member.addListener(c.new Events());
		c.deployment = StationDeployment.create(c.member, settings, projectHash);
		c.deployment.start(); // before joining: a deploy's staging may arrive with the first view
		c.member.start();
		return c;
	}

	/**
	 * Told when the cluster activated another project version (a deploy, a rollback, or the server's version adopted
	 * after a reconnect): the station shows its screens from the new project without a restart.
	 */
	public void addVersionListener(Deployment.Listener l) {
		deployment.addListener(l);
	}

	/** The project version this station runs (the cluster's, once staged or adopted). */
	public ProjectVersion projectVersion() {
		return deployment.active();
	}

	@Override
	public void addListener(PlantListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(PlantListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ServerInfo server() {
		return server;
	}

	@Override
	public Map<String, Value> values() {
		return Map.copyOf(values);
	}

	@Override
	public List<AlarmState> activeAlarms() {
		return alarms;
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public CompletableFuture<ActionResult> login(String userName, char[] password) {
		String id = UUID.randomUUID().toString();
		return submit(new OperatorRequest(id, ActionKind.LOGIN, "", userName, "", new String(password)))
				.thenApply(r -> {
					if (r.confirmed()) {
						user = userName;
						session = id;
					}
					return r;
				});
	}

	@Override
	public CompletableFuture<ActionResult> logout() {
		String s = session;
		return submit(new OperatorRequest(UUID.randomUUID().toString(), ActionKind.LOGOUT, s, user, "", ""))
				.thenApply(r -> {
					if (r.confirmed() && s.equals(session)) {
						user = "";
						session = "";
					}
					return r;
				});
	}

	@Override
	public CompletableFuture<ActionResult> write(String variable, Object value) {
		return submit(new OperatorRequest(UUID.randomUUID().toString(), ActionKind.WRITE, session, user, variable,
				String.valueOf(value)));
	}

	@Override
	public CompletableFuture<ActionResult> acknowledge(String occurrenceKey) {
		return submit(new OperatorRequest(UUID.randomUUID().toString(), ActionKind.ACKNOWLEDGE, session, user,
				occurrenceKey, ""));
	}

	@Override
	public CompletableFuture<ActionResult> downloadRecipe(String recipe) {
		return submit(new OperatorRequest(UUID.randomUUID().toString(), ActionKind.RECIPE_DOWNLOAD, session, user,
				recipe, ""));
	}

	@Override
	public CompletableFuture<ActionResult> editRecipe(String recipe, Map<String, String> values) {
		StringBuilder lines = new StringBuilder();
		values.forEach((variable, value) -> lines.append(variable).append('=').append(value).append('\n'));
		return submit(new OperatorRequest(UUID.randomUUID().toString(), ActionKind.RECIPE_EDIT, session, user, recipe,
				lines.toString()), CHANGE_PENDING_AFTER_MS);
	}

	@Override
	public CompletableFuture<ActionResult> changePassword(String userName, char[] current, char[] password) {
		return submit(new OperatorRequest(UUID.randomUUID().toString(), ActionKind.PASSWORD_CHANGE, session, user,
				userName, new String(current) + '\u0000' + new String(password)), CHANGE_PENDING_AFTER_MS);
	}

	@Override
	public List<AlarmShelving> shelving() {
		return shelving;
	}

	@Override
	public CompletableFuture<ActionResult> shelve(String alarm, AlarmShelving.Mode mode, int minutes, String reason) {
		return submit(new OperatorRequest(UUID.randomUUID().toString(), mode == AlarmShelving.Mode.OUT_OF_SERVICE
				? ActionKind.REMOVE_FROM_SERVICE : ActionKind.SHELVE, session, user, alarm,
				mode.name() + "|" + minutes + "|" + (reason == null ? "" : reason)));
	}

	@Override
	public CompletableFuture<ActionResult> unshelve(String alarm) {
		boolean service = shelving.stream().anyMatch(s -> s.alarm().equals(alarm) && s.outOfService());
		return submit(new OperatorRequest(UUID.randomUUID().toString(), service ? ActionKind.RETURN_TO_SERVICE
				: ActionKind.UNSHELVE, session, user, alarm, ""));
	}

	@Override
	public Optional<PlantHistory> history() {
		return Optional.of(this);
	}

	@Override
	public CompletableFuture<TrendSeries> trend(TrendQuery query) {
		return ask(query, bytes -> HistoryWire.trend(query, bytes));
	}

	@Override
	public CompletableFuture<CelPage> cel(CelFilter filter) {
		return ask(filter, HistoryWire::cel);
	}

	@Override
	public CompletableFuture<AlarmHistory> alarms(AlarmHistoryQuery query) {
		return ask(query, HistoryWire::alarms);
	}

	private interface AnswerReader<T> {
		T read(byte[] answer) throws java.io.IOException;
	}

	/** Answers are decoded on the station's own thread, not on the cluster's delivery thread. */
	private <T> CompletableFuture<T> ask(Object question, AnswerReader<T> reader) {
		return member.ask(HistoryWire.question(question), QUERY_TIMEOUT_MS).thenApplyAsync(bytes -> {
			try {
				return reader.read(bytes);
			} catch (java.io.IOException e) {
				throw new java.util.concurrent.CompletionException(new java.io.IOException(
						"malformed answer to " + question + ": " + e.getMessage(), e));
			}
		}, timer);
	}

	/** Actions sent but not confirmed yet (they are resent to a new server). */
	public List<String> unconfirmedActions() {
		return member.unconfirmedActions();
	}

	public ClusterMember member() {
		return member;
	}

	private CompletableFuture<ActionResult> submit(OperatorRequest request) {
		return submit(request, PENDING_AFTER_MS);
	}

	private CompletableFuture<ActionResult> submit(OperatorRequest request, long pendingAfterMs) {
		CompletableFuture<ActionResult> result = new CompletableFuture<>();
		ReplicatedFact fact = FactPayload.request(request, System.currentTimeMillis());
		member.submitOperatorAction(fact).whenComplete((c, e) -> {
			if (e != null) {
				result.completeExceptionally(e);
			} else {
				awaitOutcome(request.actionId(), c, System.currentTimeMillis() + OUTCOME_GRACE_MS, result);
			}
		});
		timer.schedule(() -> result.complete(new ActionResult(request.actionId(), ActionResult.Outcome.PENDING,
				"no confirmation from the server yet; the station keeps resending it")), pendingAfterMs,
				TimeUnit.MILLISECONDS);
		return result;
	}

	/**
	 * The confirmation says the standby holds the action; the outcome (accepted or refused) was published just
	 * before it. A resend that a new server found already recorded has no fresh outcome: it is confirmed as done.
	 */
	private void awaitOutcome(String id, Confirmation c, long until, CompletableFuture<ActionResult> result) {
		OperatorAction a = outcomes.remove(id);
		ActionResult.Outcome confirmed = c.outcome() == Confirmation.Outcome.NO_STANDBY
				? ActionResult.Outcome.CONFIRMED_WITHOUT_STANDBY : ActionResult.Outcome.CONFIRMED;
		if (a != null) {
			result.complete(a.accepted() ? new ActionResult(id, confirmed, "")
					: new ActionResult(id, ActionResult.Outcome.REFUSED, a.detail()));
		} else if (System.currentTimeMillis() >= until) {
			result.complete(new ActionResult(id, confirmed, "recorded by the server earlier (resent action)"));
		} else {
			timer.schedule(() -> awaitOutcome(id, c, until, result), 20, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void close() {
		if (deployment != null) {
			deployment.close();
		}
		member.close();
		timer.shutdownNow();
		server = ServerInfo.none(ConnectionState.DISCONNECTED);
	}

	private void setServer(ServerInfo s) {
		server = s;
		listeners.forEach(l -> l.serverChanged(s));
	}

	private final class Events implements ClusterListener {
		@Override
		public void serverChanged(String node, long epoch) {
			if (node.isEmpty()) {
				boolean had = !server.node().isEmpty();
				setServer(ServerInfo.none(had ? ConnectionState.SWITCHING : ConnectionState.CONNECTING));
			} else {
				setServer(new ServerInfo(node, epoch, serverHash, ConnectionState.CONNECTED));
			}
		}

		@Override
		public void published(ReplicatedFact fact) {
			Publication p;
			try {
				p = Publication.decode(fact.payload());
			} catch (IllegalArgumentException e) {
				LOG.log(Level.WARNING, "station {0}: ignored a publication: {1}", station, e.getMessage());
				return;
			}
			if (p instanceof Publication.ValueChanged v) {
				values.put(v.variable(), v.value());
				listeners.forEach(l -> l.valuesChanged(Map.of(v.variable(), v.value())));
			} else if (p instanceof Publication.ActiveAlarms a) {
				alarms = List.copyOf(a.alarms());
				listeners.forEach(l -> l.alarmsChanged(alarms));
			} else if (p instanceof Publication.ShelvedAlarms sh) {
				if (!sh.shelved().equals(shelving)) {
					shelving = List.copyOf(sh.shelved());
					listeners.forEach(l -> l.shelvingChanged(shelving));
				}
			} else if (p instanceof Publication.ActionOutcome o) {
				outcomes.put(o.action().actionId(), o.action());
			} else if (p instanceof Publication.ServerStatus s) {
				serverStatus(s);
			}
		}
	}

	private void serverStatus(Publication.ServerStatus s) {
		ServerInfo now = server;
		if (s.node().equals(now.node()) && !s.projectHash().equals(now.projectHash())) {
			serverHash = s.projectHash();
			setServer(new ServerInfo(now.node(), now.epoch(), s.projectHash(), now.state()));
		}
	}

	/** For listeners that want all values at once (a screen that opens late). */
	public List<String> variables() {
		return new ArrayList<>(values.keySet());
	}
}
