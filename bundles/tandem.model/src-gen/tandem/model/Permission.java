/**
 */
package tandem.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Permission</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.model.TandemPackage#getPermission()
 * @model
 * @generated
 */
public enum Permission implements Enumerator {
	/**
	 * The '<em><b>VIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIEW_VALUE
	 * @generated
	 * @ordered
	 */
	VIEW(0, "VIEW", "VIEW"),

	/**
	 * The '<em><b>ACKNOWLEDGE ALARMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACKNOWLEDGE_ALARMS_VALUE
	 * @generated
	 * @ordered
	 */
	ACKNOWLEDGE_ALARMS(1, "ACKNOWLEDGE_ALARMS", "ACKNOWLEDGE_ALARMS"),

	/**
	 * The '<em><b>WRITE VARIABLES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE_VARIABLES_VALUE
	 * @generated
	 * @ordered
	 */
	WRITE_VARIABLES(2, "WRITE_VARIABLES", "WRITE_VARIABLES"),

	/**
	 * The '<em><b>DOWNLOAD RECIPES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOWNLOAD_RECIPES_VALUE
	 * @generated
	 * @ordered
	 */
	DOWNLOAD_RECIPES(3, "DOWNLOAD_RECIPES", "DOWNLOAD_RECIPES"),

	/**
	 * The '<em><b>MANAGE USERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_USERS_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGE_USERS(4, "MANAGE_USERS", "MANAGE_USERS"),

	/**
	 * The '<em><b>DEPLOY PROJECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPLOY_PROJECTS_VALUE
	 * @generated
	 * @ordered
	 */
	DEPLOY_PROJECTS(5, "DEPLOY_PROJECTS", "DEPLOY_PROJECTS"),

	/**
	 * The '<em><b>SHELVE ALARMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shelve an alarm (one-shot or timed, within its class's maximum) and unshelve it (ISA-18.2).
	 * <!-- end-model-doc -->
	 * @see #SHELVE_ALARMS_VALUE
	 * @generated
	 * @ordered
	 */
	SHELVE_ALARMS(6, "SHELVE_ALARMS", "SHELVE_ALARMS"),

	/**
	 * The '<em><b>REMOVE ALARMS FROM SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Take an alarm out of service (maintenance) and return it to service (ISA-18.2).
	 * <!-- end-model-doc -->
	 * @see #REMOVE_ALARMS_FROM_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	REMOVE_ALARMS_FROM_SERVICE(7, "REMOVE_ALARMS_FROM_SERVICE", "REMOVE_ALARMS_FROM_SERVICE"),

	/**
	 * The '<em><b>EDIT RECIPES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Change a recipe's values on the running system (runtime data: a deploy keeps them unless the engineer overwrites them).
	 * <!-- end-model-doc -->
	 * @see #EDIT_RECIPES_VALUE
	 * @generated
	 * @ordered
	 */
	EDIT_RECIPES(8, "EDIT_RECIPES", "EDIT_RECIPES");

	/**
	 * The '<em><b>VIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIEW_VALUE = 0;

	/**
	 * The '<em><b>ACKNOWLEDGE ALARMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACKNOWLEDGE_ALARMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACKNOWLEDGE_ALARMS_VALUE = 1;

	/**
	 * The '<em><b>WRITE VARIABLES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE_VARIABLES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WRITE_VARIABLES_VALUE = 2;

	/**
	 * The '<em><b>DOWNLOAD RECIPES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOWNLOAD_RECIPES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOWNLOAD_RECIPES_VALUE = 3;

	/**
	 * The '<em><b>MANAGE USERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_USERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGE_USERS_VALUE = 4;

	/**
	 * The '<em><b>DEPLOY PROJECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPLOY_PROJECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPLOY_PROJECTS_VALUE = 5;

	/**
	 * The '<em><b>SHELVE ALARMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shelve an alarm (one-shot or timed, within its class's maximum) and unshelve it (ISA-18.2).
	 * <!-- end-model-doc -->
	 * @see #SHELVE_ALARMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHELVE_ALARMS_VALUE = 6;

	/**
	 * The '<em><b>REMOVE ALARMS FROM SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Take an alarm out of service (maintenance) and return it to service (ISA-18.2).
	 * <!-- end-model-doc -->
	 * @see #REMOVE_ALARMS_FROM_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOVE_ALARMS_FROM_SERVICE_VALUE = 7;

	/**
	 * The '<em><b>EDIT RECIPES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Change a recipe's values on the running system (runtime data: a deploy keeps them unless the engineer overwrites them).
	 * <!-- end-model-doc -->
	 * @see #EDIT_RECIPES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDIT_RECIPES_VALUE = 8;

	/**
	 * An array of all the '<em><b>Permission</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Permission[] VALUES_ARRAY =
		new Permission[] {
			VIEW,
			ACKNOWLEDGE_ALARMS,
			WRITE_VARIABLES,
			DOWNLOAD_RECIPES,
			MANAGE_USERS,
			DEPLOY_PROJECTS,
			SHELVE_ALARMS,
			REMOVE_ALARMS_FROM_SERVICE,
			EDIT_RECIPES,
		};

	/**
	 * A public read-only list of all the '<em><b>Permission</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Permission> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Permission result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Permission result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission get(int value) {
		switch (value) {
			case VIEW_VALUE: return VIEW;
			case ACKNOWLEDGE_ALARMS_VALUE: return ACKNOWLEDGE_ALARMS;
			case WRITE_VARIABLES_VALUE: return WRITE_VARIABLES;
			case DOWNLOAD_RECIPES_VALUE: return DOWNLOAD_RECIPES;
			case MANAGE_USERS_VALUE: return MANAGE_USERS;
			case DEPLOY_PROJECTS_VALUE: return DEPLOY_PROJECTS;
			case SHELVE_ALARMS_VALUE: return SHELVE_ALARMS;
			case REMOVE_ALARMS_FROM_SERVICE_VALUE: return REMOVE_ALARMS_FROM_SERVICE;
			case EDIT_RECIPES_VALUE: return EDIT_RECIPES;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Permission(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Permission
