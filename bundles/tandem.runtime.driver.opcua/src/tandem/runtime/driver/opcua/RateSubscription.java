package tandem.runtime.driver.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

import tandem.runtime.api.Quality;
import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverTag;

/**
 * The subscriptions of one rate group: publishing interval and sampling interval are the variables' rate, one
 * monitored item per variable, at most {@code itemsPerSubscription} items per subscription. A large group is
 * split because a notification message carries a bounded number of changes (node-opcua sends at most 1,000, many
 * servers fewer) and Milo keeps only one publish request per subscription (plus one) in flight: one subscription
 * of 10,000 items is served a message or two per round trip, ten of 1,000 each get theirs in every publishing
 * cycle. Notifications only store their values (no blocking on the library's delivery thread); the poll of the
 * rate group takes every change that arrived since the previous poll, not only the newest: each carries its own
 * source time, so a change that a later one replaced before the poll came (a poll thread late at a takeover, or
 * notifications that arrived together after a stall of the node) would be gone for good, an archive slot missing
 * on every node. For the same reason the server keeps a queue of changes per item ({@link #queueSize}) for the
 * moments the client's publish requests are late. When the server cannot transfer a subscription to a new session
 * (a restarted server), {@code onLost} is told to create it again off the callback thread.
 */
final class RateSubscription implements OpcUaSubscription.SubscriptionListener {

	private static final System.Logger LOG = System.getLogger(RateSubscription.class.getName());

	private final String driver;
	private final List<DriverTag> tags;
	private final long rate;
	private final ValueConversion conversion;
	private final Runnable onLost;
	private final Value[] latest;
	/** Per variable the changes received since the last poll, oldest first; null: none. Guarded by itself. */
	private final java.util.ArrayDeque<Value>[] received;
	/** Changes kept per variable between two polls, at most: 30 s at the rate, for a poll thread that stalls. */
	private final int maxReceived;
	private final int itemsPerSubscription;
	private final List<OpcUaSubscription> subscriptions = new java.util.concurrent.CopyOnWriteArrayList<>();
	private final java.util.Set<OpcUaSubscription> lost = java.util.concurrent.ConcurrentHashMap.newKeySet();
	private volatile boolean created;

	RateSubscription(String driver, List<DriverTag> tags, ValueConversion conversion, Runnable onLost) {
		this(driver, tags, conversion, onLost, 1000);
	}

	RateSubscription(String driver, List<DriverTag> tags, ValueConversion conversion, Runnable onLost,
			int itemsPerSubscription) {
		this.itemsPerSubscription = Math.max(1, itemsPerSubscription);
		this.driver = driver;
		this.tags = tags;
		this.rate = tags.isEmpty() ? 1000 : tags.get(0).rateMillis();
		this.conversion = conversion;
		this.onLost = onLost;
		this.latest = new Value[tags.size()];
		Arrays.fill(latest, new Value(null, Quality.UNCERTAIN, 0));
		@SuppressWarnings("unchecked")
		java.util.ArrayDeque<Value>[] r = new java.util.ArrayDeque[tags.size()];
		this.received = r;
		this.maxReceived = (int) Math.max(2, Math.min(1000, 30_000 / Math.max(1, rate)));
	}

	/**
	 * The server's queue per monitored item: the changes of about 2 s at the rate (at least 2, at most 50). With a
	 * queue of one, the server keeps only the newest change of an item while no publish request of the client is
	 * there to answer, and a change with its own source time that it drops is lost on every node alike.
	 */
	static int queueSize(long rate) {
		return (int) Math.max(2, Math.min(50, (2000 + rate - 1) / Math.max(1, rate)));
	}

	boolean created() {
		return created;
	}

