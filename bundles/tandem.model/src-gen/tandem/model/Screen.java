/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Screen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Screen#getWidth <em>Width</em>}</li>
 *   <li>{@link tandem.model.Screen#getHeight <em>Height</em>}</li>
 *   <li>{@link tandem.model.Screen#getBackground <em>Background</em>}</li>
 *   <li>{@link tandem.model.Screen#isStart <em>Start</em>}</li>
 *   <li>{@link tandem.model.Screen#getGridStep <em>Grid Step</em>}</li>
 *   <li>{@link tandem.model.Screen#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getScreen()
 * @model
 * @generated
 */
public interface Screen extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"1280"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see tandem.model.TandemPackage#getScreen_Width()
	 * @model default="1280"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link tandem.model.Screen#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"800"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see tandem.model.TandemPackage#getScreen_Height()
	 * @model default="800"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link tandem.model.Screen#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Background</b></em>' attribute.
	 * The default value is <code>"#C0C0C0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background</em>' attribute.
	 * @see #setBackground(String)
	 * @see tandem.model.TandemPackage#getScreen_Background()
	 * @model default="#C0C0C0"
	 * @generated
	 */
	String getBackground();

	/**
	 * Sets the value of the '{@link tandem.model.Screen#getBackground <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background</em>' attribute.
	 * @see #getBackground()
	 * @generated
	 */
	void setBackground(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The screen an operator client shows first; exactly one screen of a project has it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(boolean)
	 * @see tandem.model.TandemPackage#getScreen_Start()
	 * @model
	 * @generated
	 */
	boolean isStart();

	/**
	 * Sets the value of the '{@link tandem.model.Screen#isStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #isStart()
	 * @generated
	 */
	void setStart(boolean value);

	/**
	 * Returns the value of the '<em><b>Grid Step</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Step of the screen editor's snapping grid, in screen pixels; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grid Step</em>' attribute.
	 * @see #setGridStep(int)
	 * @see tandem.model.TandemPackage#getScreen_GridStep()
	 * @model default="10"
	 * @generated
	 */
	int getGridStep();

	/**
	 * Sets the value of the '{@link tandem.model.Screen#getGridStep <em>Grid Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grid Step</em>' attribute.
	 * @see #getGridStep()
	 * @generated
	 */
	void setGridStep(int value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.ScreenElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getScreen_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScreenElement> getElements();

} // Screen
