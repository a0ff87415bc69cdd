package tandem.runtime.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.NodeKind;
import tandem.runtime.cluster.Stamp;

class AnnouncementWireTest {

	private static Announcement witness(Announcement.Grants g) {
		return new Announcement("console", NodeKind.WITNESS, MemberRole.WITNESS, 3, "hash", new Stamp(3, 40), true,
				"beta", 4, g);
	}

	@Test
	void aVotersLeaseGrantsTravelWithItsAnnouncement() throws IOException {
		Announcement a = witness(new Announcement.Grants(4, Map.of("alpha", 2310L, "beta", 12L)));
		assertEquals(a, Wire.announcement(Wire.announcement(a)));
		Announcement none = witness(null);
		assertNull(Wire.announcement(Wire.announcement(none)).grants(), "a member that reports no grants");
	}

	@Test
	void anAnnouncementOfAnOlderVersionIsReadWithoutGrants() throws IOException {
		byte[] full = Wire.announcement(witness(new Announcement.Grants(4, Map.of("alpha", 5L))));
		byte[] older = Wire.announcement(witness(null));
		assertTrue(older.length < full.length);
		Announcement read = Wire.announcement(Arrays.copyOf(full, older.length));
		assertNull(read.grants());
		assertEquals("beta", read.follows());
	}

	@Test
	void malformedGrantsAreRefusedNamingWhatIsWrong() {
		byte[] head = Wire.announcement(witness(null));
		IOException negative = assertThrows(IOException.class, () -> Wire.announcement(grants(head, 4, 1, "alpha", -7)));
		assertTrue(negative.getMessage().contains("echoed alpha -7 ms ago"), negative.getMessage());
		IOException tooMany = assertThrows(IOException.class, () -> Wire.announcement(grants(head, 4, 5000, "alpha", 1)));
		assertTrue(tooMany.getMessage().contains("for 5000 nodes"), tooMany.getMessage());
		assertThrows(IOException.class, () -> Wire.announcement(grants(head, 4, 2, "alpha", 1)), "a list cut short");
	}

	private static byte[] grants(byte[] head, long epoch, int count, String node, long ago) throws IOException {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(b);
		out.write(head);
		out.writeLong(epoch);
		out.writeShort(count);
		out.writeUTF(node);
		out.writeLong(ago);
		out.flush();
		return b.toByteArray();
	}
}
