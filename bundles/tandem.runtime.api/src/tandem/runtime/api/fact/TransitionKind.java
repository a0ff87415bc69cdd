package tandem.runtime.api.fact;

/**
 * Steps in an alarm's life. An alarm that clears before anyone acknowledged it goes to
 * {@link #CLEARED_UNACKNOWLEDGED} and stays in the active list until {@link #ACKNOWLEDGED}.
 *
 * <p>{@link #MERGED} is not a step of the plant but of the record: two sides of a partition (or two nodes that
 * each started alone) that both saw one continuous condition raised it at different times; after they align, the
 * later occurrence is declared the same alarm as the earlier one ({@link AlarmTransition#mergedInto()}) and
 * disappears from every list. Its time is its own raise time, so every node that decides the merge records the
 * identical fact.
 */
public enum TransitionKind {
	RAISED, ACKNOWLEDGED, CLEARED, CLEARED_UNACKNOWLEDGED, MERGED
}
