package tandem.runtime.api.fact;

/**
 * Steps in an alarm's life. An alarm that clears before anyone acknowledged it goes to
 * {@link #CLEARED_UNACKNOWLEDGED} and stays in the active list until {@link #ACKNOWLEDGED}.
 */
public enum TransitionKind {
	RAISED, ACKNOWLEDGED, CLEARED, CLEARED_UNACKNOWLEDGED
}
