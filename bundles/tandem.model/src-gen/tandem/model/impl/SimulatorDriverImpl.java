/**
 */
package tandem.model.impl;

import org.eclipse.emf.ecore.EClass;

import tandem.model.SimulatorDriver;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Simulator Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SimulatorDriverImpl extends DriverImpl implements SimulatorDriver {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SimulatorDriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.SIMULATOR_DRIVER;
	}

} //SimulatorDriverImpl
