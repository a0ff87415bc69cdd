/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opc Ua Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.OpcUaDriver#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link tandem.model.OpcUaDriver#getSecurityPolicy <em>Security Policy</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getOpcUaDriver()
 * @model
 * @generated
 */
public interface OpcUaDriver extends Driver {
	/**
	 * Returns the value of the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint</em>' attribute.
	 * @see #setEndpoint(String)
	 * @see tandem.model.TandemPackage#getOpcUaDriver_Endpoint()
	 * @model
	 * @generated
	 */
	String getEndpoint();

	/**
	 * Sets the value of the '{@link tandem.model.OpcUaDriver#getEndpoint <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint</em>' attribute.
	 * @see #getEndpoint()
	 * @generated
	 */
	void setEndpoint(String value);

	/**
	 * Returns the value of the '<em><b>Security Policy</b></em>' attribute.
	 * The default value is <code>"None"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Policy</em>' attribute.
	 * @see #setSecurityPolicy(String)
	 * @see tandem.model.TandemPackage#getOpcUaDriver_SecurityPolicy()
	 * @model default="None"
	 * @generated
	 */
	String getSecurityPolicy();

	/**
	 * Sets the value of the '{@link tandem.model.OpcUaDriver#getSecurityPolicy <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Policy</em>' attribute.
	 * @see #getSecurityPolicy()
	 * @generated
	 */
	void setSecurityPolicy(String value);

} // OpcUaDriver
