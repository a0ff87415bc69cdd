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
			OpcUaDriverTest.awaitValues(d, tags, v -> v.stream().allMatch(Value::isGood), "all items good");
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
