/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cel List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.CelList#getMaxRows <em>Max Rows</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getCelList()
 * @model
 * @generated
 */
public interface CelList extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Max Rows</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Rows</em>' attribute.
	 * @see #setMaxRows(int)
	 * @see tandem.model.TandemPackage#getCelList_MaxRows()
	 * @model default="200"
	 * @generated
	 */
	int getMaxRows();

	/**
	 * Sets the value of the '{@link tandem.model.CelList#getMaxRows <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Rows</em>' attribute.
	 * @see #getMaxRows()
	 * @generated
	 */
	void setMaxRows(int value);

} // CelList
