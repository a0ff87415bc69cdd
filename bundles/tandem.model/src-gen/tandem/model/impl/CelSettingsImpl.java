/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.model.CelSettings;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cel Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.CelSettingsImpl#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link tandem.model.impl.CelSettingsImpl#getMaxEntries <em>Max Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CelSettingsImpl extends MinimalEObjectImpl.Container implements CelSettings {
	/**
	 * The default value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_DAYS_EDEFAULT = 90;

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
	 * The default value of the '{@link #getMaxEntries() <em>Max Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxEntries()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ENTRIES_EDEFAULT = 100000;

	/**
	 * The cached value of the '{@link #getMaxEntries() <em>Max Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxEntries()
	 * @generated
	 * @ordered
	 */
	protected int maxEntries = MAX_ENTRIES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CelSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.CEL_SETTINGS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.CEL_SETTINGS__RETENTION_DAYS, oldRetentionDays, retentionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxEntries() {
		return maxEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxEntries(int newMaxEntries) {
		int oldMaxEntries = maxEntries;
		maxEntries = newMaxEntries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.CEL_SETTINGS__MAX_ENTRIES, oldMaxEntries, maxEntries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.CEL_SETTINGS__RETENTION_DAYS:
				return getRetentionDays();
			case TandemPackage.CEL_SETTINGS__MAX_ENTRIES:
				return getMaxEntries();
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
			case TandemPackage.CEL_SETTINGS__RETENTION_DAYS:
				setRetentionDays((Integer)newValue);
				return;
			case TandemPackage.CEL_SETTINGS__MAX_ENTRIES:
				setMaxEntries((Integer)newValue);
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
			case TandemPackage.CEL_SETTINGS__RETENTION_DAYS:
				setRetentionDays(RETENTION_DAYS_EDEFAULT);
				return;
			case TandemPackage.CEL_SETTINGS__MAX_ENTRIES:
				setMaxEntries(MAX_ENTRIES_EDEFAULT);
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
			case TandemPackage.CEL_SETTINGS__RETENTION_DAYS:
				return retentionDays != RETENTION_DAYS_EDEFAULT;
			case TandemPackage.CEL_SETTINGS__MAX_ENTRIES:
				return maxEntries != MAX_ENTRIES_EDEFAULT;
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
		result.append(" (retentionDays: ");
		result.append(retentionDays);
		result.append(", maxEntries: ");
		result.append(maxEntries);
		result.append(')');
		return result.toString();
	}

} //CelSettingsImpl
