package tandem.hmi;

/**
 * What a piece of station information means to the operator, independent of how a screen colours it: the SWT
 * palette maps each tone to one colour so the whole window speaks the same colour language.
 */
public enum Tone {
	/** Ordinary information. */
	NORMAL,
	/** Everything as it should be (connected, confirmed). */
	GOOD,
	/** Attention: the picture may lag or an action is not yet confirmed. */
	WARNING,
	/** Something is wrong: no server, refused action, bad value. */
	ALARM,
	/** Not live: the last known value of a frozen picture. */
	STALE
}
