/**
 * The process image: polls the drivers at each variable's rate, keeps the current values and notifies
 * subscribers (alarm engine, archive recorder, clients).
 */
package tandem.runtime.core.image;
