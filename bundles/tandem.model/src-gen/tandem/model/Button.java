/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Button</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Button#getText <em>Text</em>}</li>
 *   <li>{@link tandem.model.Button#getAction <em>Action</em>}</li>
 *   <li>{@link tandem.model.Button#getTargetVariable <em>Target Variable</em>}</li>
 *   <li>{@link tandem.model.Button#getTargetVariableName <em>Target Variable Name</em>}</li>
 *   <li>{@link tandem.model.Button#getValue <em>Value</em>}</li>
 *   <li>{@link tandem.model.Button#isConfirm <em>Confirm</em>}</li>
 *   <li>{@link tandem.model.Button#getTargetScreen <em>Target Screen</em>}</li>
 *   <li>{@link tandem.model.Button#getAlarmGroup <em>Alarm Group</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getButton()
 * @model
 * @generated
 */
public interface Button extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see tandem.model.TandemPackage#getButton_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link tandem.model.Button#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.ButtonAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see tandem.model.ButtonAction
	 * @see #setAction(ButtonAction)
	 * @see tandem.model.TandemPackage#getButton_Action()
	 * @model
	 * @generated
	 */
	ButtonAction getAction();

	/**
	 * Sets the value of the '{@link tandem.model.Button#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see tandem.model.ButtonAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(ButtonAction value);

	/**
	 * Returns the value of the '<em><b>Target Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WRITE_VALUE: the variable written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Variable</em>' reference.
	 * @see #setTargetVariable(Variable)
	 * @see tandem.model.TandemPackage#getButton_TargetVariable()
	 * @model
	 * @generated
	 */
	Variable getTargetVariable();

	/**
	 * Sets the value of the '{@link tandem.model.Button#getTargetVariable <em>Target Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Variable</em>' reference.
	 * @see #getTargetVariable()
	 * @generated
	 */
	void setTargetVariable(Variable value);

	/**
	 * Returns the value of the '<em><b>Target Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inside a symbol definition: the name of the variable written, with $PARAM placeholders (e.g. "$UNIT.Speed"), used when targetVariable is not set; an instance's expansion substitutes the parameters and resolves the name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Variable Name</em>' attribute.
	 * @see #setTargetVariableName(String)
	 * @see tandem.model.TandemPackage#getButton_TargetVariableName()
	 * @model
	 * @generated
	 */
	String getTargetVariableName();

	/**
	 * Sets the value of the '{@link tandem.model.Button#getTargetVariableName <em>Target Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Variable Name</em>' attribute.
	 * @see #getTargetVariableName()
	 * @generated
	 */
	void setTargetVariableName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WRITE_VALUE: the value written, as text (see Variable.initialValue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see tandem.model.TandemPackage#getButton_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link tandem.model.Button#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Confirm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WRITE_VALUE: the operator confirms the write in a prompt naming the variable and the value before it is sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirm</em>' attribute.
	 * @see #setConfirm(boolean)
	 * @see tandem.model.TandemPackage#getButton_Confirm()
	 * @model
	 * @generated
	 */
	boolean isConfirm();

	/**
	 * Sets the value of the '{@link tandem.model.Button#isConfirm <em>Confirm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirm</em>' attribute.
	 * @see #isConfirm()
	 * @generated
	 */
	void setConfirm(boolean value);

	/**
	 * Returns the value of the '<em><b>Target Screen</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SWITCH_SCREEN: the screen shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Screen</em>' reference.
	 * @see #setTargetScreen(Screen)
	 * @see tandem.model.TandemPackage#getButton_TargetScreen()
	 * @model
	 * @generated
	 */
	Screen getTargetScreen();

	/**
	 * Sets the value of the '{@link tandem.model.Button#getTargetScreen <em>Target Screen</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Screen</em>' reference.
	 * @see #getTargetScreen()
	 * @generated
	 */
	void setTargetScreen(Screen value);

	/**
	 * Returns the value of the '<em><b>Alarm Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ACKNOWLEDGE: acknowledges the alarms of this group, or all visible alarms when null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alarm Group</em>' reference.
	 * @see #setAlarmGroup(AlarmGroup)
	 * @see tandem.model.TandemPackage#getButton_AlarmGroup()
	 * @model
	 * @generated
	 */
	AlarmGroup getAlarmGroup();

	/**
	 * Sets the value of the '{@link tandem.model.Button#getAlarmGroup <em>Alarm Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alarm Group</em>' reference.
	 * @see #getAlarmGroup()
	 * @generated
	 */
	void setAlarmGroup(AlarmGroup value);

} // Button
