package tandem.runtime.core;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tandem.runtime.api.VariableAccess;
import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverFactory;
import tandem.runtime.api.fact.CelEntry;
import tandem.runtime.api.fact.LoggedFact;
import tandem.runtime.core.alarm.AlarmEngine;
import tandem.runtime.core.archive.ArchiveRecorder;
import tandem.runtime.core.archive.Retention;
import tandem.runtime.core.config.DriverDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.image.DriverHealthEntries;
import tandem.runtime.core.image.ProcessImage;
import tandem.runtime.core.log.EventLog;
import tandem.runtime.core.operator.OperatorActions;
import tandem.runtime.history.h2.HistoryQueries;
import tandem.runtime.history.h2.HistoryStore;

/**
 * One runtime node executing one project: wires drivers → process image → alarm engine and archive recorder →
 * event log → H2 history, plus operator actions and retention. {@link #start()} opens the history (failing clearly
 * on a damaged or stuck store), restores active alarms, records a START event and starts polling; {@link #stop()}
 * records STOP, stops polling and closes the history after writing and fsyncing everything.
 *
 * <p>Replication hooks in through {@link #eventLog()} ({@code addListener} for outgoing facts, {@code apply} for
 * incoming ones; {@link #apply(LoggedFact)} is the same entry point).
 */
public final class RuntimeNode {

	private static final System.Logger LOG = System.getLogger(RuntimeNode.class.getName());

	private final RuntimeConfiguration configuration;
	private final String nodeName;
	private final Path dataDir;
	private final Map<String, DriverFactory> factories;
	private final NodeOptions options;
	private HistoryStore history;
	private EventLog eventLog;
	private ProcessImage image;
	private AlarmEngine alarms;
	private OperatorActions operators;
	private Map<String, Driver> drivers;
	private ScheduledExecutorService maintenance;
	private boolean running;

	public RuntimeNode(RuntimeConfiguration configuration, String nodeName, Path dataDir,
			List<DriverFactory> factories, NodeOptions options) {
		this.configuration = configuration;
		this.nodeName = nodeName;
		this.dataDir = dataDir;
		this.factories = new LinkedHashMap<>();
		factories.forEach(f -> this.factories.put(f.kind(), f));
		this.options = options;
	}

	/** Starts the node and returns its ready line. */
	public synchronized String start() {
		if (running) {
			throw new IllegalStateException("node " + nodeName + " is already running");
		}
		history = HistoryStore.open(dataDir, options.history());
		try {
			wire();
		} catch (RuntimeException e) {
			history.close();
			throw e;
		}
		eventLog.append(CelEntry.system(nodeName, "START", options.clock().getAsLong(), "node " + nodeName
				+ " started with project " + configuration.project() + " version " + configuration.version()));
		if (options.startPolling()) {
			image.start();
		}
		startRetention();
		running = true;
		String ready = readyLine();
		LOG.log(Level.INFO, ready);
		return ready;
	}

	private void wire() {
		eventLog = new EventLog(history);
		drivers = createDrivers();
		image = new ProcessImage(configuration.variables(), drivers, options.clock());
		image.onDriverHealth(new DriverHealthEntries(nodeName, eventLog::append));
		// alarm steps and operator actions name this node as the one that recorded them (the CEL shows it)
		alarms = new AlarmEngine(configuration.alarms(), t -> eventLog.append(t.withNode(nodeName)));
		alarms.restore(history.queries().activeAlarms());
		ArchiveRecorder recorder = new ArchiveRecorder(configuration.archives(), image, eventLog::append);
		image.subscribeAll(alarms);
		image.subscribeAll(recorder);
		operators = new OperatorActions(configuration, image, alarms, a -> eventLog.append(a.withNode(nodeName)),
				options.clock());
		restoreShelf();
	}

	/**
	 * The shelf is the shelving actions of the history applied in order: a restarted node holds the shelvings its
	 * history recorded (a cluster node learns them the same way, from the replicated actions).
	 */
	private void restoreShelf() {
		HistoryQueries q = history.queries();
		for (CelEntry line : q.cel(new tandem.runtime.history.h2.CelQuery(0, Long.MAX_VALUE, java.util.Set.of(
				tandem.runtime.api.fact.CelCategory.OPERATOR), "", "", "", Integer.MAX_VALUE))) { // in time order
			if (line.key().startsWith("action:")) {
				tandem.runtime.api.fact.OperatorAction a = q.action(line.key().substring("action:".length()));
				if (a != null && a.accepted()) {
					operators.shelf().apply(a); // only shelving kinds change it
				}
			}
		}
	}

