/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fill Color Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * VALUE_RANGES: the first range containing the value gives the fill colour (bool: false = 0, true = 1). LIMIT_STATE: the active colour of the alarm class of the variable's active limit; defaultColor otherwise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.FillColorBinding#getMode <em>Mode</em>}</li>
 *   <li>{@link tandem.model.FillColorBinding#getRanges <em>Ranges</em>}</li>
 *   <li>{@link tandem.model.FillColorBinding#getDefaultColor <em>Default Color</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getFillColorBinding()
 * @model
 * @generated
 */
public interface FillColorBinding extends DynamicBinding {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.ColorMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see tandem.model.ColorMode
	 * @see #setMode(ColorMode)
	 * @see tandem.model.TandemPackage#getFillColorBinding_Mode()
	 * @model
	 * @generated
	 */
	ColorMode getMode();

	/**
	 * Sets the value of the '{@link tandem.model.FillColorBinding#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see tandem.model.ColorMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ColorMode value);

	/**
	 * Returns the value of the '<em><b>Ranges</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.ColorRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ranges</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getFillColorBinding_Ranges()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColorRange> getRanges();

	/**
	 * Returns the value of the '<em><b>Default Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Color</em>' attribute.
	 * @see #setDefaultColor(String)
	 * @see tandem.model.TandemPackage#getFillColorBinding_DefaultColor()
	 * @model
	 * @generated
	 */
	String getDefaultColor();

	/**
	 * Sets the value of the '{@link tandem.model.FillColorBinding#getDefaultColor <em>Default Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Color</em>' attribute.
	 * @see #getDefaultColor()
	 * @generated
	 */
	void setDefaultColor(String value);

} // FillColorBinding
