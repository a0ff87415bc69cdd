/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Node#getHost <em>Host</em>}</li>
 *   <li>{@link tandem.model.Node#getPort <em>Port</em>}</li>
 *   <li>{@link tandem.model.Node#getRole <em>Role</em>}</li>
 *   <li>{@link tandem.model.Node#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * The default value is <code>"127.0.0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see tandem.model.TandemPackage#getNode_Host()
	 * @model default="127.0.0.1"
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link tandem.model.Node#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"7800"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see tandem.model.TandemPackage#getNode_Port()
	 * @model default="7800"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link tandem.model.Node#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.NodeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see tandem.model.NodeRole
	 * @see #setRole(NodeRole)
	 * @see tandem.model.TandemPackage#getNode_Role()
	 * @model
	 * @generated
	 */
	NodeRole getRole();

	/**
	 * Sets the value of the '{@link tandem.model.Node#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see tandem.model.NodeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(NodeRole value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Server-capable nodes: 1 = primary server, 2 = first standby, ...; lower number wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see tandem.model.TandemPackage#getNode_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link tandem.model.Node#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

} // Node
