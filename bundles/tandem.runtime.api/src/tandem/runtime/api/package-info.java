/**
 * Live values of a running Tandem node: {@link tandem.runtime.api.Value} with {@link tandem.runtime.api.Quality}
 * and source timestamp, read and subscribed through {@link tandem.runtime.api.VariableAccess}. Display-free; used
 * by the runtime core, the cluster layer and the operator client alike.
 */
package tandem.runtime.api;
