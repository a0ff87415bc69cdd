/**
 */
package tandem.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limit Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One limit of a limit alarm. A high limit comes when value > limit for delayMs and goes when value < limit - hysteresis; a low limit mirrors it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.LimitDefinition#getValue <em>Value</em>}</li>
 *   <li>{@link tandem.model.LimitDefinition#getHysteresis <em>Hysteresis</em>}</li>
 *   <li>{@link tandem.model.LimitDefinition#getDelayMs <em>Delay Ms</em>}</li>
 *   <li>{@link tandem.model.LimitDefinition#getAlarmClass <em>Alarm Class</em>}</li>
 *   <li>{@link tandem.model.LimitDefinition#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getLimitDefinition()
 * @model
 * @generated
 */
public interface LimitDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see tandem.model.TandemPackage#getLimitDefinition_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link tandem.model.LimitDefinition#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Hysteresis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hysteresis</em>' attribute.
	 * @see #setHysteresis(double)
	 * @see tandem.model.TandemPackage#getLimitDefinition_Hysteresis()
	 * @model
	 * @generated
	 */
	double getHysteresis();

	/**
	 * Sets the value of the '{@link tandem.model.LimitDefinition#getHysteresis <em>Hysteresis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hysteresis</em>' attribute.
	 * @see #getHysteresis()
	 * @generated
	 */
	void setHysteresis(double value);

	/**
	 * Returns the value of the '<em><b>Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay Ms</em>' attribute.
	 * @see #setDelayMs(int)
	 * @see tandem.model.TandemPackage#getLimitDefinition_DelayMs()
	 * @model
	 * @generated
	 */
	int getDelayMs();

	/**
	 * Sets the value of the '{@link tandem.model.LimitDefinition#getDelayMs <em>Delay Ms</em>}' attribute.
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
	 * @see tandem.model.TandemPackage#getLimitDefinition_AlarmClass()
	 * @model
	 * @generated
	 */
	AlarmClass getAlarmClass();

	/**
	 * Sets the value of the '{@link tandem.model.LimitDefinition#getAlarmClass <em>Alarm Class</em>}' reference.
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
	 * @see tandem.model.TandemPackage#getLimitDefinition_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link tandem.model.LimitDefinition#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // LimitDefinition
