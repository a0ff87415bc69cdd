/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see tandem.model.TandemPackage#getDriver()
 * @model abstract="true"
 * @generated
 */
public interface Driver extends NamedElement {
} // Driver
