/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Limit Alarm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.LimitAlarmImpl#getLowLow <em>Low Low</em>}</li>
 *   <li>{@link tandem.model.impl.LimitAlarmImpl#getLow <em>Low</em>}</li>
 *   <li>{@link tandem.model.impl.LimitAlarmImpl#getHigh <em>High</em>}</li>
 *   <li>{@link tandem.model.impl.LimitAlarmImpl#getHighHigh <em>High High</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LimitAlarmImpl extends AlarmImpl implements LimitAlarm {
	/**
	 * The cached value of the '{@link #getLowLow() <em>Low Low</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowLow()
	 * @generated
	 * @ordered
	 */
	protected LimitDefinition lowLow;

	/**
	 * The cached value of the '{@link #getLow() <em>Low</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLow()
	 * @generated
	 * @ordered
	 */
	protected LimitDefinition low;

	/**
	 * The cached value of the '{@link #getHigh() <em>High</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHigh()
	 * @generated
	 * @ordered
	 */
	protected LimitDefinition high;

	/**
	 * The cached value of the '{@link #getHighHigh() <em>High High</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighHigh()
	 * @generated
	 * @ordered
	 */
	protected LimitDefinition highHigh;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LimitAlarmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.LIMIT_ALARM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitDefinition getLowLow() {
		return lowLow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLowLow(LimitDefinition newLowLow, NotificationChain msgs) {
		LimitDefinition oldLowLow = lowLow;
		lowLow = newLowLow;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__LOW_LOW, oldLowLow, newLowLow);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowLow(LimitDefinition newLowLow) {
		if (newLowLow != lowLow) {
			NotificationChain msgs = null;
			if (lowLow != null)
				msgs = ((InternalEObject)lowLow).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__LOW_LOW, null, msgs);
			if (newLowLow != null)
				msgs = ((InternalEObject)newLowLow).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__LOW_LOW, null, msgs);
			msgs = basicSetLowLow(newLowLow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__LOW_LOW, newLowLow, newLowLow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitDefinition getLow() {
		return low;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLow(LimitDefinition newLow, NotificationChain msgs) {
		LimitDefinition oldLow = low;
		low = newLow;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__LOW, oldLow, newLow);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLow(LimitDefinition newLow) {
		if (newLow != low) {
			NotificationChain msgs = null;
			if (low != null)
				msgs = ((InternalEObject)low).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__LOW, null, msgs);
			if (newLow != null)
				msgs = ((InternalEObject)newLow).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__LOW, null, msgs);
			msgs = basicSetLow(newLow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__LOW, newLow, newLow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitDefinition getHigh() {
		return high;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHigh(LimitDefinition newHigh, NotificationChain msgs) {
		LimitDefinition oldHigh = high;
		high = newHigh;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__HIGH, oldHigh, newHigh);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHigh(LimitDefinition newHigh) {
		if (newHigh != high) {
			NotificationChain msgs = null;
			if (high != null)
				msgs = ((InternalEObject)high).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__HIGH, null, msgs);
			if (newHigh != null)
				msgs = ((InternalEObject)newHigh).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__HIGH, null, msgs);
			msgs = basicSetHigh(newHigh, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__HIGH, newHigh, newHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitDefinition getHighHigh() {
		return highHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHighHigh(LimitDefinition newHighHigh, NotificationChain msgs) {
		LimitDefinition oldHighHigh = highHigh;
		highHigh = newHighHigh;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__HIGH_HIGH, oldHighHigh, newHighHigh);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighHigh(LimitDefinition newHighHigh) {
		if (newHighHigh != highHigh) {
			NotificationChain msgs = null;
			if (highHigh != null)
				msgs = ((InternalEObject)highHigh).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__HIGH_HIGH, null, msgs);
			if (newHighHigh != null)
				msgs = ((InternalEObject)newHighHigh).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.LIMIT_ALARM__HIGH_HIGH, null, msgs);
			msgs = basicSetHighHigh(newHighHigh, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_ALARM__HIGH_HIGH, newHighHigh, newHighHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.LIMIT_ALARM__LOW_LOW:
				return basicSetLowLow(null, msgs);
			case TandemPackage.LIMIT_ALARM__LOW:
				return basicSetLow(null, msgs);
			case TandemPackage.LIMIT_ALARM__HIGH:
				return basicSetHigh(null, msgs);
			case TandemPackage.LIMIT_ALARM__HIGH_HIGH:
				return basicSetHighHigh(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.LIMIT_ALARM__LOW_LOW:
				return getLowLow();
			case TandemPackage.LIMIT_ALARM__LOW:
				return getLow();
			case TandemPackage.LIMIT_ALARM__HIGH:
				return getHigh();
			case TandemPackage.LIMIT_ALARM__HIGH_HIGH:
				return getHighHigh();
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
			case TandemPackage.LIMIT_ALARM__LOW_LOW:
				setLowLow((LimitDefinition)newValue);
				return;
			case TandemPackage.LIMIT_ALARM__LOW:
				setLow((LimitDefinition)newValue);
				return;
			case TandemPackage.LIMIT_ALARM__HIGH:
				setHigh((LimitDefinition)newValue);
				return;
			case TandemPackage.LIMIT_ALARM__HIGH_HIGH:
				setHighHigh((LimitDefinition)newValue);
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
			case TandemPackage.LIMIT_ALARM__LOW_LOW:
				setLowLow((LimitDefinition)null);
				return;
			case TandemPackage.LIMIT_ALARM__LOW:
				setLow((LimitDefinition)null);
				return;
			case TandemPackage.LIMIT_ALARM__HIGH:
				setHigh((LimitDefinition)null);
				return;
			case TandemPackage.LIMIT_ALARM__HIGH_HIGH:
				setHighHigh((LimitDefinition)null);
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
			case TandemPackage.LIMIT_ALARM__LOW_LOW:
				return lowLow != null;
			case TandemPackage.LIMIT_ALARM__LOW:
				return low != null;
			case TandemPackage.LIMIT_ALARM__HIGH:
				return high != null;
			case TandemPackage.LIMIT_ALARM__HIGH_HIGH:
				return highHigh != null;
		}
		return super.eIsSet(featureID);
	}

} //LimitAlarmImpl
