/**
 */
package tandem.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cel Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.CelSettings#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link tandem.model.CelSettings#getMaxEntries <em>Max Entries</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getCelSettings()
 * @model
 * @generated
 */
public interface CelSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Retention Days</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention Days</em>' attribute.
	 * @see #setRetentionDays(int)
	 * @see tandem.model.TandemPackage#getCelSettings_RetentionDays()
	 * @model default="90"
	 * @generated
	 */
	int getRetentionDays();

	/**
	 * Sets the value of the '{@link tandem.model.CelSettings#getRetentionDays <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Days</em>' attribute.
	 * @see #getRetentionDays()
	 * @generated
	 */
	void setRetentionDays(int value);

	/**
	 * Returns the value of the '<em><b>Max Entries</b></em>' attribute.
	 * The default value is <code>"100000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Entries</em>' attribute.
	 * @see #setMaxEntries(int)
	 * @see tandem.model.TandemPackage#getCelSettings_MaxEntries()
	 * @model default="100000"
	 * @generated
	 */
	int getMaxEntries();

	/**
	 * Sets the value of the '{@link tandem.model.CelSettings#getMaxEntries <em>Max Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Entries</em>' attribute.
	 * @see #getMaxEntries()
	 * @generated
	 */
	void setMaxEntries(int value);

} // CelSettings
