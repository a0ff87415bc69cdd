/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fill Level Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fills the element from min (empty) to max (full); min/max default to the variable's range when null.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.FillLevelBinding#getMin <em>Min</em>}</li>
 *   <li>{@link tandem.model.FillLevelBinding#getMax <em>Max</em>}</li>
 *   <li>{@link tandem.model.FillLevelBinding#getDirection <em>Direction</em>}</li>
 *   <li>{@link tandem.model.FillLevelBinding#getFillColor <em>Fill Color</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getFillLevelBinding()
 * @model
 * @generated
 */
public interface FillLevelBinding extends DynamicBinding {
	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(Double)
	 * @see tandem.model.TandemPackage#getFillLevelBinding_Min()
	 * @model
	 * @generated
	 */
	Double getMin();

	/**
	 * Sets the value of the '{@link tandem.model.FillLevelBinding#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(Double value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(Double)
	 * @see tandem.model.TandemPackage#getFillLevelBinding_Max()
	 * @model
	 * @generated
	 */
	Double getMax();

	/**
	 * Sets the value of the '{@link tandem.model.FillLevelBinding#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(Double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.FillDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see tandem.model.FillDirection
	 * @see #setDirection(FillDirection)
	 * @see tandem.model.TandemPackage#getFillLevelBinding_Direction()
	 * @model
	 * @generated
	 */
	FillDirection getDirection();

	/**
	 * Sets the value of the '{@link tandem.model.FillLevelBinding#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see tandem.model.FillDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(FillDirection value);

	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * The default value is <code>"#0060C0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #setFillColor(String)
	 * @see tandem.model.TandemPackage#getFillLevelBinding_FillColor()
	 * @model default="#0060C0"
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link tandem.model.FillLevelBinding#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

} // FillLevelBinding
