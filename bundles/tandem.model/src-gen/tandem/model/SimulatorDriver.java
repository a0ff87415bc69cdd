/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Simulator Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see tandem.model.TandemPackage#getSimulatorDriver()
 * @model
 * @generated
 */
public interface SimulatorDriver extends Driver {
} // SimulatorDriver
