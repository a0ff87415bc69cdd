package tandem.runtime.cluster.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.jgroups.Address;

import tandem.runtime.cluster.Confirmation;
import tandem.runtime.cluster.Confirmation.Outcome;
import tandem.runtime.cluster.ReplicatedFact;

/**
 * The operator client's side of the connection: remembers the serving member, subscribes to it, sends operator
 * actions and keeps every action until the server confirms that the standby holds it. When the server changes
 * (failover, planned switch) it subscribes to the new one and resends every unconfirmed action; the server applies
 * an action id once, so resending is safe.
 */
public final class ClientConnection {

	private static final Logger LOG = System.getLogger(ClientConnection.class.getName());

	private record Pending(ReplicatedFact action, CompletableFuture<Confirmation> future) {
	}

	private final MemberChannel channel;
	private final Consumer<Confirmation> answers;
	private final Map<String, Pending> unconfirmed = new LinkedHashMap<>();
	private Address server;
	private long serverEpoch;
	private int resent;

	public ClientConnection(MemberChannel channel) {
		this(channel, answer -> {
		});
	}

	/** @param answers hears every answer that does not confirm an action (denied, timed out, refused) */
	public ClientConnection(MemberChannel channel, Consumer<Confirmation> answers) {
		this.channel = channel;
		this.answers = answers;
	}

	/** The serving member changed: subscribe there and resend what is unconfirmed. */
	public synchronized void serverChanged(Address newServer, long epoch) {
		if (newServer == null || newServer.equals(server) && epoch == serverEpoch) {
			server = newServer;
			return;
		}
		server = newServer;
		serverEpoch = epoch;
		send(new Envelope(MessageType.SUBSCRIBE, epoch, 0, new byte[0]));
		for (Pending p : unconfirmed.values()) {
			resent++;
			sendAction(p.action);
		}
	}

	public synchronized CompletableFuture<Confirmation> submit(String actionId, ReplicatedFact action) {
		Pending p = unconfirmed.get(actionId);
		if (p != null) {
			return p.future;
		}
		p = new Pending(action, new CompletableFuture<>());
		unconfirmed.put(actionId, p);
		if (server != null) {
			sendAction(action);
		}
		return p.future;
	}

	/**
	 * An answer from the server. A confirmed or denied action is done (no more resends); a timed-out or refused one
	 * (standby slow, server handing over) stays pending and is resent. Every answer that is not a confirmation is
	 * reported.
	 */
	public synchronized void confirmation(byte[] payload) throws IOException {
		DataInputStream in = Wire.in(payload);
		String actionId = in.readUTF();
		int outcome = in.readByte();
		String detail = in.readUTF();
		if (outcome < 0 || outcome >= Outcome.values().length) {
			throw new IOException("unknown confirmation outcome " + outcome + " for action " + actionId);
		}
		Confirmation c = new Confirmation(actionId, Outcome.values()[outcome], detail);
		if (!c.confirmed()) {
			LOG.log(Level.INFO, "action {0} answered {1}: {2}", actionId, c.outcome(), detail);
			answers.accept(c);
		}
		if (!c.isFinal()) {
			return;
		}
		Pending p = unconfirmed.remove(actionId);
		if (p != null) {
			p.future.complete(c);
		}
	}

	/** Resends what is still unconfirmed to the current server (periodically, after a timed-out confirmation). */
	public synchronized void resendUnconfirmed() {
		if (server == null) {
			return;
		}
		for (Pending p : unconfirmed.values()) {
			resent++;
			sendAction(p.action);
		}
	}

	public synchronized List<String> unconfirmedActions() {
		return List.copyOf(unconfirmed.keySet());
	}

	public synchronized int resentActions() {
		return resent;
	}

	private void sendAction(ReplicatedFact action) {
		send(new Envelope(MessageType.ACTION, serverEpoch, 0, Wire.facts(List.of(action))));
	}

	private void send(Envelope e) {
		try {
			channel.send(server, e, true); // small; never queued behind the server's flow-control credits
		} catch (Exception ex) {
			LOG.log(Level.WARNING, "cannot send " + e.type() + " to " + MemberChannel.nodeOf(server)
					+ "; it is resent when the server is known again: " + ex);
		}
	}
}
