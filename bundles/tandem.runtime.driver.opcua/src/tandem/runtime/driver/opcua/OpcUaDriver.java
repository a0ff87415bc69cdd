package tandem.runtime.driver.opcua;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;

import tandem.runtime.api.Value;
import tandem.runtime.api.driver.Driver;
import tandem.runtime.api.driver.DriverConfiguration;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.driver.DriverTag;

/**
 * Subscribes to one OPC UA server (kind {@code opcua}). Each rate group of the core becomes a
 * {@link RateSubscription} at that rate (several subscriptions for a large group); a poll returns every change per
 * variable received since the previous poll ({@link #readChanges}), each with its source timestamp, so server and
 * standby, subscribed to the same server, record the same facts, also when a poll comes late.
 *
 * <p>The first session is opened in the background, again and again with back-off (1 s doubling to 16 s) while
 * the server is away or refuses; from then on Milo keeps the session: it reconnects by itself and transfers the
 * subscriptions, and those the server cannot transfer are created again here. While the session is down every
 * read fails with the reason, so the core turns the variables INVALID and records the loss once. Writes go only
 * to a connected server, only when field writes are allowed (never in shadow mode), and are never repeated.
 */
public final class OpcUaDriver implements Driver {

	private static final System.Logger LOG = System.getLogger(OpcUaDriver.class.getName());
	private static final long BACKOFF_MIN_MS = 1000;
	private static final long BACKOFF_MAX_MS = 16_000;

	private final DriverConfiguration configuration;
	private final ServerSettings settings;
	private final ServerSession session;
	private final ValueConversion conversion;
	private final ScheduledExecutorService worker;
	private final Map<List<DriverTag>, RateSubscription> subscriptions = new ConcurrentHashMap<>();
	private final Map<String, Object> writeSamples = new ConcurrentHashMap<>();
	private volatile OpcUaClient client;
	private volatile String lostReason = "not connected yet";
	private volatile boolean closed;
	private final CountDownLatch firstAttempt = new CountDownLatch(1);
	private long backoff = BACKOFF_MIN_MS;

