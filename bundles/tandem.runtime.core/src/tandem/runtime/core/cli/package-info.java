/**
 * Headless commands behind the {@code tandem node} and {@code tandem export} launcher verbs.
 */
package tandem.runtime.core.cli;
