/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.TandemPackage;
import tandem.model.TextBinding;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Text Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.TextBindingImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link tandem.model.impl.TextBindingImpl#getTrueText <em>True Text</em>}</li>
 *   <li>{@link tandem.model.impl.TextBindingImpl#getFalseText <em>False Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TextBindingImpl extends DynamicBindingImpl implements TextBinding {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrueText() <em>True Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrueText()
	 * @generated
	 * @ordered
	 */
	protected static final String TRUE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrueText() <em>True Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrueText()
	 * @generated
	 * @ordered
	 */
	protected String trueText = TRUE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFalseText() <em>False Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFalseText()
	 * @generated
	 * @ordered
	 */
	protected static final String FALSE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFalseText() <em>False Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFalseText()
	 * @generated
	 * @ordered
	 */
	protected String falseText = FALSE_TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TextBindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.TEXT_BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TEXT_BINDING__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrueText() {
		return trueText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrueText(String newTrueText) {
		String oldTrueText = trueText;
		trueText = newTrueText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TEXT_BINDING__TRUE_TEXT, oldTrueText, trueText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFalseText() {
		return falseText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFalseText(String newFalseText) {
		String oldFalseText = falseText;
		falseText = newFalseText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TEXT_BINDING__FALSE_TEXT, oldFalseText, falseText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.TEXT_BINDING__FORMAT:
				return getFormat();
			case TandemPackage.TEXT_BINDING__TRUE_TEXT:
				return getTrueText();
			case TandemPackage.TEXT_BINDING__FALSE_TEXT:
				return getFalseText();
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
			case TandemPackage.TEXT_BINDING__FORMAT:
				setFormat((String)newValue);
				return;
			case TandemPackage.TEXT_BINDING__TRUE_TEXT:
				setTrueText((String)newValue);
				return;
			case TandemPackage.TEXT_BINDING__FALSE_TEXT:
				setFalseText((String)newValue);
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
			case TandemPackage.TEXT_BINDING__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case TandemPackage.TEXT_BINDING__TRUE_TEXT:
				setTrueText(TRUE_TEXT_EDEFAULT);
				return;
			case TandemPackage.TEXT_BINDING__FALSE_TEXT:
				setFalseText(FALSE_TEXT_EDEFAULT);
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
			case TandemPackage.TEXT_BINDING__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case TandemPackage.TEXT_BINDING__TRUE_TEXT:
				return TRUE_TEXT_EDEFAULT == null ? trueText != null : !TRUE_TEXT_EDEFAULT.equals(trueText);
			case TandemPackage.TEXT_BINDING__FALSE_TEXT:
				return FALSE_TEXT_EDEFAULT == null ? falseText != null : !FALSE_TEXT_EDEFAULT.equals(falseText);
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
		result.append(" (format: ");
		result.append(format);
		result.append(", trueText: ");
		result.append(trueText);
		result.append(", falseText: ");
		result.append(falseText);
		result.append(')');
		return result.toString();
	}

} //TextBindingImpl
