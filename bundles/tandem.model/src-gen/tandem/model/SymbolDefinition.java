/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Symbol Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reusable piece of screen (zenon symbol, Ignition template): elements laid out in a width x height box, with parameters that text attributes of the elements (names of variables, texts, formats) use as $NAME.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.SymbolDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link tandem.model.SymbolDefinition#getWidth <em>Width</em>}</li>
 *   <li>{@link tandem.model.SymbolDefinition#getHeight <em>Height</em>}</li>
 *   <li>{@link tandem.model.SymbolDefinition#getParameters <em>Parameters</em>}</li>
 *   <li>{@link tandem.model.SymbolDefinition#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getSymbolDefinition()
 * @model
 * @generated
 */
public interface SymbolDefinition extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see tandem.model.TandemPackage#getSymbolDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link tandem.model.SymbolDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see tandem.model.TandemPackage#getSymbolDefinition_Width()
	 * @model default="100"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link tandem.model.SymbolDefinition#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see tandem.model.TandemPackage#getSymbolDefinition_Height()
	 * @model default="100"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link tandem.model.SymbolDefinition#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.SymbolParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getSymbolDefinition_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<SymbolParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.ScreenElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getSymbolDefinition_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScreenElement> getElements();

} // SymbolDefinition
