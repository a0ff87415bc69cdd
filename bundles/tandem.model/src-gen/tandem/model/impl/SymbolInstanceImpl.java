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

import tandem.model.ParameterValue;
import tandem.model.SymbolDefinition;
import tandem.model.SymbolInstance;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Symbol Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.SymbolInstanceImpl#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link tandem.model.impl.SymbolInstanceImpl#getParameterValues <em>Parameter Values</em>}</li>
 *   <li>{@link tandem.model.impl.SymbolInstanceImpl#getRotation <em>Rotation</em>}</li>
 *   <li>{@link tandem.model.impl.SymbolInstanceImpl#isMirrored <em>Mirrored</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SymbolInstanceImpl extends ScreenElementImpl implements SymbolInstance {
	/**
	 * The cached value of the '{@link #getSymbol() <em>Symbol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected SymbolDefinition symbol;

	/**
	 * The cached value of the '{@link #getParameterValues() <em>Parameter Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> parameterValues;

	/**
	 * The default value of the '{@link #getRotation() <em>Rotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotation()
	 * @generated
	 * @ordered
	 */
	protected static final int ROTATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRotation() <em>Rotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotation()
	 * @generated
	 * @ordered
	 */
	protected int rotation = ROTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isMirrored() <em>Mirrored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMirrored()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MIRRORED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMirrored() <em>Mirrored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMirrored()
	 * @generated
	 * @ordered
	 */
	protected boolean mirrored = MIRRORED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SymbolInstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.SYMBOL_INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SymbolDefinition getSymbol() {
		if (symbol != null && symbol.eIsProxy()) {
			InternalEObject oldSymbol = (InternalEObject)symbol;
			symbol = (SymbolDefinition)eResolveProxy(oldSymbol);
			if (symbol != oldSymbol) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.SYMBOL_INSTANCE__SYMBOL, oldSymbol, symbol));
			}
		}
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SymbolDefinition basicGetSymbol() {
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbol(SymbolDefinition newSymbol) {
		SymbolDefinition oldSymbol = symbol;
		symbol = newSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.SYMBOL_INSTANCE__SYMBOL, oldSymbol, symbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getParameterValues() {
		if (parameterValues == null) {
			parameterValues = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, TandemPackage.SYMBOL_INSTANCE__PARAMETER_VALUES);
		}
		return parameterValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRotation() {
		return rotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRotation(int newRotation) {
		int oldRotation = rotation;
		rotation = newRotation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.SYMBOL_INSTANCE__ROTATION, oldRotation, rotation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMirrored() {
		return mirrored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMirrored(boolean newMirrored) {
		boolean oldMirrored = mirrored;
		mirrored = newMirrored;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.SYMBOL_INSTANCE__MIRRORED, oldMirrored, mirrored));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.SYMBOL_INSTANCE__PARAMETER_VALUES:
				return ((InternalEList<?>)getParameterValues()).basicRemove(otherEnd, msgs);
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
			case TandemPackage.SYMBOL_INSTANCE__SYMBOL:
				if (resolve) return getSymbol();
				return basicGetSymbol();
			case TandemPackage.SYMBOL_INSTANCE__PARAMETER_VALUES:
				return getParameterValues();
			case TandemPackage.SYMBOL_INSTANCE__ROTATION:
				return getRotation();
			case TandemPackage.SYMBOL_INSTANCE__MIRRORED:
				return isMirrored();
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
			case TandemPackage.SYMBOL_INSTANCE__SYMBOL:
				setSymbol((SymbolDefinition)newValue);
				return;
			case TandemPackage.SYMBOL_INSTANCE__PARAMETER_VALUES:
				getParameterValues().clear();
				getParameterValues().addAll((Collection<? extends ParameterValue>)newValue);
				return;
			case TandemPackage.SYMBOL_INSTANCE__ROTATION:
				setRotation((Integer)newValue);
				return;
			case TandemPackage.SYMBOL_INSTANCE__MIRRORED:
				setMirrored((Boolean)newValue);
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
			case TandemPackage.SYMBOL_INSTANCE__SYMBOL:
				setSymbol((SymbolDefinition)null);
				return;
			case TandemPackage.SYMBOL_INSTANCE__PARAMETER_VALUES:
				getParameterValues().clear();
				return;
			case TandemPackage.SYMBOL_INSTANCE__ROTATION:
				setRotation(ROTATION_EDEFAULT);
				return;
			case TandemPackage.SYMBOL_INSTANCE__MIRRORED:
				setMirrored(MIRRORED_EDEFAULT);
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
			case TandemPackage.SYMBOL_INSTANCE__SYMBOL:
				return symbol != null;
			case TandemPackage.SYMBOL_INSTANCE__PARAMETER_VALUES:
				return parameterValues != null && !parameterValues.isEmpty();
			case TandemPackage.SYMBOL_INSTANCE__ROTATION:
				return rotation != ROTATION_EDEFAULT;
			case TandemPackage.SYMBOL_INSTANCE__MIRRORED:
				return mirrored != MIRRORED_EDEFAULT;
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
		result.append(" (rotation: ");
		result.append(rotation);
		result.append(", mirrored: ");
		result.append(mirrored);
		result.append(')');
		return result.toString();
	}

} //SymbolInstanceImpl
