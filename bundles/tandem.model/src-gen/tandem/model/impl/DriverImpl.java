/**
 */
package tandem.model.impl;

import org.eclipse.emf.ecore.EClass;

import tandem.model.Driver;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class DriverImpl extends NamedElementImpl implements Driver {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.DRIVER;
	}

} //DriverImpl
