/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bar Graph</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.BarGraph#getVariable <em>Variable</em>}</li>
 *   <li>{@link tandem.model.BarGraph#getVariableName <em>Variable Name</em>}</li>
 *   <li>{@link tandem.model.BarGraph#getOrientation <em>Orientation</em>}</li>
 *   <li>{@link tandem.model.BarGraph#getBarColor <em>Bar Color</em>}</li>
 *   <li>{@link tandem.model.BarGraph#isShowScale <em>Show Scale</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getBarGraph()
 * @model
 * @generated
 */
public interface BarGraph extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variable</em>' reference.
	 * @see #setVariable(Variable)
	 * @see tandem.model.TandemPackage#getBarGraph_Variable()
	 * @model
	 * @generated
	 */
	Variable getVariable();

	/**
	 * Sets the value of the '{@link tandem.model.BarGraph#getVariable <em>Variable</em>}' reference.
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
	 * Inside a symbol definition: the name of the variable shown, with $PARAM placeholders (e.g. "$UNIT.Speed"), used when variable is not set; an instance's expansion substitutes the parameters and resolves the name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable Name</em>' attribute.
	 * @see #setVariableName(String)
	 * @see tandem.model.TandemPackage#getBarGraph_VariableName()
	 * @model
	 * @generated
	 */
	String getVariableName();

	/**
	 * Sets the value of the '{@link tandem.model.BarGraph#getVariableName <em>Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable Name</em>' attribute.
	 * @see #getVariableName()
	 * @generated
	 */
	void setVariableName(String value);

	/**
	 * Returns the value of the '<em><b>Orientation</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.Orientation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Orientation</em>' attribute.
	 * @see tandem.model.Orientation
	 * @see #setOrientation(Orientation)
	 * @see tandem.model.TandemPackage#getBarGraph_Orientation()
	 * @model
	 * @generated
	 */
	Orientation getOrientation();

	/**
	 * Sets the value of the '{@link tandem.model.BarGraph#getOrientation <em>Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orientation</em>' attribute.
	 * @see tandem.model.Orientation
	 * @see #getOrientation()
	 * @generated
	 */
	void setOrientation(Orientation value);

	/**
	 * Returns the value of the '<em><b>Bar Color</b></em>' attribute.
	 * The default value is <code>"#0060C0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bar Color</em>' attribute.
	 * @see #setBarColor(String)
	 * @see tandem.model.TandemPackage#getBarGraph_BarColor()
	 * @model default="#0060C0"
	 * @generated
	 */
	String getBarColor();

	/**
	 * Sets the value of the '{@link tandem.model.BarGraph#getBarColor <em>Bar Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bar Color</em>' attribute.
	 * @see #getBarColor()
	 * @generated
	 */
	void setBarColor(String value);

	/**
	 * Returns the value of the '<em><b>Show Scale</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Show Scale</em>' attribute.
	 * @see #setShowScale(boolean)
	 * @see tandem.model.TandemPackage#getBarGraph_ShowScale()
	 * @model default="true"
	 * @generated
	 */
	boolean isShowScale();

	/**
	 * Sets the value of the '{@link tandem.model.BarGraph#isShowScale <em>Show Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Show Scale</em>' attribute.
	 * @see #isShowScale()
	 * @generated
	 */
	void setShowScale(boolean value);

} // BarGraph
