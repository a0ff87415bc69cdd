/**
 */
package tandem.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import tandem.model.TandemPackage;
import tandem.model.Trend;
import tandem.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trend</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.TrendImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link tandem.model.impl.TrendImpl#getVariableNames <em>Variable Names</em>}</li>
 *   <li>{@link tandem.model.impl.TrendImpl#getTimeSpanS <em>Time Span S</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrendImpl extends ScreenElementImpl implements Trend {
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
	 * The cached value of the '{@link #getVariableNames() <em>Variable Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> variableNames;

	/**
	 * The default value of the '{@link #getTimeSpanS() <em>Time Span S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeSpanS()
	 * @generated
	 * @ordered
	 */
	protected static final int TIME_SPAN_S_EDEFAULT = 600;

	/**
	 * The cached value of the '{@link #getTimeSpanS() <em>Time Span S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeSpanS()
	 * @generated
	 * @ordered
	 */
	protected int timeSpanS = TIME_SPAN_S_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrendImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.TREND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectResolvingEList<Variable>(Variable.class, this, TandemPackage.TREND__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVariableNames() {
		if (variableNames == null) {
			variableNames = new EDataTypeUniqueEList<String>(String.class, this, TandemPackage.TREND__VARIABLE_NAMES);
		}
		return variableNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeSpanS() {
		return timeSpanS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeSpanS(int newTimeSpanS) {
		int oldTimeSpanS = timeSpanS;
		timeSpanS = newTimeSpanS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TREND__TIME_SPAN_S, oldTimeSpanS, timeSpanS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.TREND__VARIABLES:
				return getVariables();
			case TandemPackage.TREND__VARIABLE_NAMES:
				return getVariableNames();
			case TandemPackage.TREND__TIME_SPAN_S:
				return getTimeSpanS();
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
			case TandemPackage.TREND__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case TandemPackage.TREND__VARIABLE_NAMES:
				getVariableNames().clear();
				getVariableNames().addAll((Collection<? extends String>)newValue);
				return;
			case TandemPackage.TREND__TIME_SPAN_S:
				setTimeSpanS((Integer)newValue);
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
			case TandemPackage.TREND__VARIABLES:
				getVariables().clear();
				return;
			case TandemPackage.TREND__VARIABLE_NAMES:
				getVariableNames().clear();
				return;
			case TandemPackage.TREND__TIME_SPAN_S:
				setTimeSpanS(TIME_SPAN_S_EDEFAULT);
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
			case TandemPackage.TREND__VARIABLES:
				return variables != null && !variables.isEmpty();
			case TandemPackage.TREND__VARIABLE_NAMES:
				return variableNames != null && !variableNames.isEmpty();
			case TandemPackage.TREND__TIME_SPAN_S:
				return timeSpanS != TIME_SPAN_S_EDEFAULT;
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
		result.append(" (variableNames: ");
		result.append(variableNames);
		result.append(", timeSpanS: ");
		result.append(timeSpanS);
		result.append(')');
		return result.toString();
	}

} //TrendImpl
