/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Project#getDescription <em>Description</em>}</li>
 *   <li>{@link tandem.model.Project#getVersion <em>Version</em>}</li>
 *   <li>{@link tandem.model.Project#getSeed <em>Seed</em>}</li>
 *   <li>{@link tandem.model.Project#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link tandem.model.Project#getVariables <em>Variables</em>}</li>
 *   <li>{@link tandem.model.Project#getAlarmClasses <em>Alarm Classes</em>}</li>
 *   <li>{@link tandem.model.Project#getAlarmGroups <em>Alarm Groups</em>}</li>
 *   <li>{@link tandem.model.Project#getAlarms <em>Alarms</em>}</li>
 *   <li>{@link tandem.model.Project#getCelSettings <em>Cel Settings</em>}</li>
 *   <li>{@link tandem.model.Project#getArchives <em>Archives</em>}</li>
 *   <li>{@link tandem.model.Project#getRecipeGroups <em>Recipe Groups</em>}</li>
 *   <li>{@link tandem.model.Project#getRoles <em>Roles</em>}</li>
 *   <li>{@link tandem.model.Project#getUsers <em>Users</em>}</li>
 *   <li>{@link tandem.model.Project#getSymbols <em>Symbols</em>}</li>
 *   <li>{@link tandem.model.Project#getScreens <em>Screens</em>}</li>
 *   <li>{@link tandem.model.Project#getTopology <em>Topology</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see tandem.model.TandemPackage#getProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link tandem.model.Project#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see tandem.model.TandemPackage#getProject_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link tandem.model.Project#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the simulator driver, so a simulated plant behaves the same on every node and in every run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see tandem.model.TandemPackage#getProject_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link tandem.model.Project#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Drivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Driver> getDrivers();

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Alarm Classes</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.AlarmClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alarm Classes</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_AlarmClasses()
	 * @model containment="true"
	 * @generated
	 */
	EList<AlarmClass> getAlarmClasses();

	/**
	 * Returns the value of the '<em><b>Alarm Groups</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.AlarmGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alarm Groups</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_AlarmGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<AlarmGroup> getAlarmGroups();

	/**
	 * Returns the value of the '<em><b>Alarms</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.Alarm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alarms</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Alarms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Alarm> getAlarms();

	/**
	 * Returns the value of the '<em><b>Cel Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cel Settings</em>' containment reference.
	 * @see #setCelSettings(CelSettings)
	 * @see tandem.model.TandemPackage#getProject_CelSettings()
	 * @model containment="true"
	 * @generated
	 */
	CelSettings getCelSettings();

	/**
	 * Sets the value of the '{@link tandem.model.Project#getCelSettings <em>Cel Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cel Settings</em>' containment reference.
	 * @see #getCelSettings()
	 * @generated
	 */
	void setCelSettings(CelSettings value);

	/**
	 * Returns the value of the '<em><b>Archives</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.Archive}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archives</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Archives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Archive> getArchives();

	/**
	 * Returns the value of the '<em><b>Recipe Groups</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.RecipeGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipe Groups</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_RecipeGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecipeGroup> getRecipeGroups();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Symbols</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.SymbolDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project's symbol library: reusable, parameterised screen pieces placed on screens as SymbolInstances.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbols</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Symbols()
	 * @model containment="true"
	 * @generated
	 */
	EList<SymbolDefinition> getSymbols();

	/**
	 * Returns the value of the '<em><b>Screens</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.Screen}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screens</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getProject_Screens()
	 * @model containment="true"
	 * @generated
	 */
	EList<Screen> getScreens();

	/**
	 * Returns the value of the '<em><b>Topology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topology</em>' containment reference.
	 * @see #setTopology(Topology)
	 * @see tandem.model.TandemPackage#getProject_Topology()
	 * @model containment="true"
	 * @generated
	 */
	Topology getTopology();

	/**
	 * Sets the value of the '{@link tandem.model.Project#getTopology <em>Topology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topology</em>' containment reference.
	 * @see #getTopology()
	 * @generated
	 */
	void setTopology(Topology value);

} // Project
