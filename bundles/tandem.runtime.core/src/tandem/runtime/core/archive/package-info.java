/**
 * Archiving: which new values become {@link tandem.runtime.api.fact.ArchiveSample}s (cyclic, on change with a
 * deadband, on an event), and retention.
 */
package tandem.runtime.core.archive;
