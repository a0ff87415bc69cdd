/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A straight line from (x, y) to (x + width, y + height); width or height may be zero or negative.
 * <!-- end-model-doc -->
 *
 *
 * @see tandem.model.TandemPackage#getLine()
 * @model
 * @generated
 */
public interface Line extends ScreenElement {
} // Line
