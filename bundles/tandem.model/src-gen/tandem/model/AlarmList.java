/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alarm List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.AlarmList#getGroup <em>Group</em>}</li>
 *   <li>{@link tandem.model.AlarmList#getMaxRows <em>Max Rows</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getAlarmList()
 * @model
 * @generated
 */
public interface AlarmList extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shows only this group's alarms; all alarms when null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(AlarmGroup)
	 * @see tandem.model.TandemPackage#getAlarmList_Group()
	 * @model
	 * @generated
	 */
	AlarmGroup getGroup();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmList#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(AlarmGroup value);

	/**
	 * Returns the value of the '<em><b>Max Rows</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Rows</em>' attribute.
	 * @see #setMaxRows(int)
	 * @see tandem.model.TandemPackage#getAlarmList_MaxRows()
	 * @model default="50"
	 * @generated
	 */
	int getMaxRows();

	/**
	 * Sets the value of the '{@link tandem.model.AlarmList#getMaxRows <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Rows</em>' attribute.
	 * @see #getMaxRows()
	 * @generated
	 */
	void setMaxRows(int value);

} // AlarmList
