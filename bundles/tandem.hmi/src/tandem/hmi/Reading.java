package tandem.hmi;

/**
 * One variable an element shows, as its tooltip states it.
 *
 * @param variable   variable name
 * @param text       the value formatted for the operator ("—" without data)
 * @param unit       engineering unit, empty when none
 * @param quality    how far it can be trusted
 * @param sourceTime source timestamp (epoch ms), 0 when no value was received
 */
public record Reading(String variable, String text, String unit, ShownQuality quality, long sourceTime) {
}
