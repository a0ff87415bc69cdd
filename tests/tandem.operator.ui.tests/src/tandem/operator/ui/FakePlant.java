package tandem.operator.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.history.AlarmHistory;
import tandem.runtime.api.history.AlarmHistoryQuery;
import tandem.runtime.api.history.CelFilter;
import tandem.runtime.api.history.CelPage;
import tandem.runtime.api.history.PlantHistory;
import tandem.runtime.api.history.TrendDecimation;
import tandem.runtime.api.history.TrendQuery;
import tandem.runtime.api.history.TrendSeries;
import tandem.runtime.api.client.ActionResult;
import tandem.runtime.api.client.ActionResult.Outcome;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmState;
import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.PlantConnection;
import tandem.runtime.api.client.PlantListener;
import tandem.runtime.api.client.ServerInfo;

/**
 * An in-memory plant connection that behaves like the cluster client from the window's point of view: listeners
 * and answers arrive on a connection thread, never on the UI thread; a password equal to the user name logs in
 * (like the demo project); writes are refused while the station is not CONNECTED.
 */
final class FakePlant implements PlantConnection, PlantHistory {

	private final ExecutorService connectionThread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "fake-plant-connection");
		t.setDaemon(true);
		return t;
	});
	private final List<PlantListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, Value> values = new ConcurrentHashMap<>();
	private final List<Object[]> writes = new CopyOnWriteArrayList<>();
	private final List<String> acknowledged = new CopyOnWriteArrayList<>();
	private final List<String> downloads = new CopyOnWriteArrayList<>();
	private volatile ServerInfo server;
	private volatile List<AlarmState> alarms = List.of();
	private volatile String user = "";
	private volatile Outcome writeOutcome = Outcome.CONFIRMED;
	private volatile String writeMessage = "";
	private final List<CelFilter> celAsked = new CopyOnWriteArrayList<>();
	private final List<TrendQuery> trendAsked = new CopyOnWriteArrayList<>();
	private volatile List<CelEntry> cel = List.of();
	private volatile List<AlarmShelving> shelving = List.of();
	private final List<String> shelveRequests = new CopyOnWriteArrayList<>();

	FakePlant(ServerInfo server) {
		this.server = server;
	}

	/** What the server would publish, delivered on the connection thread. */
	void publishServer(ServerInfo info) {
		connectionThread.execute(() -> {
			server = info;
			listeners.forEach(l -> l.serverChanged(info));
		});
	}

	void publishValues(Map<String, Value> changed) {
		connectionThread.execute(() -> {
			values.putAll(changed);
			listeners.forEach(l -> l.valuesChanged(changed));
		});
	}

	void publishAlarms(List<AlarmState> active) {
		connectionThread.execute(() -> {
			alarms = List.copyOf(active);
			listeners.forEach(l -> l.alarmsChanged(alarms));
		});
	}

	/** Makes the next writes answer with outcome (e.g. REFUSED with a reason, or PENDING). */
	void answerWrites(Outcome outcome, String message) {
		writeOutcome = outcome;
		writeMessage = message;
	}

	/** The CEL page the fake server answers every question with (newest first), as the node "alpha". */
	void answerCel(List<CelEntry> entries) {
		cel = List.copyOf(entries);
	}

	List<CelFilter> celAsked() {
		return celAsked;
	}

	List<TrendQuery> trendAsked() {
		return trendAsked;
	}

	@Override
	public Optional<PlantHistory> history() {
		return Optional.of(this);
	}

	@Override
	public CompletableFuture<CelPage> cel(CelFilter filter) {
		celAsked.add(filter);
		return CompletableFuture.supplyAsync(() -> new CelPage(cel, false, "alpha"), connectionThread);
	}

	/** A level that rises and falls around 2 to 5 m with spikes, one sample a second, decimated like the server. */
	@Override
	public CompletableFuture<TrendSeries> trend(TrendQuery q) {
		trendAsked.add(q);
		return CompletableFuture.supplyAsync(() -> {
			TrendDecimation d = new TrendDecimation(q);
			long now = System.currentTimeMillis();
			int phase = Math.abs(q.variable().hashCode() % 7);
			for (long t = Math.max(q.from(), now - 2 * 3_600_000) / 1000 * 1000; t < Math.min(q.to(), now); t += 1000) {
				double v = 2.2 + 0.4 * phase + Math.sin(t / 400_000.0 + phase) + (t / 1000 % 1800 == 0 ? 1.5 : 0);
				d.add(t, v, Quality.GOOD);
			}
			return d.finish(now);
		}, connectionThread);
	}

	private volatile List<tandem.runtime.api.history.AlarmOccurrence> alarmHistory = List.of();
	private final List<AlarmHistoryQuery> alarmsAsked = new CopyOnWriteArrayList<>();

	/** The occurrences the fake server holds; it answers each question with those raised in its range. */
	void answerAlarmHistory(List<tandem.runtime.api.history.AlarmOccurrence> occurrences) {
		alarmHistory = List.copyOf(occurrences);
	}

	List<AlarmHistoryQuery> alarmsAsked() {
		return alarmsAsked;
	}

	@Override
	public CompletableFuture<AlarmHistory> alarms(AlarmHistoryQuery query) {
		alarmsAsked.add(query);
		return CompletableFuture.supplyAsync(() -> {
			// the server's keyset page: newest first by (raise time, alarm), strictly before the continuation key
			List<tandem.runtime.api.history.AlarmOccurrence> match = alarmHistory.stream()
					.filter(o -> o.raiseTime() >= query.from() && o.raiseTime() < query.to())
					.filter(o -> query.first() || o.raiseTime() < query.beforeTime()
							|| o.raiseTime() == query.beforeTime() && o.alarm().compareTo(query.beforeAlarm()) < 0)
					.sorted(java.util.Comparator.comparingLong(tandem.runtime.api.history.AlarmOccurrence::raiseTime)
							.thenComparing(tandem.runtime.api.history.AlarmOccurrence::alarm).reversed())
					.toList();
			boolean more = match.size() > query.pageSize();
			return new AlarmHistory(more ? match.subList(0, query.pageSize()) : match, more, "alpha");
		}, connectionThread);
	}

	List<Object[]> writes() {
		return writes;
	}

	List<String> acknowledged() {
		return acknowledged;
	}

	List<String> downloads() {
		return downloads;
	}

	private final List<String> recipeEdits = new CopyOnWriteArrayList<>();
	private final List<String> passwordChanges = new CopyOnWriteArrayList<>();

	/** What the station saved: {@code recipe {variable=value, …}}. */
	List<String> recipeEdits() {
		return recipeEdits;
	}

	/** Whose password the station changed, and to what: {@code user:new}. */
	List<String> passwordChanges() {
		return passwordChanges;
	}

	/** As the server: only the demo's engineer holds EDIT_RECIPES. */
	@Override
	public CompletableFuture<ActionResult> editRecipe(String recipe, Map<String, String> values) {
		boolean allowed = user.equals("engineer");
		return answer(allowed ? Outcome.CONFIRMED : Outcome.REFUSED, allowed ? ""
				: "user " + user + " may not RECIPE_EDIT " + recipe + ": permission EDIT_RECIPES missing",
				() -> recipeEdits.add(recipe + " " + values));
	}

	/** As the server: the own password with the current one (the demo's: the user name). */
	@Override
	public CompletableFuture<ActionResult> changePassword(String name, char[] current, char[] password) {
		boolean allowed = name.equals(user) && new String(current).equals(user);
		String next = new String(password); // read at once, as the cluster connection does: the caller clears it
		return answer(allowed ? Outcome.CONFIRMED : Outcome.REFUSED, allowed ? "" : "the current password of " + name
				+ " is wrong", () -> passwordChanges.add(name + ":" + next));
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

	private CompletableFuture<ActionResult> answer(Outcome outcome, String message, Runnable effect) {
		return CompletableFuture.supplyAsync(() -> {
			if (outcome != Outcome.REFUSED) {
				effect.run();
			}
			return new ActionResult(UUID.randomUUID().toString(), outcome, message);
		}, connectionThread);
	}

	@Override
	public CompletableFuture<ActionResult> login(String name, char[] password) {
		boolean ok = name.equals(new String(password));
		return answer(ok ? Outcome.CONFIRMED : Outcome.REFUSED, ok ? "" : "wrong user name or password",
				() -> user = name);
	}

	@Override
	public CompletableFuture<ActionResult> logout() {
		return answer(Outcome.CONFIRMED, "", () -> user = "");
	}

	@Override
	public CompletableFuture<ActionResult> write(String variable, Object value) {
		if (server.state() != ConnectionState.CONNECTED) {
			return answer(Outcome.REFUSED, "the server has no quorum: read-only", () -> {
			});
		}
		return answer(writeOutcome, writeMessage, () -> {
			writes.add(new Object[] { variable, value });
			Map<String, Value> changed = Map.of(variable, Value.good(value, System.currentTimeMillis()));
			values.putAll(changed);
			listeners.forEach(l -> l.valuesChanged(changed));
		});
	}

	@Override
	public CompletableFuture<ActionResult> acknowledge(String occurrenceKey) {
		return answer(user.isEmpty() ? Outcome.REFUSED : Outcome.CONFIRMED, user.isEmpty() ? "not logged in" : "",
				() -> {
					acknowledged.add(occurrenceKey);
					List<AlarmState> next = new ArrayList<>();
					for (AlarmState a : alarms) {
						next.add(a.occurrenceKey().equals(occurrenceKey)
								? new AlarmState(a.occurrenceKey(), a.alarm(), a.variable(), a.raiseTime(),
										a.priority(), a.text(), true, a.cleared())
								: a);
					}
					alarms = List.copyOf(next);
					listeners.forEach(l -> l.alarmsChanged(alarms));
				});
	}

	@Override
	public CompletableFuture<ActionResult> downloadRecipe(String recipe) {
		return answer(Outcome.CONFIRMED, "", () -> downloads.add(recipe));
	}

	@Override
	public List<AlarmShelving> shelving() {
		return shelving;
	}

	/** What the station asked to shelve: {@code alarm MODE minutes reason}. */
	List<String> shelveRequests() {
		return shelveRequests;
	}

	/**
	 * Shelves as the server would: "operator" may shelve (timed up to 60 min in the demo's Alarm class, 480 in the
	 * others), only an "engineer" may take an alarm out of service; the new list is published like the server's.
	 */
	@Override
	public CompletableFuture<ActionResult> shelve(String alarm, AlarmShelving.Mode mode, int minutes, String reason) {
		shelveRequests.add(alarm + " " + mode + " " + minutes + " " + reason);
		boolean allowed = mode == AlarmShelving.Mode.OUT_OF_SERVICE ? user.equals("engineer") : !user.isEmpty();
		String refusal = user.isEmpty() ? "not logged in"
				: "user " + user + " lacks the permission REMOVE_ALARMS_FROM_SERVICE";
		return answer(allowed ? Outcome.CONFIRMED : Outcome.REFUSED, allowed ? "" : refusal, () -> {
			long now = System.currentTimeMillis();
			long until = mode == AlarmShelving.Mode.OUT_OF_SERVICE ? Long.MAX_VALUE : now + minutes * 60_000L;
			List<AlarmShelving> next = new ArrayList<>(shelving);
			next.removeIf(x -> x.alarm().equals(alarm));
			next.add(new AlarmShelving(alarm, mode, user, reason, now, until, UUID.randomUUID().toString()));
			publishShelving(next);
		});
	}

	@Override
	public CompletableFuture<ActionResult> unshelve(String alarm) {
		return answer(user.isEmpty() ? Outcome.REFUSED : Outcome.CONFIRMED, user.isEmpty() ? "not logged in" : "",
				() -> publishShelving(shelving.stream().filter(x -> !x.alarm().equals(alarm)).toList()));
	}

	private void publishShelving(List<AlarmShelving> next) {
		shelving = List.copyOf(next);
		listeners.forEach(l -> l.shelvingChanged(shelving));
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public void close() {
		connectionThread.shutdownNow();
	}
}
