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

import tandem.model.ColorMode;
import tandem.model.ColorRange;
import tandem.model.FillColorBinding;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fill Color Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.FillColorBindingImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link tandem.model.impl.FillColorBindingImpl#getRanges <em>Ranges</em>}</li>
 *   <li>{@link tandem.model.impl.FillColorBindingImpl#getDefaultColor <em>Default Color</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FillColorBindingImpl extends DynamicBindingImpl implements FillColorBinding {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ColorMode MODE_EDEFAULT = ColorMode.VALUE_RANGES;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ColorMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRanges() <em>Ranges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRanges()
	 * @generated
	 * @ordered
	 */
	protected EList<ColorRange> ranges;

	/**
	 * The default value of the '{@link #getDefaultColor() <em>Default Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultColor()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFAULT_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultColor() <em>Default Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultColor()
	 * @generated
	 * @ordered
	 */
	protected String defaultColor = DEFAULT_COLOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FillColorBindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.FILL_COLOR_BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColorMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ColorMode newMode) {
		ColorMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.FILL_COLOR_BINDING__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ColorRange> getRanges() {
		if (ranges == null) {
			ranges = new EObjectContainmentEList<ColorRange>(ColorRange.class, this, TandemPackage.FILL_COLOR_BINDING__RANGES);
		}
		return ranges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefaultColor() {
		return defaultColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultColor(String newDefaultColor) {
		String oldDefaultColor = defaultColor;
		defaultColor = newDefaultColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.FILL_COLOR_BINDING__DEFAULT_COLOR, oldDefaultColor, defaultColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.FILL_COLOR_BINDING__RANGES:
				return ((InternalEList<?>)getRanges()).basicRemove(otherEnd, msgs);
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
			case TandemPackage.FILL_COLOR_BINDING__MODE:
				return getMode();
			case TandemPackage.FILL_COLOR_BINDING__RANGES:
				return getRanges();
			case TandemPackage.FILL_COLOR_BINDING__DEFAULT_COLOR:
				return getDefaultColor();
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
			case TandemPackage.FILL_COLOR_BINDING__MODE:
				setMode((ColorMode)newValue);
				return;
			case TandemPackage.FILL_COLOR_BINDING__RANGES:
				getRanges().clear();
				getRanges().addAll((Collection<? extends ColorRange>)newValue);
				return;
			case TandemPackage.FILL_COLOR_BINDING__DEFAULT_COLOR:
				setDefaultColor((String)newValue);
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
			case TandemPackage.FILL_COLOR_BINDING__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case TandemPackage.FILL_COLOR_BINDING__RANGES:
				getRanges().clear();
				return;
			case TandemPackage.FILL_COLOR_BINDING__DEFAULT_COLOR:
				setDefaultColor(DEFAULT_COLOR_EDEFAULT);
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
			case TandemPackage.FILL_COLOR_BINDING__MODE:
				return mode != MODE_EDEFAULT;
			case TandemPackage.FILL_COLOR_BINDING__RANGES:
				return ranges != null && !ranges.isEmpty();
			case TandemPackage.FILL_COLOR_BINDING__DEFAULT_COLOR:
				return DEFAULT_COLOR_EDEFAULT == null ? defaultColor != null : !DEFAULT_COLOR_EDEFAULT.equals(defaultColor);
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", defaultColor: ");
		result.append(defaultColor);
		result.append(')');
		return result.toString();
	}

} //FillColorBindingImpl
