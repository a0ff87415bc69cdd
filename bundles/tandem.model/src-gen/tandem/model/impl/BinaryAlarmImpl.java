/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.AlarmClass;
import tandem.model.BinaryAlarm;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Binary Alarm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.BinaryAlarmImpl#isAlarmState <em>Alarm State</em>}</li>
 *   <li>{@link tandem.model.impl.BinaryAlarmImpl#getDelayMs <em>Delay Ms</em>}</li>
 *   <li>{@link tandem.model.impl.BinaryAlarmImpl#getAlarmClass <em>Alarm Class</em>}</li>
 *   <li>{@link tandem.model.impl.BinaryAlarmImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BinaryAlarmImpl extends AlarmImpl implements BinaryAlarm {
	/**
	 * The default value of the '{@link #isAlarmState() <em>Alarm State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlarmState()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALARM_STATE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAlarmState() <em>Alarm State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlarmState()
	 * @generated
	 * @ordered
	 */
	protected boolean alarmState = ALARM_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelayMs() <em>Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMs()
	 * @generated
	 * @ordered
	 */
	protected static final int DELAY_MS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDelayMs() <em>Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMs()
	 * @generated
	 * @ordered
	 */
	protected int delayMs = DELAY_MS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAlarmClass() <em>Alarm Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlarmClass()
	 * @generated
	 * @ordered
	 */
	protected AlarmClass alarmClass;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BinaryAlarmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.BINARY_ALARM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlarmState() {
		return alarmState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlarmState(boolean newAlarmState) {
		boolean oldAlarmState = alarmState;
		alarmState = newAlarmState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BINARY_ALARM__ALARM_STATE, oldAlarmState, alarmState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDelayMs() {
		return delayMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelayMs(int newDelayMs) {
		int oldDelayMs = delayMs;
		delayMs = newDelayMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BINARY_ALARM__DELAY_MS, oldDelayMs, delayMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlarmClass getAlarmClass() {
		if (alarmClass != null && alarmClass.eIsProxy()) {
			InternalEObject oldAlarmClass = (InternalEObject)alarmClass;
			alarmClass = (AlarmClass)eResolveProxy(oldAlarmClass);
			if (alarmClass != oldAlarmClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.BINARY_ALARM__ALARM_CLASS, oldAlarmClass, alarmClass));
			}
		}
		return alarmClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AlarmClass basicGetAlarmClass() {
		return alarmClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlarmClass(AlarmClass newAlarmClass) {
		AlarmClass oldAlarmClass = alarmClass;
		alarmClass = newAlarmClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BINARY_ALARM__ALARM_CLASS, oldAlarmClass, alarmClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BINARY_ALARM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.BINARY_ALARM__ALARM_STATE:
				return isAlarmState();
			case TandemPackage.BINARY_ALARM__DELAY_MS:
				return getDelayMs();
			case TandemPackage.BINARY_ALARM__ALARM_CLASS:
				if (resolve) return getAlarmClass();
				return basicGetAlarmClass();
			case TandemPackage.BINARY_ALARM__TEXT:
				return getText();
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
			case TandemPackage.BINARY_ALARM__ALARM_STATE:
				setAlarmState((Boolean)newValue);
				return;
			case TandemPackage.BINARY_ALARM__DELAY_MS:
				setDelayMs((Integer)newValue);
				return;
			case TandemPackage.BINARY_ALARM__ALARM_CLASS:
				setAlarmClass((AlarmClass)newValue);
				return;
			case TandemPackage.BINARY_ALARM__TEXT:
				setText((String)newValue);
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
			case TandemPackage.BINARY_ALARM__ALARM_STATE:
				setAlarmState(ALARM_STATE_EDEFAULT);
				return;
			case TandemPackage.BINARY_ALARM__DELAY_MS:
				setDelayMs(DELAY_MS_EDEFAULT);
				return;
			case TandemPackage.BINARY_ALARM__ALARM_CLASS:
				setAlarmClass((AlarmClass)null);
				return;
			case TandemPackage.BINARY_ALARM__TEXT:
				setText(TEXT_EDEFAULT);
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
			case TandemPackage.BINARY_ALARM__ALARM_STATE:
				return alarmState != ALARM_STATE_EDEFAULT;
			case TandemPackage.BINARY_ALARM__DELAY_MS:
				return delayMs != DELAY_MS_EDEFAULT;
			case TandemPackage.BINARY_ALARM__ALARM_CLASS:
				return alarmClass != null;
			case TandemPackage.BINARY_ALARM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (alarmState: ");
		result.append(alarmState);
		result.append(", delayMs: ");
		result.append(delayMs);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //BinaryAlarmImpl
