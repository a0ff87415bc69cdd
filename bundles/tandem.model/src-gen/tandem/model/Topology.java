/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Topology#getClusterName <em>Cluster Name</em>}</li>
 *   <li>{@link tandem.model.Topology#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link tandem.model.Topology#isRedundancy <em>Redundancy</em>}</li>
 *   <li>{@link tandem.model.Topology#getFailureDetectionTimeoutMs <em>Failure Detection Timeout Ms</em>}</li>
 *   <li>{@link tandem.model.Topology#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}</li>
 *   <li>{@link tandem.model.Topology#getVerifySuspectTimeoutMs <em>Verify Suspect Timeout Ms</em>}</li>
 *   <li>{@link tandem.model.Topology#getNodes <em>Nodes</em>}</li>
 *   <li>{@link tandem.model.Topology#getWitness <em>Witness</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getTopology()
 * @model
 * @generated
 */
public interface Topology extends EObject {
	/**
	 * Returns the value of the '<em><b>Cluster Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster Name</em>' attribute.
	 * @see #setClusterName(String)
	 * @see tandem.model.TandemPackage#getTopology_ClusterName()
	 * @model
	 * @generated
	 */
	String getClusterName();

	/**
	 * Sets the value of the '{@link tandem.model.Topology#getClusterName <em>Cluster Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Name</em>' attribute.
	 * @see #getClusterName()
	 * @generated
	 */
	void setClusterName(String value);

	/**
	 * Returns the value of the '<em><b>Secret Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the cluster secret in the deployment configuration of each node; the secret itself is never in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secret Ref</em>' attribute.
	 * @see #setSecretRef(String)
	 * @see tandem.model.TandemPackage#getTopology_SecretRef()
	 * @model
	 * @generated
	 */
	String getSecretRef();

	/**
	 * Sets the value of the '{@link tandem.model.Topology#getSecretRef <em>Secret Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' attribute.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(String value);

	/**
	 * Returns the value of the '<em><b>Redundancy</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Redundancy</em>' attribute.
	 * @see #setRedundancy(boolean)
	 * @see tandem.model.TandemPackage#getTopology_Redundancy()
	 * @model default="true"
	 * @generated
	 */
	boolean isRedundancy();

	/**
	 * Sets the value of the '{@link tandem.model.Topology#isRedundancy <em>Redundancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Redundancy</em>' attribute.
	 * @see #isRedundancy()
	 * @generated
	 */
	void setRedundancy(boolean value);

	/**
	 * Returns the value of the '<em><b>Failure Detection Timeout Ms</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FD_ALL3 timeout: a silent node is suspected after this long.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure Detection Timeout Ms</em>' attribute.
	 * @see #setFailureDetectionTimeoutMs(int)
	 * @see tandem.model.TandemPackage#getTopology_FailureDetectionTimeoutMs()
	 * @model default="1500"
	 * @generated
	 */
	int getFailureDetectionTimeoutMs();

	/**
	 * Sets the value of the '{@link tandem.model.Topology#getFailureDetectionTimeoutMs <em>Failure Detection Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Detection Timeout Ms</em>' attribute.
	 * @see #getFailureDetectionTimeoutMs()
	 * @generated
	 */
	void setFailureDetectionTimeoutMs(int value);

	/**
	 * Returns the value of the '<em><b>Heartbeat Interval Ms</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heartbeat Interval Ms</em>' attribute.
	 * @see #setHeartbeatIntervalMs(int)
	 * @see tandem.model.TandemPackage#getTopology_HeartbeatIntervalMs()
	 * @model default="500"
	 * @generated
	 */
	int getHeartbeatIntervalMs();

	/**
	 * Sets the value of the '{@link tandem.model.Topology#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heartbeat Interval Ms</em>' attribute.
	 * @see #getHeartbeatIntervalMs()
	 * @generated
	 */
	void setHeartbeatIntervalMs(int value);

	/**
	 * Returns the value of the '<em><b>Verify Suspect Timeout Ms</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verify Suspect Timeout Ms</em>' attribute.
	 * @see #setVerifySuspectTimeoutMs(int)
	 * @see tandem.model.TandemPackage#getTopology_VerifySuspectTimeoutMs()
	 * @model default="300"
	 * @generated
	 */
	int getVerifySuspectTimeoutMs();

	/**
	 * Sets the value of the '{@link tandem.model.Topology#getVerifySuspectTimeoutMs <em>Verify Suspect Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verify Suspect Timeout Ms</em>' attribute.
	 * @see #getVerifySuspectTimeoutMs()
	 * @generated
	 */
	void setVerifySuspectTimeoutMs(int value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getTopology_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Witness</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional third voter that breaks a tie between server and standby: a WITNESS node or an operator CLIENT. Voters are the SERVER_CAPABLE nodes plus this node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Witness</em>' reference.
	 * @see #setWitness(Node)
	 * @see tandem.model.TandemPackage#getTopology_Witness()
	 * @model
	 * @generated
	 */
	Node getWitness();

	/**
	 * Sets the value of the '{@link tandem.model.Topology#getWitness <em>Witness</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Witness</em>' reference.
	 * @see #getWitness()
	 * @generated
	 */
	void setWitness(Node value);

} // Topology
