/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trend</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Trend#getVariables <em>Variables</em>}</li>
 *   <li>{@link tandem.model.Trend#getVariableNames <em>Variable Names</em>}</li>
 *   <li>{@link tandem.model.Trend#getTimeSpanS <em>Time Span S</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getTrend()
 * @model
 * @generated
 */
public interface Trend extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Variables</b></em>' reference list.
	 * The list contents are of type {@link tandem.model.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' reference list.
	 * @see tandem.model.TandemPackage#getTrend_Variables()
	 * @model
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Variable Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inside a symbol definition: further trended variables by name, with $PARAM placeholders; an instance's expansion appends them to variables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable Names</em>' attribute list.
	 * @see tandem.model.TandemPackage#getTrend_VariableNames()
	 * @model
	 * @generated
	 */
	EList<String> getVariableNames();

	/**
	 * Returns the value of the '<em><b>Time Span S</b></em>' attribute.
	 * The default value is <code>"600"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Span S</em>' attribute.
	 * @see #setTimeSpanS(int)
	 * @see tandem.model.TandemPackage#getTrend_TimeSpanS()
	 * @model default="600"
	 * @generated
	 */
	int getTimeSpanS();

	/**
	 * Sets the value of the '{@link tandem.model.Trend#getTimeSpanS <em>Time Span S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Span S</em>' attribute.
	 * @see #getTimeSpanS()
	 * @generated
	 */
	void setTimeSpanS(int value);

} // Trend