	OpcUaDriver(DriverConfiguration configuration, Path pki, UnaryOperator<String> deployment) {
		this.configuration = configuration;
		this.settings = ServerSettings.of(configuration, deployment);
		this.session = new ServerSession(settings, pki);
		this.conversion = new ValueConversion(configuration.name());
		this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "opcua " + configuration.name());
			t.setDaemon(true);
			return t;
		});
	}

	/** Starts connecting in the background; a server that is not there yet is reported by the reads. */
	@Override
	public void connect() {
		worker.execute(this::open);
	}

	private void open() {
		if (closed || client != null) {
			return;
		}
		try {
			client = session.open(new SessionActivityListener() {
				@Override
				public void onSessionActive(UaSession s) {
					lostReason = null;
				}

				@Override
				public void onSessionInactive(UaSession s) {
					lostReason = "the session ended (server gone or not answering keep-alives)";
				}
			});
			lostReason = null;
			backoff = BACKOFF_MIN_MS;
			LOG.log(Level.INFO, "opcua driver {0} connected to {1}", configuration.name(), settings);
			subscriptions.values().forEach(this::createQuietly);
		} catch (Exception e) {
			lostReason = session.reason(e);
			LOG.log(Level.WARNING, lostText() + "; next attempt in " + backoff + " ms");
			worker.schedule(this::open, backoff, TimeUnit.MILLISECONDS);
			backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
		} finally {
			firstAttempt.countDown();
		}
	}

	String lostText() {
		return "driver " + configuration.name() + " lost connection to " + settings.endpoint() + ": " + lostReason;
	}

	/** Milliseconds the driver waits at most for a new rate group's subscription to be created on the server. */
	private long createWait() {
		return settings.requestTimeoutMillis() * 2;
	}

	@Override
	public List<Value> read(List<DriverTag> tags, long pollTime) throws DriverException {
		return subscribed(tags).values();
	}

	@Override
	public boolean losesLatePolls() {
		return false; // the subscription queues every change until the next poll takes it
	}

	/** Every change received since the previous poll of this rate group (see {@link RateSubscription}). */
	@Override
	public List<List<Value>> readChanges(List<DriverTag> tags, long pollTime) throws DriverException {
		return subscribed(tags).changes();
	}

	/** The rate group's subscription, created on the server if it is not yet; fails while the session is down. */
	private RateSubscription subscribed(List<DriverTag> tags) throws DriverException {
		RateSubscription s = subscriptions.computeIfAbsent(List.copyOf(tags), t -> new RateSubscription(
				configuration.name(), t, conversion, () -> worker.execute(() -> recreate(t)),
				settings.itemsPerSubscription()));
		awaitFirstAttempt();
		String reason = lostReason;
		if (reason != null || client == null) {
			throw new DriverException(lostText());
		}
		if (!s.created()) {
			try {
				worker.submit(() -> createQuietly(s)).get(createWait(), TimeUnit.MILLISECONDS);
			} catch (Exception e) {
				throw new DriverException("opcua driver " + configuration.name() + ": subscribing to "
						+ tags.size() + " variables failed: " + e, e);
			}
		}
		return s;
	}

	/**
	 * The node polls right after it started the driver: the first poll waits (bounded) for the first connection
	 * attempt, so a server that is there is not reported lost for the moment it took to connect. That attempt also
	 * makes the application certificate on a node's first start (an RSA key) and loads the library: on a loaded
	 * machine it took more than 6 s, so the bound is the request timeout plus 15 s.
	 */
	private void awaitFirstAttempt() throws DriverException {
		try {
			firstAttempt.await(settings.requestTimeoutMillis() + 15_000, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DriverException(lostText(), e);
		}
	}

	private void createQuietly(RateSubscription s) {
		OpcUaClient c = client;
		if (c == null || s.created()) {
			return;
		}
		try {
			s.create(c);
		} catch (UaException e) {
			LOG.log(Level.WARNING, "opcua driver " + configuration.name() + ": subscription not created: "
					+ session.reason(e) + "; tried again at the next poll");
		}
	}

	private void recreate(List<DriverTag> tags) {
		RateSubscription s = subscriptions.get(tags);
		if (s == null || closed) {
			return;
		}
		try {
			s.recreate();
		} catch (UaException e) {
			LOG.log(Level.WARNING, "opcua driver " + configuration.name() + ": subscription not created again: "
					+ session.reason(e) + "; next attempt in " + BACKOFF_MIN_MS + " ms");
			worker.schedule(() -> recreate(tags), BACKOFF_MIN_MS, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void write(DriverTag tag, Object value, long time) throws DriverException {
		String target = "variable " + tag.variable() + " at " + tag.address();
		String prefix = "opcua driver " + configuration.name() + ": ";
		if (!tag.writable()) {
			throw new DriverException(prefix + target + " is not writable");
		}
		if (!configuration.fieldWritesAllowed()) {
			throw new DriverException(prefix + "shadow mode, write to " + tag.variable() + " not sent to the field");
		}
		OpcUaClient c = client;
		if (c == null || lostReason != null) {
			throw new DriverException(lostText() + "; write to " + target + " not sent");
		}
		NodeId node = NodeId.parseOrNull(tag.address().trim());
		if (node == null) {
			throw new DriverException(prefix + target + ": the address is no OPC UA node id");
		}
		try {
			Object sample = writeSamples.get(tag.address());
			if (sample == null) {
				DataValue current = c.readValue(0, TimestampsToReturn.Neither, node);
				sample = current.value() == null ? null : current.value().value();
				if (sample == null) {
					throw new DriverException(prefix + target + ": the server's variable has no value, so its type"
							+ " is unknown (" + statusName(current.statusCode()) + ")");
				}
				writeSamples.put(tag.address(), sample);
			}
			Object typed = ValueConversion.forServer(value, sample, tag.variable());
			StatusCode status = c.writeValues(List.of(node), List.of(DataValue.valueOnly(Variant.of(typed)))).get(0);
			if (!status.isGood()) {
				throw new DriverException(prefix + "the server refused the write of " + value + " to " + target + ": "
						+ statusName(status));
			}
		} catch (IllegalArgumentException e) {
			throw new DriverException(prefix + e.getMessage(), e);
		} catch (UaException e) {
			throw new DriverException(prefix + "write of " + value + " to " + target + " failed and was not repeated: "
					+ session.reason(e), e);
		}
	}

	static String statusName(StatusCode status) {
		if (status == null) {
			return "no status";
		}
		return StatusCodes.lookup(status.getValue()).map(names -> names[0])
				.orElse(String.format("0x%08X", status.getValue()));
	}

	/** The connected client, for a browse of the server's address space. */
	OpcUaClient client() throws DriverException {
		OpcUaClient c = client;
		if (c == null || lostReason != null) {
			throw new DriverException(lostText());
		}
		return c;
	}

	@Override
	public void close() {
		closed = true;
		worker.shutdownNow();
		OpcUaClient c = client;
		client = null;
		if (c != null) {
			subscriptions.values().forEach(RateSubscription::delete);
			try {
				c.disconnect();
			} catch (UaException e) {
				LOG.log(Level.DEBUG, "opcua driver " + configuration.name() + ": disconnect failed: " + e.getMessage());
			}
		}
	}
}
