/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visibility Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The element is visible while (variable operator value) holds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.VisibilityBinding#getOperator <em>Operator</em>}</li>
 *   <li>{@link tandem.model.VisibilityBinding#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getVisibilityBinding()
 * @model
 * @generated
 */
public interface VisibilityBinding extends DynamicBinding {
	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.ComparisonOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see tandem.model.ComparisonOperator
	 * @see #setOperator(ComparisonOperator)
	 * @see tandem.model.TandemPackage#getVisibilityBinding_Operator()
	 * @model
	 * @generated
	 */
	ComparisonOperator getOperator();

	/**
	 * Sets the value of the '{@link tandem.model.VisibilityBinding#getOperator <em>Operator</em>}' attribute.
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
	 * @see tandem.model.TandemPackage#getVisibilityBinding_Value()
	 * @model default="true"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link tandem.model.VisibilityBinding#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // VisibilityBinding
