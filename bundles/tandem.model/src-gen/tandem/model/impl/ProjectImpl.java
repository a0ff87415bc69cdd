/**
 */
package tandem.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.AlarmGroup;
import tandem.model.Archive;
import tandem.model.CelSettings;
import tandem.model.Driver;
import tandem.model.Project;
import tandem.model.RecipeGroup;
import tandem.model.Role;
import tandem.model.Screen;
import tandem.model.SymbolDefinition;
import tandem.model.TandemPackage;
import tandem.model.Topology;
import tandem.model.User;
import tandem.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.ProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getAlarmClasses <em>Alarm Classes</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getAlarmGroups <em>Alarm Groups</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getAlarms <em>Alarms</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getCelSettings <em>Cel Settings</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getArchives <em>Archives</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getRecipeGroups <em>Recipe Groups</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getSymbols <em>Symbols</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getScreens <em>Screens</em>}</li>
 *   <li>{@link tandem.model.impl.ProjectImpl#getTopology <em>Topology</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends NamedElementImpl implements Project {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Driver> drivers;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * The cached value of the '{@link #getAlarmClasses() <em>Alarm Classes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlarmClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<AlarmClass> alarmClasses;

	/**
	 * The cached value of the '{@link #getAlarmGroups() <em>Alarm Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlarmGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<AlarmGroup> alarmGroups;

	/**
	 * The cached value of the '{@link #getAlarms() <em>Alarms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlarms()
	 * @generated
	 * @ordered
	 */
	protected EList<Alarm> alarms;

	/**
	 * The cached value of the '{@link #getCelSettings() <em>Cel Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCelSettings()
	 * @generated
	 * @ordered
	 */
	protected CelSettings celSettings;

	/**
	 * The cached value of the '{@link #getArchives() <em>Archives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchives()
	 * @generated
	 * @ordered
	 */
	protected EList<Archive> archives;

	/**
	 * The cached value of the '{@link #getRecipeGroups() <em>Recipe Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipeGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<RecipeGroup> recipeGroups;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getSymbols() <em>Symbols</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbols()
	 * @generated
	 * @ordered
	 */
	protected EList<SymbolDefinition> symbols;

	/**
	 * The cached value of the '{@link #getScreens() <em>Screens</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreens()
	 * @generated
	 * @ordered
	 */
	protected EList<Screen> screens;

	/**
	 * The cached value of the '{@link #getTopology() <em>Topology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopology()
	 * @generated
	 * @ordered
	 */
	protected Topology topology;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PROJECT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PROJECT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Driver> getDrivers() {
		if (drivers == null) {
			drivers = new EObjectContainmentEList<Driver>(Driver.class, this, TandemPackage.PROJECT__DRIVERS);
		}
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<Variable>(Variable.class, this, TandemPackage.PROJECT__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AlarmClass> getAlarmClasses() {
		if (alarmClasses == null) {
			alarmClasses = new EObjectContainmentEList<AlarmClass>(AlarmClass.class, this, TandemPackage.PROJECT__ALARM_CLASSES);
		}
		return alarmClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AlarmGroup> getAlarmGroups() {
		if (alarmGroups == null) {
			alarmGroups = new EObjectContainmentEList<AlarmGroup>(AlarmGroup.class, this, TandemPackage.PROJECT__ALARM_GROUPS);
		}
		return alarmGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Alarm> getAlarms() {
		if (alarms == null) {
			alarms = new EObjectContainmentEList<Alarm>(Alarm.class, this, TandemPackage.PROJECT__ALARMS);
		}
		return alarms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CelSettings getCelSettings() {
		return celSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCelSettings(CelSettings newCelSettings, NotificationChain msgs) {
		CelSettings oldCelSettings = celSettings;
		celSettings = newCelSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.PROJECT__CEL_SETTINGS, oldCelSettings, newCelSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCelSettings(CelSettings newCelSettings) {
		if (newCelSettings != celSettings) {
			NotificationChain msgs = null;
			if (celSettings != null)
				msgs = ((InternalEObject)celSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PROJECT__CEL_SETTINGS, null, msgs);
			if (newCelSettings != null)
				msgs = ((InternalEObject)newCelSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PROJECT__CEL_SETTINGS, null, msgs);
			msgs = basicSetCelSettings(newCelSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PROJECT__CEL_SETTINGS, newCelSettings, newCelSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Archive> getArchives() {
		if (archives == null) {
			archives = new EObjectContainmentEList<Archive>(Archive.class, this, TandemPackage.PROJECT__ARCHIVES);
		}
		return archives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecipeGroup> getRecipeGroups() {
		if (recipeGroups == null) {
			recipeGroups = new EObjectContainmentEList<RecipeGroup>(RecipeGroup.class, this, TandemPackage.PROJECT__RECIPE_GROUPS);
		}
		return recipeGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, TandemPackage.PROJECT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, TandemPackage.PROJECT__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SymbolDefinition> getSymbols() {
		if (symbols == null) {
			symbols = new EObjectContainmentEList<SymbolDefinition>(SymbolDefinition.class, this, TandemPackage.PROJECT__SYMBOLS);
		}
		return symbols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Screen> getScreens() {
		if (screens == null) {
			screens = new EObjectContainmentEList<Screen>(Screen.class, this, TandemPackage.PROJECT__SCREENS);
		}
		return screens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology getTopology() {
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTopology(Topology newTopology, NotificationChain msgs) {
		Topology oldTopology = topology;
		topology = newTopology;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.PROJECT__TOPOLOGY, oldTopology, newTopology);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopology(Topology newTopology) {
		if (newTopology != topology) {
			NotificationChain msgs = null;
			if (topology != null)
				msgs = ((InternalEObject)topology).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PROJECT__TOPOLOGY, null, msgs);
			if (newTopology != null)
				msgs = ((InternalEObject)newTopology).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PROJECT__TOPOLOGY, null, msgs);
			msgs = basicSetTopology(newTopology, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PROJECT__TOPOLOGY, newTopology, newTopology));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.PROJECT__DRIVERS:
				return ((InternalEList<?>)getDrivers()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__ALARM_CLASSES:
				return ((InternalEList<?>)getAlarmClasses()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__ALARM_GROUPS:
				return ((InternalEList<?>)getAlarmGroups()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__ALARMS:
				return ((InternalEList<?>)getAlarms()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__CEL_SETTINGS:
				return basicSetCelSettings(null, msgs);
			case TandemPackage.PROJECT__ARCHIVES:
				return ((InternalEList<?>)getArchives()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__RECIPE_GROUPS:
				return ((InternalEList<?>)getRecipeGroups()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__SYMBOLS:
				return ((InternalEList<?>)getSymbols()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__SCREENS:
				return ((InternalEList<?>)getScreens()).basicRemove(otherEnd, msgs);
			case TandemPackage.PROJECT__TOPOLOGY:
				return basicSetTopology(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.PROJECT__DESCRIPTION:
				return getDescription();
			case TandemPackage.PROJECT__VERSION:
				return getVersion();
			case TandemPackage.PROJECT__SEED:
				return getSeed();
			case TandemPackage.PROJECT__DRIVERS:
				return getDrivers();
			case TandemPackage.PROJECT__VARIABLES:
				return getVariables();
			case TandemPackage.PROJECT__ALARM_CLASSES:
				return getAlarmClasses();
			case TandemPackage.PROJECT__ALARM_GROUPS:
				return getAlarmGroups();
			case TandemPackage.PROJECT__ALARMS:
				return getAlarms();
			case TandemPackage.PROJECT__CEL_SETTINGS:
				return getCelSettings();
			case TandemPackage.PROJECT__ARCHIVES:
				return getArchives();
			case TandemPackage.PROJECT__RECIPE_GROUPS:
				return getRecipeGroups();
			case TandemPackage.PROJECT__ROLES:
				return getRoles();
			case TandemPackage.PROJECT__USERS:
				return getUsers();
			case TandemPackage.PROJECT__SYMBOLS:
				return getSymbols();
			case TandemPackage.PROJECT__SCREENS:
				return getScreens();
			case TandemPackage.PROJECT__TOPOLOGY:
				return getTopology();
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
			case TandemPackage.PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TandemPackage.PROJECT__VERSION:
				setVersion((Integer)newValue);
				return;
			case TandemPackage.PROJECT__SEED:
				setSeed((Long)newValue);
				return;
			case TandemPackage.PROJECT__DRIVERS:
				getDrivers().clear();
				getDrivers().addAll((Collection<? extends Driver>)newValue);
				return;
			case TandemPackage.PROJECT__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case TandemPackage.PROJECT__ALARM_CLASSES:
				getAlarmClasses().clear();
				getAlarmClasses().addAll((Collection<? extends AlarmClass>)newValue);
				return;
			case TandemPackage.PROJECT__ALARM_GROUPS:
				getAlarmGroups().clear();
				getAlarmGroups().addAll((Collection<? extends AlarmGroup>)newValue);
				return;
			case TandemPackage.PROJECT__ALARMS:
				getAlarms().clear();
				getAlarms().addAll((Collection<? extends Alarm>)newValue);
				return;
			case TandemPackage.PROJECT__CEL_SETTINGS:
				setCelSettings((CelSettings)newValue);
				return;
			case TandemPackage.PROJECT__ARCHIVES:
				getArchives().clear();
				getArchives().addAll((Collection<? extends Archive>)newValue);
				return;
			case TandemPackage.PROJECT__RECIPE_GROUPS:
				getRecipeGroups().clear();
				getRecipeGroups().addAll((Collection<? extends RecipeGroup>)newValue);
				return;
			case TandemPackage.PROJECT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case TandemPackage.PROJECT__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case TandemPackage.PROJECT__SYMBOLS:
				getSymbols().clear();
				getSymbols().addAll((Collection<? extends SymbolDefinition>)newValue);
				return;
			case TandemPackage.PROJECT__SCREENS:
				getScreens().clear();
				getScreens().addAll((Collection<? extends Screen>)newValue);
				return;
			case TandemPackage.PROJECT__TOPOLOGY:
				setTopology((Topology)newValue);
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
			case TandemPackage.PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TandemPackage.PROJECT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case TandemPackage.PROJECT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case TandemPackage.PROJECT__DRIVERS:
				getDrivers().clear();
				return;
			case TandemPackage.PROJECT__VARIABLES:
				getVariables().clear();
				return;
			case TandemPackage.PROJECT__ALARM_CLASSES:
				getAlarmClasses().clear();
				return;
			case TandemPackage.PROJECT__ALARM_GROUPS:
				getAlarmGroups().clear();
				return;
			case TandemPackage.PROJECT__ALARMS:
				getAlarms().clear();
				return;
			case TandemPackage.PROJECT__CEL_SETTINGS:
				setCelSettings((CelSettings)null);
				return;
			case TandemPackage.PROJECT__ARCHIVES:
				getArchives().clear();
				return;
			case TandemPackage.PROJECT__RECIPE_GROUPS:
				getRecipeGroups().clear();
				return;
			case TandemPackage.PROJECT__ROLES:
				getRoles().clear();
				return;
			case TandemPackage.PROJECT__USERS:
				getUsers().clear();
				return;
			case TandemPackage.PROJECT__SYMBOLS:
				getSymbols().clear();
				return;
			case TandemPackage.PROJECT__SCREENS:
				getScreens().clear();
				return;
			case TandemPackage.PROJECT__TOPOLOGY:
				setTopology((Topology)null);
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
			case TandemPackage.PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TandemPackage.PROJECT__VERSION:
				return version != VERSION_EDEFAULT;
			case TandemPackage.PROJECT__SEED:
				return seed != SEED_EDEFAULT;
			case TandemPackage.PROJECT__DRIVERS:
				return drivers != null && !drivers.isEmpty();
			case TandemPackage.PROJECT__VARIABLES:
				return variables != null && !variables.isEmpty();
			case TandemPackage.PROJECT__ALARM_CLASSES:
				return alarmClasses != null && !alarmClasses.isEmpty();
			case TandemPackage.PROJECT__ALARM_GROUPS:
				return alarmGroups != null && !alarmGroups.isEmpty();
			case TandemPackage.PROJECT__ALARMS:
				return alarms != null && !alarms.isEmpty();
			case TandemPackage.PROJECT__CEL_SETTINGS:
				return celSettings != null;
			case TandemPackage.PROJECT__ARCHIVES:
				return archives != null && !archives.isEmpty();
			case TandemPackage.PROJECT__RECIPE_GROUPS:
				return recipeGroups != null && !recipeGroups.isEmpty();
			case TandemPackage.PROJECT__ROLES:
				return roles != null && !roles.isEmpty();
			case TandemPackage.PROJECT__USERS:
				return users != null && !users.isEmpty();
			case TandemPackage.PROJECT__SYMBOLS:
				return symbols != null && !symbols.isEmpty();
			case TandemPackage.PROJECT__SCREENS:
				return screens != null && !screens.isEmpty();
			case TandemPackage.PROJECT__TOPOLOGY:
				return topology != null;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", version: ");
		result.append(version);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