	/** Creates the subscriptions and their items on the server; variables with a wrong node id stay BAD. */
	synchronized void create(OpcUaClient client) throws UaException {
		List<OpcUaMonitoredItem> items = new ArrayList<>();
		for (int i = 0; i < tags.size(); i++) {
			DriverTag tag = tags.get(i);
			NodeId node = NodeId.parseOrNull(tag.address().trim());
			if (node == null) {
				LOG.log(Level.ERROR, "opcua driver " + driver + ": variable " + tag.variable() + " has address '"
						+ tag.address() + "', which is no OPC UA node id (e.g. ns=2;s=Tank.Level); it stays BAD");
				latest[i] = new Value(null, Quality.BAD, 0);
				continue;
			}
			OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node);
			item.setSamplingInterval(rate);
			item.setQueueSize(uint(queueSize(rate)));
			item.setDiscardOldest(true);
			item.setUserObject(i);
			items.add(item);
		}
		try {
			for (int from = 0; from < items.size() || from == 0; from += itemsPerSubscription) {
				OpcUaSubscription s = new OpcUaSubscription(client, (double) rate);
				s.setSubscriptionListener(this);
				s.create();
				subscriptions.add(s);
				s.addMonitoredItems(items.subList(from, Math.min(items.size(), from + itemsPerSubscription)));
				try {
					s.synchronizeMonitoredItems();
				} catch (MonitoredItemSynchronizationException e) {
					e.getCreateResults().stream().filter(r -> r.operationResult().map(c -> !c.isGood()).orElse(true))
							.forEach(r -> refused(r.monitoredItem(), r.operationResult().orElse(null)));
				}
				if (items.isEmpty()) {
					break;
				}
			}
		} catch (UaException e) {
			delete(); // all or nothing: the next attempt creates every subscription again
			throw e;
		}
		created = true;
	}

	private void refused(OpcUaMonitoredItem item, StatusCode status) {
		int i = (Integer) item.getUserObject().orElseThrow();
		LOG.log(Level.ERROR, "opcua driver " + driver + ": the server refuses to monitor " + tags.get(i).address()
				+ " (variable " + tags.get(i).variable() + "): " + OpcUaDriver.statusName(status));
		latest[i] = new Value(null, Quality.BAD, 0);
	}

	/** Creates again the subscriptions the server lost; their items are recreated with them. */
	synchronized void recreate() throws UaException {
		for (OpcUaSubscription s : List.copyOf(lost)) {
			s.create();
			try {
				s.synchronizeMonitoredItems();
			} catch (MonitoredItemSynchronizationException e) {
				LOG.log(Level.WARNING, "opcua driver " + driver + ": " + e.getCreateResults().size()
						+ " monitored items could not be recreated: " + e.getMessage());
			}
			lost.remove(s);
			LOG.log(Level.INFO, "opcua driver {0}: subscription at {1} ms created again", driver, rate);
		}
	}

	/** Subscriptions of this rate group (more than one for a group larger than the items per subscription). */
	int subscriptionCount() {
		return subscriptions.size();
	}

	/** The newest value of each variable; the changes before it are taken with it (see {@link #changes()}). */
	List<Value> values() {
		synchronized (received) {
			for (java.util.ArrayDeque<Value> r : received) {
				if (r != null) {
					r.clear();
				}
			}
			return List.of(latest.clone());
		}
	}

	/**
	 * Per variable every change received since the previous call, oldest first, or the newest value when none
	 * came (see the class comment).
	 */
	List<List<Value>> changes() {
		List<List<Value>> out = new ArrayList<>(tags.size());
		synchronized (received) {
			for (int i = 0; i < latest.length; i++) {
				java.util.ArrayDeque<Value> r = received[i];
				if (r == null || r.isEmpty()) {
					out.add(List.of(latest[i]));
				} else {
					out.add(List.copyOf(r));
					r.clear();
				}
			}
		}
		return out;
	}

	@Override
	public void onDataReceived(OpcUaSubscription s, List<OpcUaMonitoredItem> items, List<DataValue> values) {
		long now = System.currentTimeMillis();
		synchronized (received) {
			for (int k = 0; k < items.size(); k++) {
				Object index = items.get(k).getUserObject().orElse(null);
				if (index instanceof Integer i) {
					Value v = conversion.toValue(values.get(k), tags.get(i), now);
					latest[i] = v;
					java.util.ArrayDeque<Value> r = received[i];
					if (r == null) {
						r = received[i] = new java.util.ArrayDeque<>(4);
					}
					if (r.size() >= maxReceived) {
						r.removeFirst(); // the poll thread stalled for longer than 30 s: the oldest go first
					}
					r.addLast(v);
				}
			}
		}
	}

	@Override
	public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
		LOG.log(Level.INFO, "opcua driver {0}: the server did not transfer the {1} ms subscription ({2})", driver,
				rate, OpcUaDriver.statusName(status));
		lost.add(s);
		onLost.run();
	}

	@Override
	public void onStatusChanged(OpcUaSubscription s, StatusCode status) {
		if (status.getValue() == StatusCodes.Bad_Timeout) {
			lost.add(s);
			onLost.run();
		}
	}

	void delete() {
		for (OpcUaSubscription s : subscriptions) {
			try {
				s.delete();
			} catch (UaException e) {
				LOG.log(Level.DEBUG, "opcua driver " + driver + ": deleting a subscription failed: " + e.getMessage());
			}
		}
		subscriptions.clear();
		created = false;
	}
}
