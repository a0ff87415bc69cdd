/**
 */
package tandem.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Button Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.model.TandemPackage#getButtonAction()
 * @model
 * @generated
 */
public enum ButtonAction implements Enumerator {
	/**
	 * The '<em><b>WRITE VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE_VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	WRITE_VALUE(0, "WRITE_VALUE", "WRITE_VALUE"),

	/**
	 * The '<em><b>SWITCH SCREEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH_SCREEN_VALUE
	 * @generated
	 * @ordered
	 */
	SWITCH_SCREEN(1, "SWITCH_SCREEN", "SWITCH_SCREEN"),

	/**
	 * The '<em><b>ACKNOWLEDGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACKNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	ACKNOWLEDGE(2, "ACKNOWLEDGE", "ACKNOWLEDGE");

	/**
	 * The '<em><b>WRITE VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE_VALUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WRITE_VALUE_VALUE = 0;

	/**
	 * The '<em><b>SWITCH SCREEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH_SCREEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SWITCH_SCREEN_VALUE = 1;

	/**
	 * The '<em><b>ACKNOWLEDGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACKNOWLEDGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACKNOWLEDGE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Button Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ButtonAction[] VALUES_ARRAY =
		new ButtonAction[] {
			WRITE_VALUE,
			SWITCH_SCREEN,
			ACKNOWLEDGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Button Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ButtonAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Button Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ButtonAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ButtonAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Button Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ButtonAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ButtonAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Button Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ButtonAction get(int value) {
		switch (value) {
			case WRITE_VALUE_VALUE: return WRITE_VALUE;
			case SWITCH_SCREEN_VALUE: return SWITCH_SCREEN;
			case ACKNOWLEDGE_VALUE: return ACKNOWLEDGE;
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
	private ButtonAction(int value, String name, String literal) {
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
	
} //ButtonAction
