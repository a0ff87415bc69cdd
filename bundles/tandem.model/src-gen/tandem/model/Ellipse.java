/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ellipse</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see tandem.model.TandemPackage#getEllipse()
 * @model
 * @generated
 */
public interface Ellipse extends ScreenElement {
} // Ellipse
