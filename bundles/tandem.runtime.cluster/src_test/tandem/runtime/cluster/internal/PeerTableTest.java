package tandem.runtime.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.jgroups.Address;
import org.jgroups.MergeView;
import org.jgroups.View;
import org.jgroups.util.NameCache;
import org.jgroups.util.UUID;
import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.ClusterSettings;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.NodeSpec;
import tandem.runtime.cluster.Stamp;

class PeerTableTest {

	private static final long T0 = 1_000_000;

	private static Address named(String node) {
		Address a = UUID.randomUUID();
		NameCache.add(a, node);
		return a;
	}

	private static PeerTable table() {
		ClusterSettings s = ClusterSettings.builder("p", new byte[32]).node(NodeSpec.server("alpha", 1))
				.node(NodeSpec.server("beta", 2)).node(NodeSpec.of("console", NodeKind.WITNESS)).witness("console")
				.build();
		return new PeerTable(s, "alpha");
	}

	/** A partial merge leaves the witness out of the server's view for seconds; the lease pings still reach it. */
	@Test
	void aMemberThatLeftTheViewIsKnownAtItsLastAddressForAWhile() {
		Address alpha = named("alpha");
		Address beta = named("beta");
		Address console = named("console");
		PeerTable t = table();
		t.view(View.create(alpha, 158, alpha, console), T0);
		assertNull(t.leftRecently("console", T0, 10_000), "in view: addressOf answers");
		assertEquals(console, t.addressOf("console"));
		View merged = new MergeView(alpha, 160, List.of(beta, alpha), List.of(View.create(alpha, 158, alpha, console)));
		t.view(merged, T0 + 100);
		assertNull(t.addressOf("console"));
		assertEquals(console, t.leftRecently("console", T0 + 200, 10_000));
		assertNull(t.leftRecently("console", T0 + 100 + 10_000, 10_000), "gone longer than asked");
		assertNull(t.leftRecently("beta", T0 + 200, 10_000), "beta is in view");
		t.view(View.create(alpha, 161, alpha, beta, console), T0 + 3000);
		assertEquals(console, t.addressOf("console"));
		assertNull(t.leftRecently("console", T0 + 3000, 10_000), "back in view");
	}

	@Test
	void onlyAnnouncementsAfterTheViewWasInstalledAreHeardSinceIt() {
		Address alpha = named("alpha");
		Address beta = named("beta");
		Address console = named("console");
		PeerTable t = table();
		t.view(View.create(alpha, 144, alpha, beta, console), T0);
		t.announced(console, new Announcement("console", NodeKind.WITNESS, MemberRole.STANDBY, 0, "h", Stamp.ZERO), T0 + 50);
		t.announced(beta, new Announcement("beta", NodeKind.SERVER_CAPABLE, MemberRole.STANDBY, 0, "h", Stamp.ZERO), T0 + 60);
		assertEquals(Set.of("console", "beta"), t.heardSinceView());
		t.view(View.create(alpha, 145, alpha, console), T0 + 100);
		assertEquals(Set.of(), t.heardSinceView(), "console spoke before this view");
		t.announced(console, new Announcement("console", NodeKind.WITNESS, MemberRole.STANDBY, 0, "h", Stamp.ZERO), T0 + 120);
		t.announced(beta, new Announcement("beta", NodeKind.SERVER_CAPABLE, MemberRole.SERVER, 1, "h", Stamp.ZERO), T0 + 130);
		assertEquals(Set.of("console"), t.heardSinceView(), "beta is not in view");
	}
}
