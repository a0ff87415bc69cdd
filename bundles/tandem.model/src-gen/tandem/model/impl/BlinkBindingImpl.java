/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.BlinkBinding;
import tandem.model.ComparisonOperator;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Blink Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.BlinkBindingImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link tandem.model.impl.BlinkBindingImpl#getValue <em>Value</em>}</li>
 *   <li>{@link tandem.model.impl.BlinkBindingImpl#getIntervalMs <em>Interval Ms</em>}</li>
 *   <li>{@link tandem.model.impl.BlinkBindingImpl#getBlinkColor <em>Blink Color</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BlinkBindingImpl extends DynamicBindingImpl implements BlinkBinding {
	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final ComparisonOperator OPERATOR_EDEFAULT = ComparisonOperator.EQUAL;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected ComparisonOperator operator = OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = "true";

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalMs() <em>Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMs()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_MS_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getIntervalMs() <em>Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMs()
	 * @generated
	 * @ordered
	 */
	protected int intervalMs = INTERVAL_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlinkColor() <em>Blink Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlinkColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BLINK_COLOR_EDEFAULT = "#FF0000";

	/**
	 * The cached value of the '{@link #getBlinkColor() <em>Blink Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlinkColor()
	 * @generated
	 * @ordered
	 */
	protected String blinkColor = BLINK_COLOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BlinkBindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.BLINK_BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparisonOperator getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(ComparisonOperator newOperator) {
		ComparisonOperator oldOperator = operator;
		operator = newOperator == null ? OPERATOR_EDEFAULT : newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BLINK_BINDING__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BLINK_BINDING__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalMs() {
		return intervalMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalMs(int newIntervalMs) {
		int oldIntervalMs = intervalMs;
		intervalMs = newIntervalMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BLINK_BINDING__INTERVAL_MS, oldIntervalMs, intervalMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBlinkColor() {
		return blinkColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlinkColor(String newBlinkColor) {
		String oldBlinkColor = blinkColor;
		blinkColor = newBlinkColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BLINK_BINDING__BLINK_COLOR, oldBlinkColor, blinkColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.BLINK_BINDING__OPERATOR:
				return getOperator();
			case TandemPackage.BLINK_BINDING__VALUE:
				return getValue();
			case TandemPackage.BLINK_BINDING__INTERVAL_MS:
				return getIntervalMs();
			case TandemPackage.BLINK_BINDING__BLINK_COLOR:
				return getBlinkColor();
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
			case TandemPackage.BLINK_BINDING__OPERATOR:
				setOperator((ComparisonOperator)newValue);
				return;
			case TandemPackage.BLINK_BINDING__VALUE:
				setValue((String)newValue);
				return;
			case TandemPackage.BLINK_BINDING__INTERVAL_MS:
				setIntervalMs((Integer)newValue);
				return;
			case TandemPackage.BLINK_BINDING__BLINK_COLOR:
				setBlinkColor((String)newValue);
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
			case TandemPackage.BLINK_BINDING__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case TandemPackage.BLINK_BINDING__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case TandemPackage.BLINK_BINDING__INTERVAL_MS:
				setIntervalMs(INTERVAL_MS_EDEFAULT);
				return;
			case TandemPackage.BLINK_BINDING__BLINK_COLOR:
				setBlinkColor(BLINK_COLOR_EDEFAULT);
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
			case TandemPackage.BLINK_BINDING__OPERATOR:
				return operator != OPERATOR_EDEFAULT;
			case TandemPackage.BLINK_BINDING__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case TandemPackage.BLINK_BINDING__INTERVAL_MS:
				return intervalMs != INTERVAL_MS_EDEFAULT;
			case TandemPackage.BLINK_BINDING__BLINK_COLOR:
				return BLINK_COLOR_EDEFAULT == null ? blinkColor != null : !BLINK_COLOR_EDEFAULT.equals(blinkColor);
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
		result.append(" (operator: ");
		result.append(operator);
		result.append(", value: ");
		result.append(value);
		result.append(", intervalMs: ");
		result.append(intervalMs);
		result.append(", blinkColor: ");
		result.append(blinkColor);
		result.append(')');
		return result.toString();
	}

} //BlinkBindingImpl
