/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limit Alarm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.LimitAlarm#getLowLow <em>Low Low</em>}</li>
 *   <li>{@link tandem.model.LimitAlarm#getLow <em>Low</em>}</li>
 *   <li>{@link tandem.model.LimitAlarm#getHigh <em>High</em>}</li>
 *   <li>{@link tandem.model.LimitAlarm#getHighHigh <em>High High</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getLimitAlarm()
 * @model
 * @generated
 */
public interface LimitAlarm extends Alarm {
	/**
	 * Returns the value of the '<em><b>Low Low</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low Low</em>' containment reference.
	 * @see #setLowLow(LimitDefinition)
	 * @see tandem.model.TandemPackage#getLimitAlarm_LowLow()
	 * @model containment="true"
	 * @generated
	 */
	LimitDefinition getLowLow();

	/**
	 * Sets the value of the '{@link tandem.model.LimitAlarm#getLowLow <em>Low Low</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low Low</em>' containment reference.
	 * @see #getLowLow()
	 * @generated
	 */
	void setLowLow(LimitDefinition value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low</em>' containment reference.
	 * @see #setLow(LimitDefinition)
	 * @see tandem.model.TandemPackage#getLimitAlarm_Low()
	 * @model containment="true"
	 * @generated
	 */
	LimitDefinition getLow();

	/**
	 * Sets the value of the '{@link tandem.model.LimitAlarm#getLow <em>Low</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' containment reference.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(LimitDefinition value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High</em>' containment reference.
	 * @see #setHigh(LimitDefinition)
	 * @see tandem.model.TandemPackage#getLimitAlarm_High()
	 * @model containment="true"
	 * @generated
	 */
	LimitDefinition getHigh();

	/**
	 * Sets the value of the '{@link tandem.model.LimitAlarm#getHigh <em>High</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' containment reference.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(LimitDefinition value);

	/**
	 * Returns the value of the '<em><b>High High</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High High</em>' containment reference.
	 * @see #setHighHigh(LimitDefinition)
	 * @see tandem.model.TandemPackage#getLimitAlarm_HighHigh()
	 * @model containment="true"
	 * @generated
	 */
	LimitDefinition getHighHigh();

	/**
	 * Sets the value of the '{@link tandem.model.LimitAlarm#getHighHigh <em>High High</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High High</em>' containment reference.
	 * @see #getHighHigh()
	 * @generated
	 */
	void setHighHigh(LimitDefinition value);

} // LimitAlarm
