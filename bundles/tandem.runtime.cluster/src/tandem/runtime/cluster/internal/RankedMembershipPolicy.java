package tandem.runtime.cluster.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jgroups.Address;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.stack.MembershipChangePolicy;
import org.jgroups.util.UUID;

/**
 * GMS's membership policy with one change for merges: after the new coordinator (the lowest of the subviews'
 * coordinators, as in JGroups' default, which {@link RankedAddress} makes a plant node whenever one coordinates a
 * subview), the members follow by rank, each rank in the order JGroups gives them. So when the coordinator leaves,
 * the next plant node takes over, never a tool that is about to leave too. Joins and leaves are left as JGroups does
 * them: a joiner is appended, the coordinator stays.
 */
final class RankedMembershipPolicy implements MembershipChangePolicy {

	private final MembershipChangePolicy jgroups = new GMS.DefaultMembershipPolicy();

	@Override
	public List<Address> getNewMembership(Collection<Address> current, Collection<Address> joiners,
			Collection<Address> leavers, Collection<Address> suspects) {
		return jgroups.getNewMembership(current, joiners, leavers, suspects);
	}

	@Override
	public List<Address> getNewMembership(Collection<Collection<Address>> subviews) {
		List<Address> merged = jgroups.getNewMembership(subviews);
		if (merged.size() < 3) {
			return merged;
		}
		List<Address> out = new ArrayList<>(merged.size());
		out.add(merged.get(0));
		List<Address> rest = new ArrayList<>(merged.subList(1, merged.size()));
		rest.sort(Comparator.comparingInt(RankedMembershipPolicy::rank)); // stable: keeps JGroups' order per rank
		out.addAll(rest);
		return out;
	}

	private static int rank(Address a) {
		return a instanceof UUID u ? RankedAddress.of(u) : RankedAddress.CLIENT;
	}
}
