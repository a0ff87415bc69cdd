package tandem.runtime.driver.modbus;

import java.util.Locale;

/**
 * How a device lays a multi-byte value over its registers, per device. Named by where the bytes of the big-endian
 * value {@code ABCD} land, register by register: {@code ABCD} (big endian, the Modbus default), {@code CDAB} (words
 * swapped, common on PLCs), {@code BADC} (bytes swapped in each register), {@code DCBA} (little endian). For 64-bit
 * values the same rule applies to four registers ({@code CDAB} then means {@code GH EF CD AB}); for 16-bit values
 * only the byte swap matters.
 */
enum WordOrder {
	ABCD(false, false), CDAB(true, false), BADC(false, true), DCBA(true, true);

	private final boolean swapWords;
	private final boolean swapBytes;

	WordOrder(boolean swapWords, boolean swapBytes) {
		this.swapWords = swapWords;
		this.swapBytes = swapBytes;
	}

	static WordOrder parse(String driver, String text) {
		if (text == null || text.isBlank()) {
			return ABCD;
		}
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("modbus-tcp driver " + driver + ": word order '" + text
					+ "' is not one of ABCD, CDAB, BADC, DCBA", e);
		}
	}

	/**
	 * Rearranges {@code count} registers starting at byte {@code from} of {@code wire} (device order) into the
	 * big-endian value bytes; the same rearrangement turns value bytes into device order, it is its own inverse.
	 */
	byte[] arrange(byte[] wire, int from, int count) {
		byte[] out = new byte[count * 2];
		for (int r = 0; r < count; r++) {
			int source = from + 2 * (swapWords ? count - 1 - r : r);
			out[2 * r] = wire[swapBytes ? source + 1 : source];
			out[2 * r + 1] = wire[swapBytes ? source : source + 1];
		}
		return out;
	}
}
