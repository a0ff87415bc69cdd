package tandem.runtime.api.fact;

/** Filter categories of the chronological event list. */
public enum CelCategory {
	ALARM, OPERATOR, SYSTEM
}
