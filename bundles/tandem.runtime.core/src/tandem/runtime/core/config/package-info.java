/**
 * The runtime's own immutable view of a project ({@link tandem.runtime.core.config.RuntimeConfiguration}),
 * compiled once from the EMF model by {@link tandem.runtime.core.config.ProjectCompiler}. Nothing else in the core
 * touches EMF.
 */
package tandem.runtime.core.config;
