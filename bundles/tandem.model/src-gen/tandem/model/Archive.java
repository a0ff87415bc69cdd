/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Archive</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Archive#getVariables <em>Variables</em>}</li>
 *   <li>{@link tandem.model.Archive#getMode <em>Mode</em>}</li>
 *   <li>{@link tandem.model.Archive#getPeriodMs <em>Period Ms</em>}</li>
 *   <li>{@link tandem.model.Archive#getDeadband <em>Deadband</em>}</li>
 *   <li>{@link tandem.model.Archive#getTriggerVariable <em>Trigger Variable</em>}</li>
 *   <li>{@link tandem.model.Archive#getRetentionDays <em>Retention Days</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getArchive()
 * @model
 * @generated
 */
public interface Archive extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Variables</b></em>' reference list.
	 * The list contents are of type {@link tandem.model.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' reference list.
	 * @see tandem.model.TandemPackage#getArchive_Variables()
	 * @model
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link tandem.model.ArchiveMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see tandem.model.ArchiveMode
	 * @see #setMode(ArchiveMode)
	 * @see tandem.model.TandemPackage#getArchive_Mode()
	 * @model
	 * @generated
	 */
	ArchiveMode getMode();

	/**
	 * Sets the value of the '{@link tandem.model.Archive#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see tandem.model.ArchiveMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ArchiveMode value);

	/**
	 * Returns the value of the '<em><b>Period Ms</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CYCLIC: sampling period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Ms</em>' attribute.
	 * @see #setPeriodMs(int)
	 * @see tandem.model.TandemPackage#getArchive_PeriodMs()
	 * @model default="1000"
	 * @generated
	 */
	int getPeriodMs();

	/**
	 * Sets the value of the '{@link tandem.model.Archive#getPeriodMs <em>Period Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Ms</em>' attribute.
	 * @see #getPeriodMs()
	 * @generated
	 */
	void setPeriodMs(int value);

	/**
	 * Returns the value of the '<em><b>Deadband</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ON_CHANGE: a value is recorded when it differs from the last recorded one by more than this (absolute, engineering units).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadband</em>' attribute.
	 * @see #setDeadband(double)
	 * @see tandem.model.TandemPackage#getArchive_Deadband()
	 * @model
	 * @generated
	 */
	double getDeadband();

	/**
	 * Sets the value of the '{@link tandem.model.Archive#getDeadband <em>Deadband</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadband</em>' attribute.
	 * @see #getDeadband()
	 * @generated
	 */
	void setDeadband(double value);

	/**
	 * Returns the value of the '<em><b>Trigger Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EVENT: all variables are recorded when this bool variable goes from false to true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger Variable</em>' reference.
	 * @see #setTriggerVariable(Variable)
	 * @see tandem.model.TandemPackage#getArchive_TriggerVariable()
	 * @model
	 * @generated
	 */
	Variable getTriggerVariable();

	/**
	 * Sets the value of the '{@link tandem.model.Archive#getTriggerVariable <em>Trigger Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger Variable</em>' reference.
	 * @see #getTriggerVariable()
	 * @generated
	 */
	void setTriggerVariable(Variable value);

	/**
	 * Returns the value of the '<em><b>Retention Days</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention Days</em>' attribute.
	 * @see #setRetentionDays(int)
	 * @see tandem.model.TandemPackage#getArchive_RetentionDays()
	 * @model default="30"
	 * @generated
	 */
	int getRetentionDays();

	/**
	 * Sets the value of the '{@link tandem.model.Archive#getRetentionDays <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Days</em>' attribute.
	 * @see #getRetentionDays()
	 * @generated
	 */
	void setRetentionDays(int value);

} // Archive
