/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rectangle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Rectangle#getCornerRadius <em>Corner Radius</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getRectangle()
 * @model
 * @generated
 */
public interface Rectangle extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Corner Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Corner Radius</em>' attribute.
	 * @see #setCornerRadius(int)
	 * @see tandem.model.TandemPackage#getRectangle_CornerRadius()
	 * @model
	 * @generated
	 */
	int getCornerRadius();

	/**
	 * Sets the value of the '{@link tandem.model.Rectangle#getCornerRadius <em>Corner Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Corner Radius</em>' attribute.
	 * @see #getCornerRadius()
	 * @generated
	 */
	void setCornerRadius(int value);

} // Rectangle
