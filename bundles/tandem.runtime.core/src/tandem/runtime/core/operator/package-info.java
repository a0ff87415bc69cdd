/**
 * Operator actions executed in the runtime: login/logout, acknowledge, write, recipe download. Every action checks
 * the user's permission here (not only in a UI), is recorded as an {@link tandem.runtime.api.fact.OperatorAction}
 * (refusals too) and is idempotent by its client-generated action id.
 */
package tandem.runtime.core.operator;
