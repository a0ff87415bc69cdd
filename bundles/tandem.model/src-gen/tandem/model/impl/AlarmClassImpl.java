/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.AlarmClass;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Alarm Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.AlarmClassImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link tandem.model.impl.AlarmClassImpl#getActiveColor <em>Active Color</em>}</li>
 *   <li>{@link tandem.model.impl.AlarmClassImpl#getAcknowledgedColor <em>Acknowledged Color</em>}</li>
 *   <li>{@link tandem.model.impl.AlarmClassImpl#getInactiveColor <em>Inactive Color</em>}</li>
 *   <li>{@link tandem.model.impl.AlarmClassImpl#getTextColor <em>Text Color</em>}</li>
 *   <li>{@link tandem.model.impl.AlarmClassImpl#isAckRequired <em>Ack Required</em>}</li>
 *   <li>{@link tandem.model.impl.AlarmClassImpl#getMaxShelveMinutes <em>Max Shelve Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlarmClassImpl extends NamedElementImpl implements AlarmClass {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getActiveColor() <em>Active Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveColor()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVE_COLOR_EDEFAULT = "#FF0000";

	/**
	 * The cached value of the '{@link #getActiveColor() <em>Active Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveColor()
	 * @generated
	 * @ordered
	 */
	protected String activeColor = ACTIVE_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcknowledgedColor() <em>Acknowledged Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedColor()
	 * @generated
	 * @ordered
	 */
	protected static final String ACKNOWLEDGED_COLOR_EDEFAULT = "#FFFF00";

	/**
	 * The cached value of the '{@link #getAcknowledgedColor() <em>Acknowledged Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedColor()
	 * @generated
	 * @ordered
	 */
	protected String acknowledgedColor = ACKNOWLEDGED_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getInactiveColor() <em>Inactive Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveColor()
	 * @generated
	 * @ordered
	 */
	protected static final String INACTIVE_COLOR_EDEFAULT = "#00C000";

	/**
	 * The cached value of the '{@link #getInactiveColor() <em>Inactive Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveColor()
	 * @generated
	 * @ordered
	 */
	protected String inactiveColor = INACTIVE_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextColor() <em>Text Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextColor()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_COLOR_EDEFAULT = "#000000";

	/**
	 * The cached value of the '{@link #getTextColor() <em>Text Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextColor()
	 * @generated
	 * @ordered
	 */
	protected String textColor = TEXT_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isAckRequired() <em>Ack Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAckRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACK_REQUIRED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAckRequired() <em>Ack Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAckRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean ackRequired = ACK_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxShelveMinutes() <em>Max Shelve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxShelveMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_SHELVE_MINUTES_EDEFAULT = 480;

	/**
	 * The cached value of the '{@link #getMaxShelveMinutes() <em>Max Shelve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxShelveMinutes()
	 * @generated
	 * @ordered
	 */
	protected int maxShelveMinutes = MAX_SHELVE_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlarmClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.ALARM_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ALARM_CLASS__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActiveColor() {
		return activeColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveColor(String newActiveColor) {
		String oldActiveColor = activeColor;
		activeColor = newActiveColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ALARM_CLASS__ACTIVE_COLOR, oldActiveColor, activeColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcknowledgedColor() {
		return acknowledgedColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedColor(String newAcknowledgedColor) {
		String oldAcknowledgedColor = acknowledgedColor;
		acknowledgedColor = newAcknowledgedColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ALARM_CLASS__ACKNOWLEDGED_COLOR, oldAcknowledgedColor, acknowledgedColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInactiveColor() {
		return inactiveColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInactiveColor(String newInactiveColor) {
		String oldInactiveColor = inactiveColor;
		inactiveColor = newInactiveColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ALARM_CLASS__INACTIVE_COLOR, oldInactiveColor, inactiveColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextColor() {
		return textColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextColor(String newTextColor) {
		String oldTextColor = textColor;
		textColor = newTextColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ALARM_CLASS__TEXT_COLOR, oldTextColor, textColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAckRequired() {
		return ackRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAckRequired(boolean newAckRequired) {
		boolean oldAckRequired = ackRequired;
		ackRequired = newAckRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ALARM_CLASS__ACK_REQUIRED, oldAckRequired, ackRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxShelveMinutes() {
		return maxShelveMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxShelveMinutes(int newMaxShelveMinutes) {
		int oldMaxShelveMinutes = maxShelveMinutes;
		maxShelveMinutes = newMaxShelveMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ALARM_CLASS__MAX_SHELVE_MINUTES, oldMaxShelveMinutes, maxShelveMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.ALARM_CLASS__PRIORITY:
				return getPriority();
			case TandemPackage.ALARM_CLASS__ACTIVE_COLOR:
				return getActiveColor();
			case TandemPackage.ALARM_CLASS__ACKNOWLEDGED_COLOR:
				return getAcknowledgedColor();
			case TandemPackage.ALARM_CLASS__INACTIVE_COLOR:
				return getInactiveColor();
			case TandemPackage.ALARM_CLASS__TEXT_COLOR:
				return getTextColor();
			case TandemPackage.ALARM_CLASS__ACK_REQUIRED:
				return isAckRequired();
			case TandemPackage.ALARM_CLASS__MAX_SHELVE_MINUTES:
				return getMaxShelveMinutes();
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
			case TandemPackage.ALARM_CLASS__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case TandemPackage.ALARM_CLASS__ACTIVE_COLOR:
				setActiveColor((String)newValue);
				return;
			case TandemPackage.ALARM_CLASS__ACKNOWLEDGED_COLOR:
				setAcknowledgedColor((String)newValue);
				return;
			case TandemPackage.ALARM_CLASS__INACTIVE_COLOR:
				setInactiveColor((String)newValue);
				return;
			case TandemPackage.ALARM_CLASS__TEXT_COLOR:
				setTextColor((String)newValue);
				return;
			case TandemPackage.ALARM_CLASS__ACK_REQUIRED:
				setAckRequired((Boolean)newValue);
				return;
			case TandemPackage.ALARM_CLASS__MAX_SHELVE_MINUTES:
				setMaxShelveMinutes((Integer)newValue);
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
			case TandemPackage.ALARM_CLASS__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case TandemPackage.ALARM_CLASS__ACTIVE_COLOR:
				setActiveColor(ACTIVE_COLOR_EDEFAULT);
				return;
			case TandemPackage.ALARM_CLASS__ACKNOWLEDGED_COLOR:
				setAcknowledgedColor(ACKNOWLEDGED_COLOR_EDEFAULT);
				return;
			case TandemPackage.ALARM_CLASS__INACTIVE_COLOR:
				setInactiveColor(INACTIVE_COLOR_EDEFAULT);
				return;
			case TandemPackage.ALARM_CLASS__TEXT_COLOR:
				setTextColor(TEXT_COLOR_EDEFAULT);
				return;
			case TandemPackage.ALARM_CLASS__ACK_REQUIRED:
				setAckRequired(ACK_REQUIRED_EDEFAULT);
				return;
			case TandemPackage.ALARM_CLASS__MAX_SHELVE_MINUTES:
				setMaxShelveMinutes(MAX_SHELVE_MINUTES_EDEFAULT);
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
			case TandemPackage.ALARM_CLASS__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case TandemPackage.ALARM_CLASS__ACTIVE_COLOR:
				return ACTIVE_COLOR_EDEFAULT == null ? activeColor != null : !ACTIVE_COLOR_EDEFAULT.equals(activeColor);
			case TandemPackage.ALARM_CLASS__ACKNOWLEDGED_COLOR:
				return ACKNOWLEDGED_COLOR_EDEFAULT == null ? acknowledgedColor != null : !ACKNOWLEDGED_COLOR_EDEFAULT.equals(acknowledgedColor);
			case TandemPackage.ALARM_CLASS__INACTIVE_COLOR:
				return INACTIVE_COLOR_EDEFAULT == null ? inactiveColor != null : !INACTIVE_COLOR_EDEFAULT.equals(inactiveColor);
			case TandemPackage.ALARM_CLASS__TEXT_COLOR:
				return TEXT_COLOR_EDEFAULT == null ? textColor != null : !TEXT_COLOR_EDEFAULT.equals(textColor);
			case TandemPackage.ALARM_CLASS__ACK_REQUIRED:
				return ackRequired != ACK_REQUIRED_EDEFAULT;
			case TandemPackage.ALARM_CLASS__MAX_SHELVE_MINUTES:
				return maxShelveMinutes != MAX_SHELVE_MINUTES_EDEFAULT;
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(", activeColor: ");
		result.append(activeColor);
		result.append(", acknowledgedColor: ");
		result.append(acknowledgedColor);
		result.append(", inactiveColor: ");
		result.append(inactiveColor);
		result.append(", textColor: ");
		result.append(textColor);
		result.append(", ackRequired: ");
		result.append(ackRequired);
		result.append(", maxShelveMinutes: ");
		result.append(maxShelveMinutes);
		result.append(')');
		return result.toString();
	}

} //AlarmClassImpl
