package tandem.runtime.api;

/**
 * How far a value can be trusted. {@link #INVALID} means the driver that delivers the variable is lost (no
 * connection); {@link #BAD} means the driver answered but the value is not usable.
 */
public enum Quality {
	GOOD, UNCERTAIN, BAD, INVALID;

	/** Stable one-byte code for storage and replication; never reorder the constants. */
	public byte code() {
		return (byte) ordinal();
	}

	public static Quality ofCode(int code) {
		Quality[] all = values();
		if (code < 0 || code >= all.length) {
			throw new IllegalArgumentException("unknown quality code " + code);
		}
		return all[code];
	}
}
