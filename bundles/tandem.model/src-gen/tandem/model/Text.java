/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Text#getText <em>Text</em>}</li>
 *   <li>{@link tandem.model.Text#getAlignment <em>Alignment</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getText()
 * @model
 * @generated
 */
public interface Text extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see tandem.model.TandemPackage#getText_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link tandem.model.Text#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Alignment</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.TextAlignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alignment</em>' attribute.
	 * @see tandem.model.TextAlignment
	 * @see #setAlignment(TextAlignment)
	 * @see tandem.model.TandemPackage#getText_Alignment()
	 * @model
	 * @generated
	 */
	TextAlignment getAlignment();

	/**
	 * Sets the value of the '{@link tandem.model.Text#getAlignment <em>Alignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alignment</em>' attribute.
	 * @see tandem.model.TextAlignment
	 * @see #getAlignment()
	 * @generated
	 */
	void setAlignment(TextAlignment value);

} // Text
