/**
 * The operator station's connection to a redundant plant over the cluster:
 * {@link tandem.runtime.redundancy.client.ClusterPlantConnection}, headless, used by the SWT operator client.
 */
package tandem.runtime.redundancy.client;
