package tandem.runtime.cluster.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.protocols.DISCARD;
import org.jgroups.protocols.FlowControl;
import org.jgroups.protocols.MFC;
import org.jgroups.protocols.UFC;
import org.jgroups.util.ExtendedUUID;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.NodeSpec;

/**
 * The JGroups channel of one member: builds the stack, names the member's address after its topology node (so a
 * view can be read in node names without waiting for announcements), frames and checks every message, and drops
 * with a logged reason whatever does not decode.
 */
public final class MemberChannel implements Receiver {

	/** What the member does with accepted messages and views. */
	public interface Inbox {
		void deliver(Address from, String fromNode, Envelope e);

		void view(View view);
	}

	private static final Logger LOG = System.getLogger(MemberChannel.class.getName());
	private static final String NODE_KEY = "tandem.node";
	private static final String INCARNATION_KEY = "tandem.incarnation";

	private final ClusterSettings settings;
	private final NodeSpec local;
	private final Inbox inbox;
	private final EnvelopeCodec codec;
	private final BiConsumer<String, String> rejections;
	private final AtomicLong rejected = new AtomicLong();
	private volatile String lastRejection = "";
	private JChannel channel;

	public MemberChannel(ClusterSettings settings, NodeSpec local, Inbox inbox, BiConsumer<String, String> rejections) {
		this.settings = settings;
		this.local = local;
		this.inbox = inbox;
		this.rejections = rejections;
		this.codec = new EnvelopeCodec(new ClusterKeys(settings.secret(), settings.clusterName()).envelopeKey());
	}

	public void connect() throws Exception {
		ClusterKeys keys = new ClusterKeys(settings.secret(), settings.clusterName());
		channel = new JChannel(StackFactory.create(settings, local, keys));
		channel.name(local.name());
		byte[] incarnation = ByteBuffer.allocate(8).putLong(System.currentTimeMillis()).array();
		int rank = RankedAddress.rank(settings, local);
		channel.addAddressGenerator(() -> RankedAddress.generate(rank, local.name())
				.put(NODE_KEY, local.name().getBytes(StandardCharsets.UTF_8)).put(INCARNATION_KEY, incarnation));
		channel.setReceiver(this);
		channel.connect(settings.clusterName());
	}

	public void close() {
		if (channel != null) {
			channel.close();
		}
	}

	/** The underlying channel, for fault injection in tests. */
	public JChannel jgroups() {
		return channel;
	}

	public Address address() {
		return channel.getAddress();
	}

	/**
	 * Gives every peer its full flow-control credit again (UFC and MFC). After a merge, a peer that had this member out
	 * of its view kept no account of what it received from it, so the credits this member spent on it never come
	 * back and every flow-controlled send to it would block.
	 */
	public void refillFlowControlCredits() {
		for (Class<? extends FlowControl> fc : List.of(UFC.class, MFC.class)) {
			FlowControl p = (FlowControl) channel.getProtocolStack().findProtocol(fc);
			if (p != null) {
				p.unblock();
			}
		}
	}

	/** Fault injection: drops everything from {@code from} until {@link #faultHeal()} (needs DISCARD in the stack). */
	public void faultCut(Address from) {
		if (from == null) {
			throw new IllegalArgumentException("no such member in the view");
		}
		discard().addIgnoreMember(from);
	}

	/** Fault injection: takes back every {@link #faultCut} and {@link #faultIsolate}. */
	public void faultHeal() {
		discard().resetIgnoredMembers();
		discard().discardAll(false);
	}

	/** Fault injection: drops every message, sent or received, until {@link #faultHeal()}. */
	public void faultIsolate() {
		discard().discardAll(true);
	}

	private DISCARD discard() {
		DISCARD d = channel.getProtocolStack().findProtocol(DISCARD.class);
		if (d == null) {
			throw new IllegalStateException("no fault injection in this stack (ClusterSettings.faultInjection)");
		}
		return d;
	}

	/** Sends to one member, or to all when {@code to} is null. */
	public void send(Address to, Envelope e, boolean noFlowControl) throws Exception {
		Message m = new BytesMessage(to, codec.encode(e));
		if (noFlowControl) {
			m.setFlag(Message.Flag.NO_FC);
		}
		channel.send(m);
	}

	public static String nodeOf(Address a) {
		if (a instanceof ExtendedUUID u) {
			byte[] name = u.get(NODE_KEY);
			if (name != null) {
				return new String(name, StandardCharsets.UTF_8);
			}
		}
		return String.valueOf(a);
	}

	/** When the member's process joined (millis); 0 for an address without it. */
	public static long incarnationOf(Address a) {
		if (a instanceof ExtendedUUID u) {
			byte[] t = u.get(INCARNATION_KEY);
			if (t != null && t.length == 8) {
				return ByteBuffer.wrap(t).getLong();
			}
		}
		return 0;
	}

	/**
	 * Node name to address for every node of the view; of two incarnations of one node (a restarted process whose
	 * old incarnation is not excluded yet) the newer one, and at equal times the later one in the view.
	 */
	public static Map<String, Address> newestIncarnations(View v) {
		Map<String, Address> out = new LinkedHashMap<>();
		for (Address a : v.getMembers()) {
			out.merge(nodeOf(a), a, (old, a2) -> incarnationOf(old) > incarnationOf(a2) ? old : a2);
		}
		return out;
	}

	public static List<String> nodesOf(View v) {
		List<String> names = new ArrayList<>();
		for (Address a : v.getMembers()) {
			names.add(nodeOf(a));
		}
		return names;
	}

	public long rejectedCount() {
		return rejected.get();
	}

	public String lastRejection() {
		return lastRejection;
	}

	/** Drops a message the member must not apply, with its reason. */
	public void reject(String from, String reason) {
		rejected.incrementAndGet();
		lastRejection = reason;
		LOG.log(Level.WARNING, "node {0}: dropped a message from {1}: {2}", local.name(), from, reason);
		rejections.accept(from, reason);
	}

	@Override
	public void receive(Message msg) {
		String from = nodeOf(msg.getSrc());
		if (!msg.hasArray()) {
			reject(from, "message without a byte payload");
			return;
		}
		EnvelopeCodec.Decoded d = codec.decode(msg.getArray(), msg.getOffset(), msg.getLength());
		if (!d.accepted()) {
			reject(from, d.reason());
			return;
		}
		try {
			inbox.deliver(msg.getSrc(), from, d.envelope());
		} catch (RuntimeException e) {
			reject(from, d.envelope().type() + " could not be applied: " + e);
		}
	}

	@Override
	public void viewAccepted(View view) {
		inbox.view(view);
	}
}
