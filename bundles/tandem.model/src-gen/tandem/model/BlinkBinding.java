/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Blink Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The element blinks (alternates its background with blinkColor) while (variable operator value) holds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.BlinkBinding#getOperator <em>Operator</em>}</li>
 *   <li>{@link tandem.model.BlinkBinding#getValue <em>Value</em>}</li>
 *   <li>{@link tandem.model.BlinkBinding#getIntervalMs <em>Interval Ms</em>}</li>
 *   <li>{@link tandem.model.BlinkBinding#getBlinkColor <em>Blink Color</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getBlinkBinding()
 * @model
 * @generated
 */
public interface BlinkBinding extends DynamicBinding {
	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.ComparisonOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see tandem.model.ComparisonOperator
	 * @see #setOperator(ComparisonOperator)
	 * @see tandem.model.TandemPackage#getBlinkBinding_Operator()
	 * @model
	 * @generated
	 */
	ComparisonOperator getOperator();

	/**
	 * Sets the value of the '{@link tandem.model.BlinkBinding#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see tandem.model.ComparisonOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(ComparisonOperator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see tandem.model.TandemPackage#getBlinkBinding_Value()
	 * @model default="true"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link tandem.model.BlinkBinding#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Interval Ms</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval Ms</em>' attribute.
	 * @see #setIntervalMs(int)
	 * @see tandem.model.TandemPackage#getBlinkBinding_IntervalMs()
	 * @model default="500"
	 * @generated
	 */
	int getIntervalMs();

	/**
	 * Sets the value of the '{@link tandem.model.BlinkBinding#getIntervalMs <em>Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Ms</em>' attribute.
	 * @see #getIntervalMs()
	 * @generated
	 */
	void setIntervalMs(int value);

	/**
	 * Returns the value of the '<em><b>Blink Color</b></em>' attribute.
	 * The default value is <code>"#FF0000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blink Color</em>' attribute.
	 * @see #setBlinkColor(String)
	 * @see tandem.model.TandemPackage#getBlinkBinding_BlinkColor()
	 * @model default="#FF0000"
	 * @generated
	 */
	String getBlinkColor();

	/**
	 * Sets the value of the '{@link tandem.model.BlinkBinding#getBlinkColor <em>Blink Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blink Color</em>' attribute.
	 * @see #getBlinkColor()
	 * @generated
	 */
	void setBlinkColor(String value);

} // BlinkBinding