	/**
	 * Records the automatic end of every shelving that is due now (its time is up, or a one-shot shelved alarm
	 * returned to normal); a standalone node runs it every second, as a cluster's serving node does.
	 *
	 * @return how many ended
	 */
	public int expireShelving() {
		List<tandem.runtime.core.alarm.AlarmShelf.Expiry> due = operators.shelf().due(options.clock().getAsLong(),
				alarms::inAlarm);
		due.forEach(operators::unshelveAutomatically);
		return due.size();
	}

	private Map<String, Driver> createDrivers() {
		Map<String, Driver> created = new LinkedHashMap<>();
		for (DriverDefinition d : configuration.drivers()) {
			DriverFactory f = factories.get(d.kind());
			if (f == null) {
				throw new IllegalStateException("project " + configuration.project() + ": driver " + d.name()
						+ " has kind " + d.kind() + ", for which this node has no driver (known: " + factories.keySet()
						+ ")");
			}
			try {
				Driver driver = f.create(new DriverConfiguration(d.name(), d.kind(), configuration.seed(),
						options.fieldWritesAllowed(), d.properties()));
				driver.connect();
				created.put(d.name(), driver);
			} catch (DriverException e) {
				throw new IllegalStateException("project " + configuration.project() + ": driver " + d.name()
						+ " cannot be created: " + e.getMessage(), e);
			}
		}
		return created;
	}

	private void startRetention() {
		Retention retention = new Retention(configuration.archives(), configuration.celRetentionDays());
		maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "retention " + nodeName);
			t.setDaemon(true);
			return t;
		});
		long every = options.retentionInterval().toMillis();
		maintenance.scheduleWithFixedDelay(() -> {
			try {
				retention.apply(history.queries(), options.clock().getAsLong());
			} catch (RuntimeException e) {
				LOG.log(Level.ERROR, "retention on node " + nodeName + " failed: " + e.getMessage(), e);
			}
		}, 0, every, TimeUnit.MILLISECONDS);
		if (options.startPolling()) { // a node polled by hand (tests) is also expired by hand
			maintenance.scheduleWithFixedDelay(() -> {
				try {
					expireShelving();
				} catch (RuntimeException e) {
					LOG.log(Level.ERROR, "automatic unshelve on node " + nodeName + " failed: " + e.getMessage(), e);
				}
			}, 1, 1, TimeUnit.SECONDS);
		}
	}

	/** The line a node logs when it serves. */
	public String readyLine() {
		return "tandem node " + nodeName + " ready: project " + configuration.project() + " version "
				+ configuration.version() + ", " + configuration.variables().size() + " variables, "
				+ configuration.alarms().size() + " alarms, data " + dataDir.toAbsolutePath() + ", log at "
				+ eventLog.position();
	}

	/** Stops polling, records STOP and closes the history after writing and fsyncing everything. */
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
		maintenance.shutdownNow();
		eventLog.append(CelEntry.system(nodeName, "STOP", options.clock().getAsLong(), "node " + nodeName + " stopped"));
		drivers.values().forEach(Driver::close);
		history.close();
		LOG.log(Level.INFO, "tandem node " + nodeName + " stopped, history flushed");
	}

	/** Records a role change (e.g. STANDBY → SERVER) with its reason in the CEL. */
	public void recordRoleChange(String role, String reason) {
		eventLog.append(CelEntry.system(nodeName, "ROLE", options.clock().getAsLong(),
				"node " + nodeName + " is now " + role + ": " + reason));
	}

	/** Applies a fact replicated from the server; idempotent. */
	public boolean apply(LoggedFact fact) {
		return eventLog.apply(fact);
	}

	/** Polls every variable once as at {@code time}; for nodes started without polling (tests). */
	public void pollAll(long time) {
		image.pollAll(time);
	}

	public VariableAccess variables() {
		return image;
	}

	public ProcessImage image() {
		return image;
	}

	public AlarmEngine alarms() {
		return alarms;
	}

	public OperatorActions operators() {
		return operators;
	}

	public EventLog eventLog() {
		return eventLog;
	}

	public HistoryQueries history() {
		return history.queries();
	}

	/** Waits until every fact appended so far is committed, so queries see it. */
	public void flushHistory() {
		history.flush();
	}

	public Driver driver(String name) {
		return drivers.get(name);
	}

	public RuntimeConfiguration configuration() {
		return configuration;
	}
}
