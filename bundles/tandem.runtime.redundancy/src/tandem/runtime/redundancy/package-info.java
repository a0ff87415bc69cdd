/**
 * A redundant runtime node: a runtime node (process image, alarms, archives, operator actions on an H2 history)
 * joined to its project's cluster, so that a server and a standby run one project together without losing a fact
 * when the server dies. {@link tandem.runtime.redundancy.RedundantNode} is the node,
 * {@link tandem.runtime.redundancy.TopologySettings} turns the project topology into cluster settings, and
 * {@link tandem.runtime.redundancy.HistoryFactStore} lets the cluster replicate into and align the H2 history.
 */
package tandem.runtime.redundancy;
