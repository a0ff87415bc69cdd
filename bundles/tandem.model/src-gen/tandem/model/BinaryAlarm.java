/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Binary Alarm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.BinaryAlarm#isAlarmState <em>Alarm State</em>}</li>
 *   <li>{@link tandem.model.BinaryAlarm#getDelayMs <em>Delay Ms</em>}</li>
 *   <li>{@link tandem.model.BinaryAlarm#getAlarmClass <em>Alarm Class</em>}</li>
 *   <li>{@link tandem.model.BinaryAlarm#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getBinaryAlarm()
 * @model
 * @generated
 */
public interface BinaryAlarm extends Alarm {
	/**
	 * Returns the value of the '<em><b>Alarm State</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of the bool variable that means "alarm".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alarm State</em>' attribute.
	 * @see #setAlarmState(boolean)
	 * @see tandem.model.TandemPackage#getBinaryAlarm_AlarmState()
	 * @model default="true"
	 * @generated
	 */
	boolean isAlarmState();

	/**
	 * Sets the value of the '{@link tandem.model.BinaryAlarm#isAlarmState <em>Alarm State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alarm State</em>' attribute.
	 * @see #isAlarmState()
	 * @generated
	 */
	void setAlarmState(boolean value);

	/**
	 * Returns the value of the '<em><b>Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay Ms</em>' attribute.
	 * @see #setDelayMs(int)
	 * @see tandem.model.TandemPackage#getBinaryAlarm_DelayMs()
	 * @model
	 * @generated
	 */
	int getDelayMs();

	/**
	 * Sets the value of the '{@link tandem.model.BinaryAlarm#getDelayMs <em>Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay Ms</em>' attribute.
	 * @see #getDelayMs()
	 * @generated
	 */
	void setDelayMs(int value);

	/**
	 * Returns the value of the '<em><b>Alarm Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alarm Class</em>' reference.
	 * @see #setAlarmClass(AlarmClass)
	 * @see tandem.model.TandemPackage#getBinaryAlarm_AlarmClass()
	 * @model
	 * @generated
	 */
	AlarmClass getAlarmClass();

	/**
	 * Sets the value of the '{@link tandem.model.BinaryAlarm#getAlarmClass <em>Alarm Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alarm Class</em>' reference.
	 * @see #getAlarmClass()
	 * @generated
	 */
	void setAlarmClass(AlarmClass value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see tandem.model.TandemPackage#getBinaryAlarm_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link tandem.model.BinaryAlarm#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // BinaryAlarm
