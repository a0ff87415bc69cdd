package tandem.runtime.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jgroups.Address;

import tandem.runtime.cluster.internal.Envelope;
import tandem.runtime.cluster.internal.MessageType;
import tandem.runtime.cluster.internal.Wire;

/**
 * What a member does with messages that carry the server's writes: fences them by epoch, applies replicated facts
 * idempotently and acknowledges the high-water mark, hands operator actions to the server's recording and values
 * to the client's listeners. Runs on JGroups' delivery threads, which deliver one sender's messages in order.
 */
final class FollowerStream {

	private static final int MISSED_BATCH = 500;

	private final ClusterMember member;
	private final FactStore store;
	private final ShadowBuffer shadow;
	private volatile Stamp applied;

	FollowerStream(ClusterMember member, FactStore store, ShadowBuffer shadow) {
		this.member = member;
		this.store = store;
		this.shadow = shadow;
	}

	/** True (and logged) when the envelope carries an epoch older than the newest seen: a stale server wrote it. */
	boolean fenced(String from, Envelope e) {
		if (e.epoch() < member.newestEpoch()) {
			member.reject(from, e.type() + " stamped with epoch " + e.epoch() + ", older than the newest epoch "
					+ member.newestEpoch() + " (stale server)");
			return true;
		}
		member.seeEpoch(e.epoch());
		return false;
	}

	void facts(Address from, String fromNode, Envelope e) throws IOException {
		if (fenced(fromNode, e)) {
			return;
		}
		List<ReplicatedFact> facts = Wire.facts(Wire.in(e.payload()));
		Stamp mark = applied();
		// one epoch's stream numbers its facts without a hole and arrives in order: a jump means sends were lost
		if (!facts.isEmpty() && mark.epoch() == e.epoch() && facts.get(0).stamp().epoch() == e.epoch()
				&& facts.get(0).stamp().seq() > mark.seq() + 1) {
			member.streamGap(fromNode, mark, facts.get(0).stamp().seq());
		}
		for (ReplicatedFact f : facts) {
			if (f.stamp().epoch() > e.epoch()) {
				member.reject(fromNode, "fact " + f.key() + " stamped " + f.stamp() + " beyond its batch's epoch " + e.epoch());
				return;
			}
			mark = Stamp.max(mark, f.stamp());
		}
		store.upsert(facts); // idempotent by natural key: a resent batch adds nothing
		shadow.receivedAll(facts);
		applied = mark;
		member.send(from, new Envelope(MessageType.ACK, e.epoch(), mark.seq(), Wire.bytes(out -> Wire.stamp(out, applied))));
		List<ReplicatedFact> missed = shadow.takeMissed();
		for (int i = 0; i < missed.size(); i += MISSED_BATCH) { // what the server's stream passed without
			List<ReplicatedFact> batch = missed.subList(i, Math.min(missed.size(), i + MISSED_BATCH));
			member.send(from, new Envelope(MessageType.MISSED, e.epoch(), 0, Wire.facts(batch)));
		}
	}

	/** The server was told facts it missed that this standby observed; it may record them. */
	void missed(String fromNode, Envelope e) throws IOException {
		if (member.role() == MemberRole.SERVER && e.epoch() == member.epoch()) {
			List<ReplicatedFact> facts = Wire.facts(Wire.in(e.payload()));
			member.fireMissed(fromNode, facts);
		}
	}

	void action(Address from, String fromNode, Envelope e) throws IOException {
		List<ReplicatedFact> facts = Wire.facts(Wire.in(e.payload()));
		if (facts.size() != 1) {
			throw new IOException("an operator action message carries " + facts.size() + " facts instead of 1");
		}
		ReplicatedFact action = facts.get(0).withStamp(Stamp.ZERO);
		member.confirmOperatorAction(action, fromNode, true, ClusterMember.ACTION_TIMEOUT_MS).thenAccept(c -> member.send(from,
				new Envelope(MessageType.ACTION_CONFIRM, member.epoch(), 0, Wire.bytes(out -> {
					out.writeUTF(c.actionId());
					out.writeByte(c.outcome().ordinal());
					out.writeUTF(c.detail());
				}))));
	}

	void values(String fromNode, Envelope e) throws IOException {
		if (fenced(fromNode, e)) {
			return;
		}
		List<ReplicatedFact> values = Wire.facts(Wire.in(e.payload()));
		member.fireEvent(l -> values.forEach(l::published));
	}

	private Stamp applied() {
		Stamp a = applied;
		if (a == null) {
			a = store.highWaterMark();
			applied = a;
		}
		return a;
	}
}
