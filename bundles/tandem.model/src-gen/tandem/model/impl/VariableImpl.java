/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.DataType;
import tandem.model.Driver;
import tandem.model.TandemPackage;
import tandem.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.VariableImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getDataType <em>Data Type</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getRangeMin <em>Range Min</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getRangeMax <em>Range Max</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getInitialValue <em>Initial Value</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#isWritable <em>Writable</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link tandem.model.impl.VariableImpl#getRateMs <em>Rate Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VariableImpl extends NamedElementImpl implements Variable {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected static final DataType DATA_TYPE_EDEFAULT = DataType.BOOL;

	/**
	 * The cached value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected DataType dataType = DATA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRangeMin() <em>Range Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMin()
	 * @generated
	 * @ordered
	 */
	protected static final Double RANGE_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRangeMin() <em>Range Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMin()
	 * @generated
	 * @ordered
	 */
	protected Double rangeMin = RANGE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRangeMax() <em>Range Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMax()
	 * @generated
	 * @ordered
	 */
	protected static final Double RANGE_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRangeMax() <em>Range Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMax()
	 * @generated
	 * @ordered
	 */
	protected Double rangeMax = RANGE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialValue() <em>Initial Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialValue()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIAL_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialValue() <em>Initial Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialValue()
	 * @generated
	 * @ordered
	 */
	protected String initialValue = INITIAL_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected boolean writable = WRITABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected Driver driver;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRateMs() <em>Rate Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateMs()
	 * @generated
	 * @ordered
	 */
	protected static final int RATE_MS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getRateMs() <em>Rate Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateMs()
	 * @generated
	 * @ordered
	 */
	protected int rateMs = RATE_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VariableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.VARIABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataType getDataType() {
		return dataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataType(DataType newDataType) {
		DataType oldDataType = dataType;
		dataType = newDataType == null ? DATA_TYPE_EDEFAULT : newDataType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__DATA_TYPE, oldDataType, dataType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRangeMin() {
		return rangeMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRangeMin(Double newRangeMin) {
		Double oldRangeMin = rangeMin;
		rangeMin = newRangeMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__RANGE_MIN, oldRangeMin, rangeMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRangeMax() {
		return rangeMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRangeMax(Double newRangeMax) {
		Double oldRangeMax = rangeMax;
		rangeMax = newRangeMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__RANGE_MAX, oldRangeMax, rangeMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitialValue() {
		return initialValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialValue(String newInitialValue) {
		String oldInitialValue = initialValue;
		initialValue = newInitialValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__INITIAL_VALUE, oldInitialValue, initialValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWritable() {
		return writable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritable(boolean newWritable) {
		boolean oldWritable = writable;
		writable = newWritable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__WRITABLE, oldWritable, writable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver getDriver() {
		if (driver != null && driver.eIsProxy()) {
			InternalEObject oldDriver = (InternalEObject)driver;
			driver = (Driver)eResolveProxy(oldDriver);
			if (driver != oldDriver) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.VARIABLE__DRIVER, oldDriver, driver));
			}
		}
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Driver basicGetDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(Driver newDriver) {
		Driver oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRateMs() {
		return rateMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRateMs(int newRateMs) {
		int oldRateMs = rateMs;
		rateMs = newRateMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.VARIABLE__RATE_MS, oldRateMs, rateMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.VARIABLE__DESCRIPTION:
				return getDescription();
			case TandemPackage.VARIABLE__DATA_TYPE:
				return getDataType();
			case TandemPackage.VARIABLE__UNIT:
				return getUnit();
			case TandemPackage.VARIABLE__RANGE_MIN:
				return getRangeMin();
			case TandemPackage.VARIABLE__RANGE_MAX:
				return getRangeMax();
			case TandemPackage.VARIABLE__INITIAL_VALUE:
				return getInitialValue();
			case TandemPackage.VARIABLE__WRITABLE:
				return isWritable();
			case TandemPackage.VARIABLE__DRIVER:
				if (resolve) return getDriver();
				return basicGetDriver();
			case TandemPackage.VARIABLE__ADDRESS:
				return getAddress();
			case TandemPackage.VARIABLE__RATE_MS:
				return getRateMs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TandemPackage.VARIABLE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TandemPackage.VARIABLE__DATA_TYPE:
				setDataType((DataType)newValue);
				return;
			case TandemPackage.VARIABLE__UNIT:
				setUnit((String)newValue);
				return;
			case TandemPackage.VARIABLE__RANGE_MIN:
				setRangeMin((Double)newValue);
				return;
			case TandemPackage.VARIABLE__RANGE_MAX:
				setRangeMax((Double)newValue);
				return;
			case TandemPackage.VARIABLE__INITIAL_VALUE:
				setInitialValue((String)newValue);
				return;
			case TandemPackage.VARIABLE__WRITABLE:
				setWritable((Boolean)newValue);
				return;
			case TandemPackage.VARIABLE__DRIVER:
				setDriver((Driver)newValue);
				return;
			case TandemPackage.VARIABLE__ADDRESS:
				setAddress((String)newValue);
				return;
			case TandemPackage.VARIABLE__RATE_MS:
				setRateMs((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TandemPackage.VARIABLE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__DATA_TYPE:
				setDataType(DATA_TYPE_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__RANGE_MIN:
				setRangeMin(RANGE_MIN_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__RANGE_MAX:
				setRangeMax(RANGE_MAX_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__INITIAL_VALUE:
				setInitialValue(INITIAL_VALUE_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__WRITABLE:
				setWritable(WRITABLE_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__DRIVER:
				setDriver((Driver)null);
				return;
			case TandemPackage.VARIABLE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case TandemPackage.VARIABLE__RATE_MS:
				setRateMs(RATE_MS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TandemPackage.VARIABLE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TandemPackage.VARIABLE__DATA_TYPE:
				return dataType != DATA_TYPE_EDEFAULT;
			case TandemPackage.VARIABLE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TandemPackage.VARIABLE__RANGE_MIN:
				return RANGE_MIN_EDEFAULT == null ? rangeMin != null : !RANGE_MIN_EDEFAULT.equals(rangeMin);
			case TandemPackage.VARIABLE__RANGE_MAX:
				return RANGE_MAX_EDEFAULT == null ? rangeMax != null : !RANGE_MAX_EDEFAULT.equals(rangeMax);
			case TandemPackage.VARIABLE__INITIAL_VALUE:
				return INITIAL_VALUE_EDEFAULT == null ? initialValue != null : !INITIAL_VALUE_EDEFAULT.equals(initialValue);
			case TandemPackage.VARIABLE__WRITABLE:
				return writable != WRITABLE_EDEFAULT;
			case TandemPackage.VARIABLE__DRIVER:
				return driver != null;
			case TandemPackage.VARIABLE__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case TandemPackage.VARIABLE__RATE_MS:
				return rateMs != RATE_MS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", dataType: ");
		result.append(dataType);
		result.append(", unit: ");
		result.append(unit);
		result.append(", rangeMin: ");
		result.append(rangeMin);
		result.append(", rangeMax: ");
		result.append(rangeMax);
		result.append(", initialValue: ");
		result.append(initialValue);
		result.append(", writable: ");
		result.append(writable);
		result.append(", address: ");
		result.append(address);
		result.append(", rateMs: ");
		result.append(rateMs);
		result.append(')');
		return result.toString();
	}

} //VariableImpl
