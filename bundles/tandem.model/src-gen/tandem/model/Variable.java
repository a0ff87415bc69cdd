/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Variable#getDescription <em>Description</em>}</li>
 *   <li>{@link tandem.model.Variable#getDataType <em>Data Type</em>}</li>
 *   <li>{@link tandem.model.Variable#getUnit <em>Unit</em>}</li>
 *   <li>{@link tandem.model.Variable#getRangeMin <em>Range Min</em>}</li>
 *   <li>{@link tandem.model.Variable#getRangeMax <em>Range Max</em>}</li>
 *   <li>{@link tandem.model.Variable#getInitialValue <em>Initial Value</em>}</li>
 *   <li>{@link tandem.model.Variable#isWritable <em>Writable</em>}</li>
 *   <li>{@link tandem.model.Variable#getDriver <em>Driver</em>}</li>
 *   <li>{@link tandem.model.Variable#getAddress <em>Address</em>}</li>
 *   <li>{@link tandem.model.Variable#getRateMs <em>Rate Ms</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getVariable()
 * @model
 * @generated
 */
public interface Variable extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see tandem.model.TandemPackage#getVariable_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.DataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see tandem.model.DataType
	 * @see #setDataType(DataType)
	 * @see tandem.model.TandemPackage#getVariable_DataType()
	 * @model
	 * @generated
	 */
	DataType getDataType();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see tandem.model.DataType
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(DataType value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see tandem.model.TandemPackage#getVariable_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Range Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower end of the engineering range; null when the variable has no range (bool, string).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Range Min</em>' attribute.
	 * @see #setRangeMin(Double)
	 * @see tandem.model.TandemPackage#getVariable_RangeMin()
	 * @model
	 * @generated
	 */
	Double getRangeMin();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getRangeMin <em>Range Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range Min</em>' attribute.
	 * @see #getRangeMin()
	 * @generated
	 */
	void setRangeMin(Double value);

	/**
	 * Returns the value of the '<em><b>Range Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Range Max</em>' attribute.
	 * @see #setRangeMax(Double)
	 * @see tandem.model.TandemPackage#getVariable_RangeMax()
	 * @model
	 * @generated
	 */
	Double getRangeMax();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getRangeMax <em>Range Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range Max</em>' attribute.
	 * @see #getRangeMax()
	 * @generated
	 */
	void setRangeMax(Double value);

	/**
	 * Returns the value of the '<em><b>Initial Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value before the first reading, as text: "true"/"false", an integer, a decimal number with '.' or any string.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Value</em>' attribute.
	 * @see #setInitialValue(String)
	 * @see tandem.model.TandemPackage#getVariable_InitialValue()
	 * @model
	 * @generated
	 */
	String getInitialValue();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getInitialValue <em>Initial Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Value</em>' attribute.
	 * @see #getInitialValue()
	 * @generated
	 */
	void setInitialValue(String value);

	/**
	 * Returns the value of the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writable</em>' attribute.
	 * @see #setWritable(boolean)
	 * @see tandem.model.TandemPackage#getVariable_Writable()
	 * @model
	 * @generated
	 */
	boolean isWritable();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#isWritable <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable</em>' attribute.
	 * @see #isWritable()
	 * @generated
	 */
	void setWritable(boolean value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' reference.
	 * @see #setDriver(Driver)
	 * @see tandem.model.TandemPackage#getVariable_Driver()
	 * @model
	 * @generated
	 */
	Driver getDriver();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getDriver <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Driver value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Driver address: Modbus "40001".."49999", "30001".."39999", "00001".."09999", "10001".."19999" or "HR:12"/"IR:12"/"CO:12"/"DI:12"; OPC UA node id "ns=2;s=..." (also i=, g=, b=); simulator: any non-empty text, e.g. a signal shape "sine(60,0,10)".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see tandem.model.TandemPackage#getVariable_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Rate Ms</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Poll period, or sampling interval of an OPC UA subscription, in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate Ms</em>' attribute.
	 * @see #setRateMs(int)
	 * @see tandem.model.TandemPackage#getVariable_RateMs()
	 * @model default="1000"
	 * @generated
	 */
	int getRateMs();

	/**
	 * Sets the value of the '{@link tandem.model.Variable#getRateMs <em>Rate Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Ms</em>' attribute.
	 * @see #getRateMs()
	 * @generated
	 */
	void setRateMs(int value);

} // Variable
