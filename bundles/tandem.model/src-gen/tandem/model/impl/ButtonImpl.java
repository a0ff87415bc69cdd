/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.AlarmGroup;
import tandem.model.Button;
import tandem.model.ButtonAction;
import tandem.model.Screen;
import tandem.model.TandemPackage;
import tandem.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Button</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.ButtonImpl#getText <em>Text</em>}</li>
 *   <li>{@link tandem.model.impl.ButtonImpl#getAction <em>Action</em>}</li>
 *   <li>{@link tandem.model.impl.ButtonImpl#getTargetVariable <em>Target Variable</em>}</li>
 *   <li>{@link tandem.model.impl.ButtonImpl#getTargetVariableName <em>Target Variable Name</em>}</li>
 *   <li>{@link tandem.model.impl.ButtonImpl#getValue <em>Value</em>}</li>
 *   <li>{@link tandem.model.impl.ButtonImpl#isConfirm <em>Confirm</em>}</li>
 *   <li>{@link tandem.model.impl.ButtonImpl#getTargetScreen <em>Target Screen</em>}</li>
 *   <li>{@link tandem.model.impl.ButtonImpl#getAlarmGroup <em>Alarm Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ButtonImpl extends ScreenElementImpl implements Button {
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
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final ButtonAction ACTION_EDEFAULT = ButtonAction.WRITE_VALUE;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected ButtonAction action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetVariable() <em>Target Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetVariable()
	 * @generated
	 * @ordered
	 */
	protected Variable targetVariable;

	/**
	 * The default value of the '{@link #getTargetVariableName() <em>Target Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetVariableName()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_VARIABLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetVariableName() <em>Target Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetVariableName()
	 * @generated
	 * @ordered
	 */
	protected String targetVariableName = TARGET_VARIABLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

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
	 * The default value of the '{@link #isConfirm() <em>Confirm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirm()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIRM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfirm() <em>Confirm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirm()
	 * @generated
	 * @ordered
	 */
	protected boolean confirm = CONFIRM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetScreen() <em>Target Screen</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetScreen()
	 * @generated
	 * @ordered
	 */
	protected Screen targetScreen;

	/**
	 * The cached value of the '{@link #getAlarmGroup() <em>Alarm Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlarmGroup()
	 * @generated
	 * @ordered
	 */
	protected AlarmGroup alarmGroup;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ButtonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.BUTTON;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ButtonAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(ButtonAction newAction) {
		ButtonAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getTargetVariable() {
		if (targetVariable != null && targetVariable.eIsProxy()) {
			InternalEObject oldTargetVariable = (InternalEObject)targetVariable;
			targetVariable = (Variable)eResolveProxy(oldTargetVariable);
			if (targetVariable != oldTargetVariable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.BUTTON__TARGET_VARIABLE, oldTargetVariable, targetVariable));
			}
		}
		return targetVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetTargetVariable() {
		return targetVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetVariable(Variable newTargetVariable) {
		Variable oldTargetVariable = targetVariable;
		targetVariable = newTargetVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__TARGET_VARIABLE, oldTargetVariable, targetVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetVariableName() {
		return targetVariableName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetVariableName(String newTargetVariableName) {
		String oldTargetVariableName = targetVariableName;
		targetVariableName = newTargetVariableName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__TARGET_VARIABLE_NAME, oldTargetVariableName, targetVariableName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfirm() {
		return confirm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirm(boolean newConfirm) {
		boolean oldConfirm = confirm;
		confirm = newConfirm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__CONFIRM, oldConfirm, confirm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Screen getTargetScreen() {
		if (targetScreen != null && targetScreen.eIsProxy()) {
			InternalEObject oldTargetScreen = (InternalEObject)targetScreen;
			targetScreen = (Screen)eResolveProxy(oldTargetScreen);
			if (targetScreen != oldTargetScreen) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.BUTTON__TARGET_SCREEN, oldTargetScreen, targetScreen));
			}
		}
		return targetScreen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Screen basicGetTargetScreen() {
		return targetScreen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetScreen(Screen newTargetScreen) {
		Screen oldTargetScreen = targetScreen;
		targetScreen = newTargetScreen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__TARGET_SCREEN, oldTargetScreen, targetScreen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlarmGroup getAlarmGroup() {
		if (alarmGroup != null && alarmGroup.eIsProxy()) {
			InternalEObject oldAlarmGroup = (InternalEObject)alarmGroup;
			alarmGroup = (AlarmGroup)eResolveProxy(oldAlarmGroup);
			if (alarmGroup != oldAlarmGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.BUTTON__ALARM_GROUP, oldAlarmGroup, alarmGroup));
			}
		}
		return alarmGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AlarmGroup basicGetAlarmGroup() {
		return alarmGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlarmGroup(AlarmGroup newAlarmGroup) {
		AlarmGroup oldAlarmGroup = alarmGroup;
		alarmGroup = newAlarmGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BUTTON__ALARM_GROUP, oldAlarmGroup, alarmGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.BUTTON__TEXT:
				return getText();
			case TandemPackage.BUTTON__ACTION:
				return getAction();
			case TandemPackage.BUTTON__TARGET_VARIABLE:
				if (resolve) return getTargetVariable();
				return basicGetTargetVariable();
			case TandemPackage.BUTTON__TARGET_VARIABLE_NAME:
				return getTargetVariableName();
			case TandemPackage.BUTTON__VALUE:
				return getValue();
			case TandemPackage.BUTTON__CONFIRM:
				return isConfirm();
			case TandemPackage.BUTTON__TARGET_SCREEN:
				if (resolve) return getTargetScreen();
				return basicGetTargetScreen();
			case TandemPackage.BUTTON__ALARM_GROUP:
				if (resolve) return getAlarmGroup();
				return basicGetAlarmGroup();
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
			case TandemPackage.BUTTON__TEXT:
				setText((String)newValue);
				return;
			case TandemPackage.BUTTON__ACTION:
				setAction((ButtonAction)newValue);
				return;
			case TandemPackage.BUTTON__TARGET_VARIABLE:
				setTargetVariable((Variable)newValue);
				return;
			case TandemPackage.BUTTON__TARGET_VARIABLE_NAME:
				setTargetVariableName((String)newValue);
				return;
			case TandemPackage.BUTTON__VALUE:
				setValue((String)newValue);
				return;
			case TandemPackage.BUTTON__CONFIRM:
				setConfirm((Boolean)newValue);
				return;
			case TandemPackage.BUTTON__TARGET_SCREEN:
				setTargetScreen((Screen)newValue);
				return;
			case TandemPackage.BUTTON__ALARM_GROUP:
				setAlarmGroup((AlarmGroup)newValue);
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
			case TandemPackage.BUTTON__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case TandemPackage.BUTTON__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case TandemPackage.BUTTON__TARGET_VARIABLE:
				setTargetVariable((Variable)null);
				return;
			case TandemPackage.BUTTON__TARGET_VARIABLE_NAME:
				setTargetVariableName(TARGET_VARIABLE_NAME_EDEFAULT);
				return;
			case TandemPackage.BUTTON__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case TandemPackage.BUTTON__CONFIRM:
				setConfirm(CONFIRM_EDEFAULT);
				return;
			case TandemPackage.BUTTON__TARGET_SCREEN:
				setTargetScreen((Screen)null);
				return;
			case TandemPackage.BUTTON__ALARM_GROUP:
				setAlarmGroup((AlarmGroup)null);
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
			case TandemPackage.BUTTON__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case TandemPackage.BUTTON__ACTION:
				return action != ACTION_EDEFAULT;
			case TandemPackage.BUTTON__TARGET_VARIABLE:
				return targetVariable != null;
			case TandemPackage.BUTTON__TARGET_VARIABLE_NAME:
				return TARGET_VARIABLE_NAME_EDEFAULT == null ? targetVariableName != null : !TARGET_VARIABLE_NAME_EDEFAULT.equals(targetVariableName);
			case TandemPackage.BUTTON__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case TandemPackage.BUTTON__CONFIRM:
				return confirm != CONFIRM_EDEFAULT;
			case TandemPackage.BUTTON__TARGET_SCREEN:
				return targetScreen != null;
			case TandemPackage.BUTTON__ALARM_GROUP:
				return alarmGroup != null;
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
		result.append(" (text: ");
		result.append(text);
		result.append(", action: ");
		result.append(action);
		result.append(", targetVariableName: ");
		result.append(targetVariableName);
		result.append(", value: ");
		result.append(value);
		result.append(", confirm: ");
		result.append(confirm);
		result.append(')');
		return result.toString();
	}

} //ButtonImpl
