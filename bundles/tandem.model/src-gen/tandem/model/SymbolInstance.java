/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Symbol Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A placed, linked copy of a symbol definition: drawn as the definition's elements with this instance's parameter values substituted, mirrored, rotated and scaled into x, y, width, height (the box on the screen after rotation). A change to the definition shows in every instance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.SymbolInstance#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link tandem.model.SymbolInstance#getParameterValues <em>Parameter Values</em>}</li>
 *   <li>{@link tandem.model.SymbolInstance#getRotation <em>Rotation</em>}</li>
 *   <li>{@link tandem.model.SymbolInstance#isMirrored <em>Mirrored</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getSymbolInstance()
 * @model
 * @generated
 */
public interface SymbolInstance extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symbol</em>' reference.
	 * @see #setSymbol(SymbolDefinition)
	 * @see tandem.model.TandemPackage#getSymbolInstance_Symbol()
	 * @model
	 * @generated
	 */
	SymbolDefinition getSymbol();

	/**
	 * Sets the value of the '{@link tandem.model.SymbolInstance#getSymbol <em>Symbol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' reference.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(SymbolDefinition value);

	/**
	 * Returns the value of the '<em><b>Parameter Values</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter Values</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getSymbolInstance_ParameterValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getParameterValues();

	/**
	 * Returns the value of the '<em><b>Rotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clockwise rotation in degrees: 0, 90, 180 or 270. Geometry turns with it; texts stay upright.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rotation</em>' attribute.
	 * @see #setRotation(int)
	 * @see tandem.model.TandemPackage#getSymbolInstance_Rotation()
	 * @model
	 * @generated
	 */
	int getRotation();

	/**
	 * Sets the value of the '{@link tandem.model.SymbolInstance#getRotation <em>Rotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rotation</em>' attribute.
	 * @see #getRotation()
	 * @generated
	 */
	void setRotation(int value);

	/**
	 * Returns the value of the '<em><b>Mirrored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mirrored left to right (before the rotation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mirrored</em>' attribute.
	 * @see #setMirrored(boolean)
	 * @see tandem.model.TandemPackage#getSymbolInstance_Mirrored()
	 * @model
	 * @generated
	 */
	boolean isMirrored();

	/**
	 * Sets the value of the '{@link tandem.model.SymbolInstance#isMirrored <em>Mirrored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mirrored</em>' attribute.
	 * @see #isMirrored()
	 * @generated
	 */
	void setMirrored(boolean value);

} // SymbolInstance
