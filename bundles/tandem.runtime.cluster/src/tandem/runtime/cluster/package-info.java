/**
 * Redundancy core of Tandem: one JGroups channel per node, roles (server, standby, client, studio, witness) from the
 * view, the topology priority and the epoch, replication of every fact to the standby with acknowledged operator
 * actions, the standby's shadow buffer for the seamless window, range-digest alignment and the headless client
 * connection. Start with {@link tandem.runtime.cluster.ClusterMember}; the runtime plugs in its history through
 * {@link tandem.runtime.cluster.FactStore}.
 */
package tandem.runtime.cluster;
