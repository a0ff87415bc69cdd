/**
 * The alarm engine: limit alarms with hysteresis and delay, binary alarms, and the lifecycle raised →
 * acknowledged → cleared (or cleared unacknowledged → acknowledged). An occurrence is identified by
 * (alarm definition, raise source time), so every node that sees the same values raises the same alarm.
 */
package tandem.runtime.core.alarm;
