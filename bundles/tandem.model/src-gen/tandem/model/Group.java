/**
 */
package tandem.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Group#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getGroup()
 * @model
 * @generated
 */
public interface Group extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link tandem.model.ScreenElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see tandem.model.TandemPackage#getGroup_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScreenElement> getChildren();

} // Group
