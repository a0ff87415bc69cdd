package tandem.runtime.cluster;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jgroups.Address;
import org.jgroups.View;

import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MemberChannel;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Wire;

/**
 * The server's publication of values and alarms to the clients that subscribed to it. Sent without flow control:
 * a frozen operator client must not throttle the server (see notes/jgroups-and-h2-measured.md).
 */
final class ValuePublisher {

	private static final Logger LOG = System.getLogger(ValuePublisher.class.getName());

	private final Map<Address, Boolean> subscribers = new ConcurrentHashMap<>();

	void subscribe(Address client) {
		subscribers.put(client, Boolean.TRUE);
	}

	/** Forgets subscribers that left the view. */
	void retain(View v) {
		subscribers.keySet().retainAll(v.getMembers());
	}

	void publish(MemberChannel channel, long epoch, List<ReplicatedFact> values) {
		Envelope e = new Envelope(MessageType.VALUES, epoch, 0, Wire.facts(values));
		for (Address a : subscribers.keySet()) {
			try {
				channel.send(a, e, true);
			} catch (Exception ex) {
				LOG.log(Level.WARNING, "cannot publish to " + MemberChannel.nodeOf(a) + ": " + ex);
			}
		}
	}
}
