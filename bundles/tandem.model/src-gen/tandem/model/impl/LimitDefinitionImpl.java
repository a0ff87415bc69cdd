/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.model.AlarmClass;
import tandem.model.LimitDefinition;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Limit Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.LimitDefinitionImpl#getValue <em>Value</em>}</li>
 *   <li>{@link tandem.model.impl.LimitDefinitionImpl#getHysteresis <em>Hysteresis</em>}</li>
 *   <li>{@link tandem.model.impl.LimitDefinitionImpl#getDelayMs <em>Delay Ms</em>}</li>
 *   <li>{@link tandem.model.impl.LimitDefinitionImpl#getAlarmClass <em>Alarm Class</em>}</li>
 *   <li>{@link tandem.model.impl.LimitDefinitionImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LimitDefinitionImpl extends MinimalEObjectImpl.Container implements LimitDefinition {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHysteresis() <em>Hysteresis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHysteresis()
	 * @generated
	 * @ordered
	 */
	protected static final double HYSTERESIS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHysteresis() <em>Hysteresis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHysteresis()
	 * @generated
	 * @ordered
	 */
	protected double hysteresis = HYSTERESIS_EDEFAULT;

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
	protected LimitDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.LIMIT_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_DEFINITION__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHysteresis() {
		return hysteresis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHysteresis(double newHysteresis) {
		double oldHysteresis = hysteresis;
		hysteresis = newHysteresis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_DEFINITION__HYSTERESIS, oldHysteresis, hysteresis));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_DEFINITION__DELAY_MS, oldDelayMs, delayMs));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.LIMIT_DEFINITION__ALARM_CLASS, oldAlarmClass, alarmClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_DEFINITION__ALARM_CLASS, oldAlarmClass, alarmClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.LIMIT_DEFINITION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.LIMIT_DEFINITION__VALUE:
				return getValue();
			case TandemPackage.LIMIT_DEFINITION__HYSTERESIS:
				return getHysteresis();
			case TandemPackage.LIMIT_DEFINITION__DELAY_MS:
				return getDelayMs();
			case TandemPackage.LIMIT_DEFINITION__ALARM_CLASS:
				if (resolve) return getAlarmClass();
				return basicGetAlarmClass();
			case TandemPackage.LIMIT_DEFINITION__TEXT:
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
			case TandemPackage.LIMIT_DEFINITION__VALUE:
				setValue((Double)newValue);
				return;
			case TandemPackage.LIMIT_DEFINITION__HYSTERESIS:
				setHysteresis((Double)newValue);
				return;
			case TandemPackage.LIMIT_DEFINITION__DELAY_MS:
				setDelayMs((Integer)newValue);
				return;
			case TandemPackage.LIMIT_DEFINITION__ALARM_CLASS:
				setAlarmClass((AlarmClass)newValue);
				return;
			case TandemPackage.LIMIT_DEFINITION__TEXT:
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
			case TandemPackage.LIMIT_DEFINITION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case TandemPackage.LIMIT_DEFINITION__HYSTERESIS:
				setHysteresis(HYSTERESIS_EDEFAULT);
				return;
			case TandemPackage.LIMIT_DEFINITION__DELAY_MS:
				setDelayMs(DELAY_MS_EDEFAULT);
				return;
			case TandemPackage.LIMIT_DEFINITION__ALARM_CLASS:
				setAlarmClass((AlarmClass)null);
				return;
			case TandemPackage.LIMIT_DEFINITION__TEXT:
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
			case TandemPackage.LIMIT_DEFINITION__VALUE:
				return value != VALUE_EDEFAULT;
			case TandemPackage.LIMIT_DEFINITION__HYSTERESIS:
				return hysteresis != HYSTERESIS_EDEFAULT;
			case TandemPackage.LIMIT_DEFINITION__DELAY_MS:
				return delayMs != DELAY_MS_EDEFAULT;
			case TandemPackage.LIMIT_DEFINITION__ALARM_CLASS:
				return alarmClass != null;
			case TandemPackage.LIMIT_DEFINITION__TEXT:
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
		result.append(" (value: ");
		result.append(value);
		result.append(", hysteresis: ");
		result.append(hysteresis);
		result.append(", delayMs: ");
		result.append(delayMs);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //LimitDefinitionImpl
