/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Numeric Display</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.NumericDisplay#getVariable <em>Variable</em>}</li>
 *   <li>{@link tandem.model.NumericDisplay#getVariableName <em>Variable Name</em>}</li>
 *   <li>{@link tandem.model.NumericDisplay#getFormat <em>Format</em>}</li>
 *   <li>{@link tandem.model.NumericDisplay#isShowUnit <em>Show Unit</em>}</li>
 *   <li>{@link tandem.model.NumericDisplay#getAlignment <em>Alignment</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getNumericDisplay()
 * @model
 * @generated
 */
public interface NumericDisplay extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variable</em>' reference.
	 * @see #setVariable(Variable)
	 * @see tandem.model.TandemPackage#getNumericDisplay_Variable()
	 * @model
	 * @generated
	 */
	Variable getVariable();

	/**
	 * Sets the value of the '{@link tandem.model.NumericDisplay#getVariable <em>Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' reference.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(Variable value);

	/**
	 * Returns the value of the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inside a symbol definition: the name of the displayed variable, with $PARAM placeholders (e.g. "$UNIT.Speed"), used when variable is not set; an instance's expansion substitutes the parameters and resolves the name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable Name</em>' attribute.
	 * @see #setVariableName(String)
	 * @see tandem.model.TandemPackage#getNumericDisplay_VariableName()
	 * @model
	 * @generated
	 */
	String getVariableName();

	/**
	 * Sets the value of the '{@link tandem.model.NumericDisplay#getVariableName <em>Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable Name</em>' attribute.
	 * @see #getVariableName()
	 * @generated
	 */
	void setVariableName(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The default value is <code>"%.1f"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * java.util.Formatter pattern for the value, e.g. "%.2f" or "%d".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see tandem.model.TandemPackage#getNumericDisplay_Format()
	 * @model default="%.1f"
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link tandem.model.NumericDisplay#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Show Unit</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Show Unit</em>' attribute.
	 * @see #setShowUnit(boolean)
	 * @see tandem.model.TandemPackage#getNumericDisplay_ShowUnit()
	 * @model default="true"
	 * @generated
	 */
	boolean isShowUnit();

	/**
	 * Sets the value of the '{@link tandem.model.NumericDisplay#isShowUnit <em>Show Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Show Unit</em>' attribute.
	 * @see #isShowUnit()
	 * @generated
	 */
	void setShowUnit(boolean value);

	/**
	 * Returns the value of the '<em><b>Alignment</b></em>' attribute.
	 * The default value is <code>"RIGHT"</code>.
	 * The literals are from the enumeration {@link tandem.model.TextAlignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alignment</em>' attribute.
	 * @see tandem.model.TextAlignment
	 * @see #setAlignment(TextAlignment)
	 * @see tandem.model.TandemPackage#getNumericDisplay_Alignment()
	 * @model default="RIGHT"
	 * @generated
	 */
	TextAlignment getAlignment();

	/**
	 * Sets the value of the '{@link tandem.model.NumericDisplay#getAlignment <em>Alignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alignment</em>' attribute.
	 * @see tandem.model.TextAlignment
	 * @see #getAlignment()
	 * @generated
	 */
	void setAlignment(TextAlignment value);

} // NumericDisplay
