/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Replaces the element's text by the value: bool variables show trueText/falseText, others the value formatted with format.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.TextBinding#getFormat <em>Format</em>}</li>
 *   <li>{@link tandem.model.TextBinding#getTrueText <em>True Text</em>}</li>
 *   <li>{@link tandem.model.TextBinding#getFalseText <em>False Text</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getTextBinding()
 * @model
 * @generated
 */
public interface TextBinding extends DynamicBinding {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see tandem.model.TandemPackage#getTextBinding_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link tandem.model.TextBinding#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>True Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>True Text</em>' attribute.
	 * @see #setTrueText(String)
	 * @see tandem.model.TandemPackage#getTextBinding_TrueText()
	 * @model
	 * @generated
	 */
	String getTrueText();

	/**
	 * Sets the value of the '{@link tandem.model.TextBinding#getTrueText <em>True Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>True Text</em>' attribute.
	 * @see #getTrueText()
	 * @generated
	 */
	void setTrueText(String value);

	/**
	 * Returns the value of the '<em><b>False Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>False Text</em>' attribute.
	 * @see #setFalseText(String)
	 * @see tandem.model.TandemPackage#getTextBinding_FalseText()
	 * @model
	 * @generated
	 */
	String getFalseText();

	/**
	 * Sets the value of the '{@link tandem.model.TextBinding#getFalseText <em>False Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>False Text</em>' attribute.
	 * @see #getFalseText()
	 * @generated
	 */
	void setFalseText(String value);

} // TextBinding
