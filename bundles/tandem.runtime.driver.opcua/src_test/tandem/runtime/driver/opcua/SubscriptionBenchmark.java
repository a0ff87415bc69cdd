package tandem.runtime.driver.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.runtime.api.Value;
import tandem.runtime.api.driver.DriverTag;
import tandem.runtime.api.driver.DriverTag.TagType;

/**
 * Figures, not a test (not in the default run): 10,000 monitored items at 100 ms on one node-opcua server whose
 * items all change every 100 ms. Value changes per second that reach the process image through the driver (a
 * poll of the rate group every 100 ms, counting values whose source time moved), beside a bare Milo client that
 * counts every notification of the same subscription — both subscribed at the same time to the same server and
 * measured over the same window, so the server's own limits weigh on both alike.
 *
 * <p>A second figure measures the driver's side alone, without a server ({@link #theDriversOwnCeilingWithoutAServer}).
 *
 * <pre>./mvnw -B verify -pl bundles/tandem.runtime.api,bundles/tandem.runtime.driver.opcua -Dtest=SubscriptionBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class SubscriptionBenchmark {

	private static final int ITEMS = 10_000;
	private static final long WARM_UP_MS = 5000;
	private static final long MEASURE_MS = 10_000;

	@TempDir
	Path temp;

	@Test
	void tenThousandItemsAtAHundredMilliseconds() throws Exception {
		try (OpcUaServer server = OpcUaServer.start(temp.resolve("server-pki"), "--items", Integer.toString(ITEMS),
				"--change-ms", "100")) {
			AtomicLong bareReceived = new AtomicLong();
			OpcUaClient bare = bareMilo(server, bareReceived);
			try {
				long[] window = new long[2];
				double driver = throughDriver(server, () -> window[0] = bareReceived.get(),
						() -> window[1] = bareReceived.get());
				double bareRate = (window[1] - window[0]) * 1000.0 / MEASURE_MS;
				System.out.printf("FIGURES opcua %,d items at 100 ms: driver into the process image %,.0f changes/s;"
						+ " bare Milo client %,.0f notifications/s; driver/bare %.0f %%%n", ITEMS, driver, bareRate,
						100 * driver / bareRate);
			} finally {
				bare.disconnect();
			}
		}
	}

	private double throughDriver(OpcUaServer server, Runnable windowStarts, Runnable windowEnds) throws Exception {
		List<DriverTag> tags = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			tags.add(new DriverTag("b" + i, "ns=1;s=Bulk." + i, 100, TagType.FLOAT, false));
		}
		try (OpcUaDriver d = OpcUaDriverTest.driver(server, temp.resolve("pki"), false, Map.of(),
				"requestTimeoutMs", "30000", "keepAliveMs", "5000")) { // a loaded server answers keep-alives late
			awaitAllGood(d, tags);
			long[] last = new long[ITEMS];
			long changes = 0;
			long end = System.currentTimeMillis() + WARM_UP_MS + MEASURE_MS;
			long measureFrom = System.currentTimeMillis() + WARM_UP_MS;
			long next = System.currentTimeMillis();
			boolean started = false;
			while (System.currentTimeMillis() < end) {
				List<Value> values = d.read(tags, System.currentTimeMillis());
				boolean counting = System.currentTimeMillis() >= measureFrom;
				if (counting && !started) {
					windowStarts.run();
					started = true;
				}
				for (int i = 0; i < ITEMS; i++) {
					long t = values.get(i).sourceTime();
					if (t != last[i]) {
						last[i] = t;
						changes += counting ? 1 : 0;
					}
				}
				next += 100;
				Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
			}
			windowEnds.run();
			return changes * 1000.0 / MEASURE_MS;
		}
	}

	/** Bounded wait (120 s: 10,000 items are created slowly on a loaded machine) for every item's first value. */
	private static void awaitAllGood(OpcUaDriver d, List<DriverTag> tags) throws Exception {
		long good = 0;
		for (long end = System.nanoTime() + 120_000_000_000L; System.nanoTime() < end; Thread.sleep(200)) {
			try {
				good = d.read(tags, System.currentTimeMillis()).stream().filter(Value::isGood).count();
			} catch (tandem.runtime.api.driver.DriverException e) {
				good = 0;
			}
			if (good == tags.size()) {
				return;
			}
		}
		throw new AssertionError("only " + good + " of " + tags.size() + " items had a good value after 120 s");
	}

	/**
	 * Our side alone, without a server: the notifications of 10,000 items are handed to the driver's subscription
	 * listener in publish-sized batches of 1,000, as Milo's delivery thread does, flat out for 3 s, while a poll
	 * every 100 ms takes the newest values as the process image does — beside a bare listener that only counts
	 * what it is handed, fed the same way in the same run. Says how many value changes per second the driver could
	 * take if the server delivered them.
	 */
	@Test
	void theDriversOwnCeilingWithoutAServer() throws Exception {
		List<DriverTag> tags = new ArrayList<>();
		List<OpcUaMonitoredItem> items = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			tags.add(new DriverTag("b" + i, "ns=1;s=Bulk." + i, 100, TagType.FLOAT, false));
			OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(NodeId.parse("ns=1;s=Bulk." + i));
			item.setUserObject(i);
			items.add(item);
		}
		RateSubscription driver = new RateSubscription("bench", tags, new ValueConversion("bench"), () -> {
		});
		AtomicLong counted = new AtomicLong();
		OpcUaSubscription.SubscriptionListener bare = new OpcUaSubscription.SubscriptionListener() {
			@Override
			public void onDataReceived(OpcUaSubscription sub, List<OpcUaMonitoredItem> batch, List<DataValue> v) {
				counted.addAndGet(v.size());
			}
		};
		feed(bare, items, 1000); // warm-up of both paths
		feed(driver, items, 1000);
		double bareRate = feed(bare, items, 3000);
		long[] last = new long[ITEMS];
		long[] changes = { 0 };
		java.util.concurrent.ScheduledExecutorService poller = java.util.concurrent.Executors
				.newSingleThreadScheduledExecutor();
		poller.scheduleAtFixedRate(() -> {
			List<Value> values = driver.values();
			for (int i = 0; i < ITEMS; i++) {
				long t = values.get(i).sourceTime();
				if (t != last[i]) {
					last[i] = t;
					changes[0]++;
				}
			}
		}, 0, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
		double driverRate = feed(driver, items, 3000);
		poller.shutdown();
		poller.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
		System.out.printf("FIGURES opcua driver alone (no server): subscription listener takes %,.0f notifications/s"
				+ " flat out, bare counting listener %,.0f/s; polls every 100 ms saw %,.0f changes/s of %,d items"
				+ " (the most a 100 ms rate can show: %,d/s)%n", driverRate, bareRate, changes[0] / 3.0, ITEMS,
				ITEMS * 10);
	}

	/** Hands batches of {@code batch} notifications, each item a new source time per round, for {@code ms}. */
	private static double feed(OpcUaSubscription.SubscriptionListener listener, List<OpcUaMonitoredItem> items, long ms) {
		long n = 0;
		long round = 0;
		long start = System.nanoTime();
		long end = start + ms * 1_000_000;
		while (System.nanoTime() < end) {
			round++;
			org.eclipse.milo.opcua.stack.core.types.builtin.DateTime time = new org.eclipse.milo.opcua.stack.core.types.builtin.DateTime(
					java.time.Instant.ofEpochMilli(1_700_000_000_000L + round * 100));
			for (int from = 0; from < items.size(); from += 1000) {
				List<DataValue> values = new ArrayList<>(1000);
				for (int i = from; i < from + 1000; i++) {
					values.add(new DataValue(new org.eclipse.milo.opcua.stack.core.types.builtin.Variant((double) round),
							org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode.GOOD, time, time));
				}
				listener.onDataReceived(null, items.subList(from, from + 1000), values);
				n += 1000;
			}
		}
		return n * 1e9 / (System.nanoTime() - start);
	}

	/** A bare Milo client subscribed to every item, counting notifications into {@code received}. */
	private static OpcUaClient bareMilo(OpcUaServer server, AtomicLong received) throws Exception {
		OpcUaClient client = OpcUaClient.create(server.endpoint());
		client.connect();
		OpcUaSubscription s = new OpcUaSubscription(client, 100.0);
		s.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
			@Override
			public void onDataReceived(OpcUaSubscription sub, List<OpcUaMonitoredItem> items, List<DataValue> v) {
				received.addAndGet(v.size());
			}
		});
		s.create();
		List<OpcUaMonitoredItem> items = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(NodeId.parse("ns=1;s=Bulk." + i));
			item.setSamplingInterval(100);
			item.setQueueSize(uint(1));
			items.add(item);
		}
		s.addMonitoredItems(items);
		s.synchronizeMonitoredItems();
		return client;
	}
}
