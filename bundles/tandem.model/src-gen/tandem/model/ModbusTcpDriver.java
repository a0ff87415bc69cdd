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
 *   <li>{@link tandem.model.ModbusTcpDriver#getWordOrder <em>Word Order</em>}</li>
 *   <li>{@link tandem.model.ModbusTcpDriver#getTimeoutMs <em>Timeout Ms</em>}</li>
 *   <li>{@link tandem.model.ModbusTcpDriver#getMaxRegistersPerRead <em>Max Registers Per Read</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Word Order</b></em>' attribute.
	 * The default value is <code>"ABCD"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the device lays 32- and 64-bit values over its registers: ABCD (big endian), CDAB (words swapped), BADC (bytes swapped), DCBA (little endian).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Order</em>' attribute.
	 * @see #setWordOrder(String)
	 * @see tandem.model.TandemPackage#getModbusTcpDriver_WordOrder()
	 * @model default="ABCD"
	 * @generated
	 */
	String getWordOrder();

	/**
	 * Sets the value of the '{@link tandem.model.ModbusTcpDriver#getWordOrder <em>Word Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Word Order</em>' attribute.
	 * @see #getWordOrder()
	 * @generated
	 */
	void setWordOrder(String value);

	/**
	 * Returns the value of the '<em><b>Timeout Ms</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the driver waits for the device's answer to one request (and for a connection).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout Ms</em>' attribute.
	 * @see #setTimeoutMs(int)
	 * @see tandem.model.TandemPackage#getModbusTcpDriver_TimeoutMs()
	 * @model default="1000"
	 * @generated
	 */
	int getTimeoutMs();

	/**
	 * Sets the value of the '{@link tandem.model.ModbusTcpDriver#getTimeoutMs <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Ms</em>' attribute.
	 * @see #getTimeoutMs()
	 * @generated
	 */
	void setTimeoutMs(int value);

	/**
	 * Returns the value of the '<em><b>Max Registers Per Read</b></em>' attribute.
	 * The default value is <code>"125"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most registers one read request may ask for: the protocol allows 125, many devices fewer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Registers Per Read</em>' attribute.
	 * @see #setMaxRegistersPerRead(int)
	 * @see tandem.model.TandemPackage#getModbusTcpDriver_MaxRegistersPerRead()
	 * @model default="125"
	 * @generated
	 */
	int getMaxRegistersPerRead();

	/**
	 * Sets the value of the '{@link tandem.model.ModbusTcpDriver#getMaxRegistersPerRead <em>Max Registers Per Read</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Registers Per Read</em>' attribute.
	 * @see #getMaxRegistersPerRead()
	 * @generated
	 */
	void setMaxRegistersPerRead(int value);

} // ModbusTcpDriver
