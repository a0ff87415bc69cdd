package tandem.runtime.cluster.internal;

import java.util.function.Consumer;

import org.jgroups.Address;
import org.jgroups.Message;
import org.jgroups.stack.Protocol;
import org.jgroups.util.MessageBatch;

/**
 * Notes the sender of every message as it arrives, just above decryption and below the ordering protocols
 * (NAKACK2, UNICAST3), for the server's lease. Above them, a member's later messages wait until its earlier ones are
 * delivered: a server whose delivery thread for a station blocked on recording that station's action (flow control
 * toward a cut-off standby) did not see the station's announcements for two seconds and lost its lease although the
 * station was there all along (the fault harness, cut-link step). Only what decrypted with the cluster key gets here.
 */
public final class HEARD extends Protocol {

	private final Consumer<Address> heard;

	public HEARD(Consumer<Address> heard) {
		this.heard = heard;
	}

	@Override
	public Object up(Message msg) {
		note(msg.getSrc());
		return up_prot.up(msg);
	}

	@Override
	public void up(MessageBatch batch) {
		note(batch.sender());
		up_prot.up(batch);
	}

	private void note(Address from) {
		if (from != null) {
			heard.accept(from);
		}
	}
}
