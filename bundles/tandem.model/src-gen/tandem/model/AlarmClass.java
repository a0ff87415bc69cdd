/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alarm Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.AlarmClass#getPriority <em>Priority</em>}</li>
 *   <li>{@link tandem.model.AlarmClass#getActiveColor <em>Active Color</em>}</li>
 *   <li>{@link tandem.model.AlarmClass#getAcknowledgedColor <em>Acknowledged Color</em>}</li>
 *   <li>{@link tandem.model.AlarmClass#getInactiveColor <em>Inactive Color</em>}</li>
 *   <li>{@link tandem.model.AlarmClass#getTextColor <em>Text Color</em>}</li>
 *   <li>{@link tandem.model.AlarmClass#isAckRequired <em>Ack Required</em>}</li>
 *   <li>{@link tandem.model.AlarmClass#getMaxShelveMinutes <em>Max Shelve Minutes</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getAlarmClass()
 * @model
 * @generated
 */
public interface AlarmClass extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Higher number = more important; alarm lists sort by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see tandem.model.TandemPackage#getAlarmClass_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmClass#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Active Color</b></em>' attribute.
	 * The default value is <code>"#FF0000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Color</em>' attribute.
	 * @see #setActiveColor(String)
	 * @see tandem.model.TandemPackage#getAlarmClass_ActiveColor()
	 * @model default="#FF0000"
	 * @generated
	 */
	String getActiveColor();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmClass#getActiveColor <em>Active Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Color</em>' attribute.
	 * @see #getActiveColor()
	 * @generated
	 */
	void setActiveColor(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledged Color</b></em>' attribute.
	 * The default value is <code>"#FFFF00"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged Color</em>' attribute.
	 * @see #setAcknowledgedColor(String)
	 * @see tandem.model.TandemPackage#getAlarmClass_AcknowledgedColor()
	 * @model default="#FFFF00"
	 * @generated
	 */
	String getAcknowledgedColor();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmClass#getAcknowledgedColor <em>Acknowledged Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged Color</em>' attribute.
	 * @see #getAcknowledgedColor()
	 * @generated
	 */
	void setAcknowledgedColor(String value);

	/**
	 * Returns the value of the '<em><b>Inactive Color</b></em>' attribute.
	 * The default value is <code>"#00C000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour of an alarm that has gone but still waits for acknowledgement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inactive Color</em>' attribute.
	 * @see #setInactiveColor(String)
	 * @see tandem.model.TandemPackage#getAlarmClass_InactiveColor()
	 * @model default="#00C000"
	 * @generated
	 */
	String getInactiveColor();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmClass#getInactiveColor <em>Inactive Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inactive Color</em>' attribute.
	 * @see #getInactiveColor()
	 * @generated
	 */
	void setInactiveColor(String value);

	/**
	 * Returns the value of the '<em><b>Text Color</b></em>' attribute.
	 * The default value is <code>"#000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Color</em>' attribute.
	 * @see #setTextColor(String)
	 * @see tandem.model.TandemPackage#getAlarmClass_TextColor()
	 * @model default="#000000"
	 * @generated
	 */
	String getTextColor();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmClass#getTextColor <em>Text Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Color</em>' attribute.
	 * @see #getTextColor()
	 * @generated
	 */
	void setTextColor(String value);

	/**
	 * Returns the value of the '<em><b>Ack Required</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ack Required</em>' attribute.
	 * @see #setAckRequired(boolean)
	 * @see tandem.model.TandemPackage#getAlarmClass_AckRequired()
	 * @model default="true"
	 * @generated
	 */
	boolean isAckRequired();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmClass#isAckRequired <em>Ack Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ack Required</em>' attribute.
	 * @see #isAckRequired()
	 * @generated
	 */
	void setAckRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Max Shelve Minutes</b></em>' attribute.
	 * The default value is <code>"480"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The longest an operator may shelve an alarm of this class, in minutes (a timed shelve, and the bound of a one-shot shelve); 0: alarms of this class cannot be shelved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Shelve Minutes</em>' attribute.
	 * @see #setMaxShelveMinutes(int)
	 * @see tandem.model.TandemPackage#getAlarmClass_MaxShelveMinutes()
	 * @model default="480"
	 * @generated
	 */
	int getMaxShelveMinutes();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmClass#getMaxShelveMinutes <em>Max Shelve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Shelve Minutes</em>' attribute.
	 * @see #getMaxShelveMinutes()
	 * @generated
	 */
	void setMaxShelveMinutes(int value);

} // AlarmClass
