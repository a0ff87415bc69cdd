/**
 */
package tandem.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.model.ModbusTcpDriver;
import tandem.model.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Modbus Tcp Driver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.ModbusTcpDriverImpl#getHost <em>Host</em>}</li>
 *   <li>{@link tandem.model.impl.ModbusTcpDriverImpl#getPort <em>Port</em>}</li>
 *   <li>{@link tandem.model.impl.ModbusTcpDriverImpl#getUnitId <em>Unit Id</em>}</li>
 *   <li>{@link tandem.model.impl.ModbusTcpDriverImpl#getWordOrder <em>Word Order</em>}</li>
 *   <li>{@link tandem.model.impl.ModbusTcpDriverImpl#getTimeoutMs <em>Timeout Ms</em>}</li>
 *   <li>{@link tandem.model.impl.ModbusTcpDriverImpl#getMaxRegistersPerRead <em>Max Registers Per Read</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModbusTcpDriverImpl extends DriverImpl implements ModbusTcpDriver {
	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 502;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitId() <em>Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitId()
	 * @generated
	 * @ordered
	 */
	protected static final int UNIT_ID_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getUnitId() <em>Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitId()
	 * @generated
	 * @ordered
	 */
	protected int unitId = UNIT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getWordOrder() <em>Word Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordOrder()
	 * @generated
	 * @ordered
	 */
	protected static final String WORD_ORDER_EDEFAULT = "ABCD";

	/**
	 * The cached value of the '{@link #getWordOrder() <em>Word Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordOrder()
	 * @generated
	 * @ordered
	 */
	protected String wordOrder = WORD_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutMs() <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEOUT_MS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getTimeoutMs() <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected int timeoutMs = TIMEOUT_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRegistersPerRead() <em>Max Registers Per Read</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegistersPerRead()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_REGISTERS_PER_READ_EDEFAULT = 125;

	/**
	 * The cached value of the '{@link #getMaxRegistersPerRead() <em>Max Registers Per Read</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegistersPerRead()
	 * @generated
	 * @ordered
	 */
	protected int maxRegistersPerRead = MAX_REGISTERS_PER_READ_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModbusTcpDriverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.MODBUS_TCP_DRIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MODBUS_TCP_DRIVER__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MODBUS_TCP_DRIVER__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnitId() {
		return unitId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitId(int newUnitId) {
		int oldUnitId = unitId;
		unitId = newUnitId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MODBUS_TCP_DRIVER__UNIT_ID, oldUnitId, unitId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWordOrder() {
		return wordOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWordOrder(String newWordOrder) {
		String oldWordOrder = wordOrder;
		wordOrder = newWordOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MODBUS_TCP_DRIVER__WORD_ORDER, oldWordOrder, wordOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeoutMs() {
		return timeoutMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutMs(int newTimeoutMs) {
		int oldTimeoutMs = timeoutMs;
		timeoutMs = newTimeoutMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MODBUS_TCP_DRIVER__TIMEOUT_MS, oldTimeoutMs, timeoutMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRegistersPerRead() {
		return maxRegistersPerRead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRegistersPerRead(int newMaxRegistersPerRead) {
		int oldMaxRegistersPerRead = maxRegistersPerRead;
		maxRegistersPerRead = newMaxRegistersPerRead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MODBUS_TCP_DRIVER__MAX_REGISTERS_PER_READ, oldMaxRegistersPerRead, maxRegistersPerRead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.MODBUS_TCP_DRIVER__HOST:
				return getHost();
			case TandemPackage.MODBUS_TCP_DRIVER__PORT:
				return getPort();
			case TandemPackage.MODBUS_TCP_DRIVER__UNIT_ID:
				return getUnitId();
			case TandemPackage.MODBUS_TCP_DRIVER__WORD_ORDER:
				return getWordOrder();
			case TandemPackage.MODBUS_TCP_DRIVER__TIMEOUT_MS:
				return getTimeoutMs();
			case TandemPackage.MODBUS_TCP_DRIVER__MAX_REGISTERS_PER_READ:
				return getMaxRegistersPerRead();
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
			case TandemPackage.MODBUS_TCP_DRIVER__HOST:
				setHost((String)newValue);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__PORT:
				setPort((Integer)newValue);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__UNIT_ID:
				setUnitId((Integer)newValue);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__WORD_ORDER:
				setWordOrder((String)newValue);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__TIMEOUT_MS:
				setTimeoutMs((Integer)newValue);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__MAX_REGISTERS_PER_READ:
				setMaxRegistersPerRead((Integer)newValue);
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
			case TandemPackage.MODBUS_TCP_DRIVER__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__UNIT_ID:
				setUnitId(UNIT_ID_EDEFAULT);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__WORD_ORDER:
				setWordOrder(WORD_ORDER_EDEFAULT);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__TIMEOUT_MS:
				setTimeoutMs(TIMEOUT_MS_EDEFAULT);
				return;
			case TandemPackage.MODBUS_TCP_DRIVER__MAX_REGISTERS_PER_READ:
				setMaxRegistersPerRead(MAX_REGISTERS_PER_READ_EDEFAULT);
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
			case TandemPackage.MODBUS_TCP_DRIVER__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case TandemPackage.MODBUS_TCP_DRIVER__PORT:
				return port != PORT_EDEFAULT;
			case TandemPackage.MODBUS_TCP_DRIVER__UNIT_ID:
				return unitId != UNIT_ID_EDEFAULT;
			case TandemPackage.MODBUS_TCP_DRIVER__WORD_ORDER:
				return WORD_ORDER_EDEFAULT == null ? wordOrder != null : !WORD_ORDER_EDEFAULT.equals(wordOrder);
			case TandemPackage.MODBUS_TCP_DRIVER__TIMEOUT_MS:
				return timeoutMs != TIMEOUT_MS_EDEFAULT;
			case TandemPackage.MODBUS_TCP_DRIVER__MAX_REGISTERS_PER_READ:
				return maxRegistersPerRead != MAX_REGISTERS_PER_READ_EDEFAULT;
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
		result.append(" (host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", unitId: ");
		result.append(unitId);
		result.append(", wordOrder: ");
		result.append(wordOrder);
		result.append(", timeoutMs: ");
		result.append(timeoutMs);
		result.append(", maxRegistersPerRead: ");
		result.append(maxRegistersPerRead);
		result.append(')');
		return result.toString();
	}

} //ModbusTcpDriverImpl
