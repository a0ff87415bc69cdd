/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Modbus Tcp Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.ModbusTcpDriver#getHost <em>Host</em>}</li>
 *   <li>{@link tandem.model.ModbusTcpDriver#getPort <em>Port</em>}</li>
 *   <li>{@link tandem.model.ModbusTcpDriver#getUnitId <em>Unit Id</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getModbusTcpDriver()
 * @model
 * @generated
 */
public interface ModbusTcpDriver extends Driver {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see tandem.model.TandemPackage#getModbusTcpDriver_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link tandem.model.ModbusTcpDriver#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"502"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see tandem.model.TandemPackage#getModbusTcpDriver_Port()
	 * @model default="502"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link tandem.model.ModbusTcpDriver#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Unit Id</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Id</em>' attribute.
	 * @see #setUnitId(int)
	 * @see tandem.model.TandemPackage#getModbusTcpDriver_UnitId()
	 * @model default="1"
	 * @generated
	 */
	int getUnitId();

	/**
	 * Sets the value of the '{@link tandem.model.ModbusTcpDriver#getUnitId <em>Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Id</em>' attribute.
	 * @see #getUnitId()
	 * @generated
	 */
	void setUnitId(int value);

} // ModbusTcpDriver
