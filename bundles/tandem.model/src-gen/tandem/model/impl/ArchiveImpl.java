/**
 */
package tandem.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import tandem.model.Archive;
import tandem.model.ArchiveMode;
import tandem.model.TandemPackage;
import tandem.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Archive</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.ArchiveImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link tandem.model.impl.ArchiveImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link tandem.model.impl.ArchiveImpl#getPeriodMs <em>Period Ms</em>}</li>
 *   <li>{@link tandem.model.impl.ArchiveImpl#getDeadband <em>Deadband</em>}</li>
 *   <li>{@link tandem.model.impl.ArchiveImpl#getTriggerVariable <em>Trigger Variable</em>}</li>
 *   <li>{@link tandem.model.impl.ArchiveImpl#getRetentionDays <em>Retention Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchiveImpl extends NamedElementImpl implements Archive {
	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ArchiveMode MODE_EDEFAULT = ArchiveMode.CYCLIC;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ArchiveMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodMs() <em>Period Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodMs()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_MS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getPeriodMs() <em>Period Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodMs()
	 * @generated
	 * @ordered
	 */
	protected int periodMs = PERIOD_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadband() <em>Deadband</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadband()
	 * @generated
	 * @ordered
	 */
	protected static final double DEADBAND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDeadband() <em>Deadband</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadband()
	 * @generated
	 * @ordered
	 */
	protected double deadband = DEADBAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTriggerVariable() <em>Trigger Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggerVariable()
	 * @generated
	 * @ordered
	 */
	protected Variable triggerVariable;

	/**
	 * The default value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_DAYS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected int retentionDays = RETENTION_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.ARCHIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectResolvingEList<Variable>(Variable.class, this, TandemPackage.ARCHIVE__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchiveMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ArchiveMode newMode) {
		ArchiveMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ARCHIVE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodMs() {
		return periodMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodMs(int newPeriodMs) {
		int oldPeriodMs = periodMs;
		periodMs = newPeriodMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ARCHIVE__PERIOD_MS, oldPeriodMs, periodMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeadband() {
		return deadband;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadband(double newDeadband) {
		double oldDeadband = deadband;
		deadband = newDeadband;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ARCHIVE__DEADBAND, oldDeadband, deadband));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getTriggerVariable() {
		if (triggerVariable != null && triggerVariable.eIsProxy()) {
			InternalEObject oldTriggerVariable = (InternalEObject)triggerVariable;
			triggerVariable = (Variable)eResolveProxy(oldTriggerVariable);
			if (triggerVariable != oldTriggerVariable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.ARCHIVE__TRIGGER_VARIABLE, oldTriggerVariable, triggerVariable));
			}
		}
		return triggerVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetTriggerVariable() {
		return triggerVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTriggerVariable(Variable newTriggerVariable) {
		Variable oldTriggerVariable = triggerVariable;
		triggerVariable = newTriggerVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ARCHIVE__TRIGGER_VARIABLE, oldTriggerVariable, triggerVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetentionDays() {
		return retentionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionDays(int newRetentionDays) {
		int oldRetentionDays = retentionDays;
		retentionDays = newRetentionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ARCHIVE__RETENTION_DAYS, oldRetentionDays, retentionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.ARCHIVE__VARIABLES:
				return getVariables();
			case TandemPackage.ARCHIVE__MODE:
				return getMode();
			case TandemPackage.ARCHIVE__PERIOD_MS:
				return getPeriodMs();
			case TandemPackage.ARCHIVE__DEADBAND:
				return getDeadband();
			case TandemPackage.ARCHIVE__TRIGGER_VARIABLE:
				if (resolve) return getTriggerVariable();
				return basicGetTriggerVariable();
			case TandemPackage.ARCHIVE__RETENTION_DAYS:
				return getRetentionDays();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TandemPackage.ARCHIVE__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case TandemPackage.ARCHIVE__MODE:
				setMode((ArchiveMode)newValue);
				return;
			case TandemPackage.ARCHIVE__PERIOD_MS:
				setPeriodMs((Integer)newValue);
				return;
			case TandemPackage.ARCHIVE__DEADBAND:
				setDeadband((Double)newValue);
				return;
			case TandemPackage.ARCHIVE__TRIGGER_VARIABLE:
				setTriggerVariable((Variable)newValue);
				return;
			case TandemPackage.ARCHIVE__RETENTION_DAYS:
				setRetentionDays((Integer)newValue);
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
			case TandemPackage.ARCHIVE__VARIABLES:
				getVariables().clear();
				return;
			case TandemPackage.ARCHIVE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case TandemPackage.ARCHIVE__PERIOD_MS:
				setPeriodMs(PERIOD_MS_EDEFAULT);
				return;
			case TandemPackage.ARCHIVE__DEADBAND:
				setDeadband(DEADBAND_EDEFAULT);
				return;
			case TandemPackage.ARCHIVE__TRIGGER_VARIABLE:
				setTriggerVariable((Variable)null);
				return;
			case TandemPackage.ARCHIVE__RETENTION_DAYS:
				setRetentionDays(RETENTION_DAYS_EDEFAULT);
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
			case TandemPackage.ARCHIVE__VARIABLES:
				return variables != null && !variables.isEmpty();
			case TandemPackage.ARCHIVE__MODE:
				return mode != MODE_EDEFAULT;
			case TandemPackage.ARCHIVE__PERIOD_MS:
				return periodMs != PERIOD_MS_EDEFAULT;
			case TandemPackage.ARCHIVE__DEADBAND:
				return deadband != DEADBAND_EDEFAULT;
			case TandemPackage.ARCHIVE__TRIGGER_VARIABLE:
				return triggerVariable != null;
			case TandemPackage.ARCHIVE__RETENTION_DAYS:
				return retentionDays != RETENTION_DAYS_EDEFAULT;
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", periodMs: ");
		result.append(periodMs);
		result.append(", deadband: ");
		result.append(deadband);
		result.append(", retentionDays: ");
		result.append(retentionDays);
		result.append(')');
		return result.toString();
	}

} //ArchiveImpl
