/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.BarGraph;
import tandem.model.Orientation;
import tandem.model.TandemPackage;
import tandem.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bar Graph</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.BarGraphImpl#getVariable <em>Variable</em>}</li>
 *   <li>{@link tandem.model.impl.BarGraphImpl#getVariableName <em>Variable Name</em>}</li>
 *   <li>{@link tandem.model.impl.BarGraphImpl#getOrientation <em>Orientation</em>}</li>
 *   <li>{@link tandem.model.impl.BarGraphImpl#getBarColor <em>Bar Color</em>}</li>
 *   <li>{@link tandem.model.impl.BarGraphImpl#isShowScale <em>Show Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BarGraphImpl extends ScreenElementImpl implements BarGraph {
	/**
	 * The cached value of the '{@link #getVariable() <em>Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected Variable variable;

	/**
	 * The default value of the '{@link #getVariableName() <em>Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableName()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIABLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariableName() <em>Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableName()
	 * @generated
	 * @ordered
	 */
	protected String variableName = VARIABLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrientation() <em>Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrientation()
	 * @generated
	 * @ordered
	 */
	protected static final Orientation ORIENTATION_EDEFAULT = Orientation.VERTICAL;

	/**
	 * The cached value of the '{@link #getOrientation() <em>Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrientation()
	 * @generated
	 * @ordered
	 */
	protected Orientation orientation = ORIENTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBarColor() <em>Bar Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BAR_COLOR_EDEFAULT = "#0060C0";

	/**
	 * The cached value of the '{@link #getBarColor() <em>Bar Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarColor()
	 * @generated
	 * @ordered
	 */
	protected String barColor = BAR_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isShowScale() <em>Show Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowScale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHOW_SCALE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isShowScale() <em>Show Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowScale()
	 * @generated
	 * @ordered
	 */
	protected boolean showScale = SHOW_SCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BarGraphImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.BAR_GRAPH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getVariable() {
		if (variable != null && variable.eIsProxy()) {
			InternalEObject oldVariable = (InternalEObject)variable;
			variable = (Variable)eResolveProxy(oldVariable);
			if (variable != oldVariable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.BAR_GRAPH__VARIABLE, oldVariable, variable));
			}
		}
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetVariable() {
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariable(Variable newVariable) {
		Variable oldVariable = variable;
		variable = newVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BAR_GRAPH__VARIABLE, oldVariable, variable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariableName() {
		return variableName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariableName(String newVariableName) {
		String oldVariableName = variableName;
		variableName = newVariableName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BAR_GRAPH__VARIABLE_NAME, oldVariableName, variableName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Orientation getOrientation() {
		return orientation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrientation(Orientation newOrientation) {
		Orientation oldOrientation = orientation;
		orientation = newOrientation == null ? ORIENTATION_EDEFAULT : newOrientation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BAR_GRAPH__ORIENTATION, oldOrientation, orientation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBarColor() {
		return barColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBarColor(String newBarColor) {
		String oldBarColor = barColor;
		barColor = newBarColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BAR_GRAPH__BAR_COLOR, oldBarColor, barColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShowScale() {
		return showScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShowScale(boolean newShowScale) {
		boolean oldShowScale = showScale;
		showScale = newShowScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.BAR_GRAPH__SHOW_SCALE, oldShowScale, showScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.BAR_GRAPH__VARIABLE:
				if (resolve) return getVariable();
				return basicGetVariable();
			case TandemPackage.BAR_GRAPH__VARIABLE_NAME:
				return getVariableName();
			case TandemPackage.BAR_GRAPH__ORIENTATION:
				return getOrientation();
			case TandemPackage.BAR_GRAPH__BAR_COLOR:
				return getBarColor();
			case TandemPackage.BAR_GRAPH__SHOW_SCALE:
				return isShowScale();
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
			case TandemPackage.BAR_GRAPH__VARIABLE:
				setVariable((Variable)newValue);
				return;
			case TandemPackage.BAR_GRAPH__VARIABLE_NAME:
				setVariableName((String)newValue);
				return;
			case TandemPackage.BAR_GRAPH__ORIENTATION:
				setOrientation((Orientation)newValue);
				return;
			case TandemPackage.BAR_GRAPH__BAR_COLOR:
				setBarColor((String)newValue);
				return;
			case TandemPackage.BAR_GRAPH__SHOW_SCALE:
				setShowScale((Boolean)newValue);
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
			case TandemPackage.BAR_GRAPH__VARIABLE:
				setVariable((Variable)null);
				return;
			case TandemPackage.BAR_GRAPH__VARIABLE_NAME:
				setVariableName(VARIABLE_NAME_EDEFAULT);
				return;
			case TandemPackage.BAR_GRAPH__ORIENTATION:
				setOrientation(ORIENTATION_EDEFAULT);
				return;
			case TandemPackage.BAR_GRAPH__BAR_COLOR:
				setBarColor(BAR_COLOR_EDEFAULT);
				return;
			case TandemPackage.BAR_GRAPH__SHOW_SCALE:
				setShowScale(SHOW_SCALE_EDEFAULT);
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
			case TandemPackage.BAR_GRAPH__VARIABLE:
				return variable != null;
			case TandemPackage.BAR_GRAPH__VARIABLE_NAME:
				return VARIABLE_NAME_EDEFAULT == null ? variableName != null : !VARIABLE_NAME_EDEFAULT.equals(variableName);
			case TandemPackage.BAR_GRAPH__ORIENTATION:
				return orientation != ORIENTATION_EDEFAULT;
			case TandemPackage.BAR_GRAPH__BAR_COLOR:
				return BAR_COLOR_EDEFAULT == null ? barColor != null : !BAR_COLOR_EDEFAULT.equals(barColor);
			case TandemPackage.BAR_GRAPH__SHOW_SCALE:
				return showScale != SHOW_SCALE_EDEFAULT;
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
		result.append(" (variableName: ");
		result.append(variableName);
		result.append(", orientation: ");
		result.append(orientation);
		result.append(", barColor: ");
		result.append(barColor);
		result.append(", showScale: ");
		result.append(showScale);
		result.append(')');
		return result.toString();
	}

} //BarGraphImpl
