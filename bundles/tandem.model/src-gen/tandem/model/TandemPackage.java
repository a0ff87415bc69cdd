/**
 */
package tandem.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A whole Tandem project: everything the studio edits and the runtime executes.
 * <!-- end-model-doc -->
 * @see tandem.model.TandemFactory
 * @model kind="package"
 * @generated
 */
public interface TandemPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://tandem/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tandem";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TandemPackage eINSTANCE = tandem.model.impl.TandemPackageImpl.init();

	/**
	 * The meta object id for the '{@link tandem.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.NamedElementImpl
	 * @see tandem.model.impl.TandemPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ProjectImpl
	 * @see tandem.model.impl.TandemPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VERSION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SEED = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DRIVERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VARIABLES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Alarm Classes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ALARM_CLASSES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Alarm Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ALARM_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Alarms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ALARMS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cel Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CEL_SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Archives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ARCHIVES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Recipe Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RECIPE_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ROLES = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__USERS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Symbols</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SYMBOLS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Screens</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SCREENS = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Topology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TOPOLOGY = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.VariableImpl
	 * @see tandem.model.impl.TandemPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DATA_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Range Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__RANGE_MIN = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Range Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__RANGE_MAX = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Initial Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__INITIAL_VALUE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__WRITABLE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__ADDRESS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Rate Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__RATE_MS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.DriverImpl <em>Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.DriverImpl
	 * @see tandem.model.impl.TandemPackageImpl#getDriver()
	 * @generated
	 */
	int DRIVER = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The number of structural features of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.SimulatorDriverImpl <em>Simulator Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.SimulatorDriverImpl
	 * @see tandem.model.impl.TandemPackageImpl#getSimulatorDriver()
	 * @generated
	 */
	int SIMULATOR_DRIVER = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATOR_DRIVER__NAME = DRIVER__NAME;

	/**
	 * The number of structural features of the '<em>Simulator Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATOR_DRIVER_FEATURE_COUNT = DRIVER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Simulator Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATOR_DRIVER_OPERATION_COUNT = DRIVER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.OpcUaDriverImpl <em>Opc Ua Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.OpcUaDriverImpl
	 * @see tandem.model.impl.TandemPackageImpl#getOpcUaDriver()
	 * @generated
	 */
	int OPC_UA_DRIVER = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_DRIVER__NAME = DRIVER__NAME;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_DRIVER__ENDPOINT = DRIVER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Security Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_DRIVER__SECURITY_POLICY = DRIVER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Opc Ua Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_DRIVER_FEATURE_COUNT = DRIVER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Opc Ua Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_DRIVER_OPERATION_COUNT = DRIVER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ModbusTcpDriverImpl <em>Modbus Tcp Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ModbusTcpDriverImpl
	 * @see tandem.model.impl.TandemPackageImpl#getModbusTcpDriver()
	 * @generated
	 */
	int MODBUS_TCP_DRIVER = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER__NAME = DRIVER__NAME;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER__HOST = DRIVER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER__PORT = DRIVER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER__UNIT_ID = DRIVER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Word Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER__WORD_ORDER = DRIVER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Timeout Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER__TIMEOUT_MS = DRIVER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Registers Per Read</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER__MAX_REGISTERS_PER_READ = DRIVER_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Modbus Tcp Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER_FEATURE_COUNT = DRIVER_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Modbus Tcp Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_DRIVER_OPERATION_COUNT = DRIVER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.AlarmClassImpl <em>Alarm Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.AlarmClassImpl
	 * @see tandem.model.impl.TandemPackageImpl#getAlarmClass()
	 * @generated
	 */
	int ALARM_CLASS = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Active Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__ACTIVE_COLOR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Acknowledged Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__ACKNOWLEDGED_COLOR = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Inactive Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__INACTIVE_COLOR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__TEXT_COLOR = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ack Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__ACK_REQUIRED = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Max Shelve Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS__MAX_SHELVE_MINUTES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Alarm Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Alarm Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_CLASS_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.AlarmGroupImpl <em>Alarm Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.AlarmGroupImpl
	 * @see tandem.model.impl.TandemPackageImpl#getAlarmGroup()
	 * @generated
	 */
	int ALARM_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_GROUP__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Alarm Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Alarm Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.AlarmImpl <em>Alarm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.AlarmImpl
	 * @see tandem.model.impl.TandemPackageImpl#getAlarm()
	 * @generated
	 */
	int ALARM = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM__VARIABLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM__GROUP = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Alarm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Alarm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.LimitAlarmImpl <em>Limit Alarm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.LimitAlarmImpl
	 * @see tandem.model.impl.TandemPackageImpl#getLimitAlarm()
	 * @generated
	 */
	int LIMIT_ALARM = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM__NAME = ALARM__NAME;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM__VARIABLE = ALARM__VARIABLE;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM__GROUP = ALARM__GROUP;

	/**
	 * The feature id for the '<em><b>Low Low</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM__LOW_LOW = ALARM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Low</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM__LOW = ALARM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>High</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM__HIGH = ALARM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>High High</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM__HIGH_HIGH = ALARM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Limit Alarm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM_FEATURE_COUNT = ALARM_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Limit Alarm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_ALARM_OPERATION_COUNT = ALARM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.LimitDefinitionImpl <em>Limit Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.LimitDefinitionImpl
	 * @see tandem.model.impl.TandemPackageImpl#getLimitDefinition()
	 * @generated
	 */
	int LIMIT_DEFINITION = 11;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_DEFINITION__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Hysteresis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_DEFINITION__HYSTERESIS = 1;

	/**
	 * The feature id for the '<em><b>Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_DEFINITION__DELAY_MS = 2;

	/**
	 * The feature id for the '<em><b>Alarm Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_DEFINITION__ALARM_CLASS = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_DEFINITION__TEXT = 4;

	/**
	 * The number of structural features of the '<em>Limit Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_DEFINITION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Limit Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMIT_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.BinaryAlarmImpl <em>Binary Alarm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.BinaryAlarmImpl
	 * @see tandem.model.impl.TandemPackageImpl#getBinaryAlarm()
	 * @generated
	 */
	int BINARY_ALARM = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM__NAME = ALARM__NAME;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM__VARIABLE = ALARM__VARIABLE;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM__GROUP = ALARM__GROUP;

	/**
	 * The feature id for the '<em><b>Alarm State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM__ALARM_STATE = ALARM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM__DELAY_MS = ALARM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Alarm Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM__ALARM_CLASS = ALARM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM__TEXT = ALARM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Binary Alarm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM_FEATURE_COUNT = ALARM_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Binary Alarm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_ALARM_OPERATION_COUNT = ALARM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.CelSettingsImpl <em>Cel Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.CelSettingsImpl
	 * @see tandem.model.impl.TandemPackageImpl#getCelSettings()
	 * @generated
	 */
	int CEL_SETTINGS = 13;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_SETTINGS__RETENTION_DAYS = 0;

	/**
	 * The feature id for the '<em><b>Max Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_SETTINGS__MAX_ENTRIES = 1;

	/**
	 * The number of structural features of the '<em>Cel Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_SETTINGS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Cel Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ArchiveImpl <em>Archive</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ArchiveImpl
	 * @see tandem.model.impl.TandemPackageImpl#getArchive()
	 * @generated
	 */
	int ARCHIVE = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE__VARIABLES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE__MODE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE__PERIOD_MS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deadband</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE__DEADBAND = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Trigger Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE__TRIGGER_VARIABLE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE__RETENTION_DAYS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Archive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Archive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.RecipeGroupImpl <em>Recipe Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.RecipeGroupImpl
	 * @see tandem.model.impl.TandemPackageImpl#getRecipeGroup()
	 * @generated
	 */
	int RECIPE_GROUP = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_GROUP__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recipes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_GROUP__RECIPES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Recipe Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Recipe Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.RecipeImpl <em>Recipe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.RecipeImpl
	 * @see tandem.model.impl.TandemPackageImpl#getRecipe()
	 * @generated
	 */
	int RECIPE = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.RecipeValueImpl <em>Recipe Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.RecipeValueImpl
	 * @see tandem.model.impl.TandemPackageImpl#getRecipeValue()
	 * @generated
	 */
	int RECIPE_VALUE = 17;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_VALUE__VARIABLE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Recipe Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Recipe Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.RoleImpl
	 * @see tandem.model.impl.TandemPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PERMISSIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.UserImpl
	 * @see tandem.model.impl.TandemPackageImpl#getUser()
	 * @generated
	 */
	int USER = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__FULL_NAME = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__PASSWORD_HASH = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ScreenImpl <em>Screen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ScreenImpl
	 * @see tandem.model.impl.TandemPackageImpl#getScreen()
	 * @generated
	 */
	int SCREEN = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN__WIDTH = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN__HEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN__BACKGROUND = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN__START = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Grid Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN__GRID_STEP = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN__ELEMENTS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ScreenElementImpl <em>Screen Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ScreenElementImpl
	 * @see tandem.model.impl.TandemPackageImpl#getScreenElement()
	 * @generated
	 */
	int SCREEN_ELEMENT = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__X = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__Y = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__WIDTH = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__HEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__FOREGROUND = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__BACKGROUND = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__FONT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__LINE_WIDTH = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT__BINDINGS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Screen Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Screen Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_ELEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.RectangleImpl <em>Rectangle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.RectangleImpl
	 * @see tandem.model.impl.TandemPackageImpl#getRectangle()
	 * @generated
	 */
	int RECTANGLE = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Corner Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__CORNER_RADIUS = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Rectangle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Rectangle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.EllipseImpl <em>Ellipse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.EllipseImpl
	 * @see tandem.model.impl.TandemPackageImpl#getEllipse()
	 * @generated
	 */
	int ELLIPSE = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The number of structural features of the '<em>Ellipse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Ellipse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.LineImpl <em>Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.LineImpl
	 * @see tandem.model.impl.TandemPackageImpl#getLine()
	 * @generated
	 */
	int LINE = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The number of structural features of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.PolylineImpl <em>Polyline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.PolylineImpl
	 * @see tandem.model.impl.TandemPackageImpl#getPolyline()
	 * @generated
	 */
	int POLYLINE = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE__POINTS = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Polyline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Polyline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.TextImpl <em>Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.TextImpl
	 * @see tandem.model.impl.TandemPackageImpl#getText()
	 * @generated
	 */
	int TEXT = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__TEXT = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Alignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT__ALIGNMENT = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.NumericDisplayImpl <em>Numeric Display</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.NumericDisplayImpl
	 * @see tandem.model.impl.TandemPackageImpl#getNumericDisplay()
	 * @generated
	 */
	int NUMERIC_DISPLAY = 27;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__VARIABLE = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__VARIABLE_NAME = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__FORMAT = SCREEN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Show Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__SHOW_UNIT = SCREEN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Alignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY__ALIGNMENT = SCREEN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Numeric Display</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Numeric Display</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_DISPLAY_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.BarGraphImpl <em>Bar Graph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.BarGraphImpl
	 * @see tandem.model.impl.TandemPackageImpl#getBarGraph()
	 * @generated
	 */
	int BAR_GRAPH = 28;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__VARIABLE = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__VARIABLE_NAME = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Orientation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__ORIENTATION = SCREEN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bar Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__BAR_COLOR = SCREEN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Show Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH__SHOW_SCALE = SCREEN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Bar Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Bar Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAR_GRAPH_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ButtonImpl <em>Button</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ButtonImpl
	 * @see tandem.model.impl.TandemPackageImpl#getButton()
	 * @generated
	 */
	int BUTTON = 29;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__TEXT = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__ACTION = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__TARGET_VARIABLE = SCREEN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__TARGET_VARIABLE_NAME = SCREEN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__VALUE = SCREEN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Confirm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__CONFIRM = SCREEN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Screen</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__TARGET_SCREEN = SCREEN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Alarm Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON__ALARM_GROUP = SCREEN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Button</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Button</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUTTON_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.TrendImpl <em>Trend</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.TrendImpl
	 * @see tandem.model.impl.TandemPackageImpl#getTrend()
	 * @generated
	 */
	int TREND = 30;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__VARIABLES = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Variable Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__VARIABLE_NAMES = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Time Span S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND__TIME_SPAN_S = SCREEN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Trend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Trend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREND_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.AlarmListImpl <em>Alarm List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.AlarmListImpl
	 * @see tandem.model.impl.TandemPackageImpl#getAlarmList()
	 * @generated
	 */
	int ALARM_LIST = 31;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__GROUP = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST__MAX_ROWS = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Alarm List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Alarm List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALARM_LIST_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.CelListImpl <em>Cel List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.CelListImpl
	 * @see tandem.model.impl.TandemPackageImpl#getCelList()
	 * @generated
	 */
	int CEL_LIST = 32;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Max Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST__MAX_ROWS = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cel List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cel List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEL_LIST_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ImageImpl <em>Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ImageImpl
	 * @see tandem.model.impl.TandemPackageImpl#getImage()
	 * @generated
	 */
	int IMAGE = 33;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__SYMBOL = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.GroupImpl
	 * @see tandem.model.impl.TandemPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 34;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__CHILDREN = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.SymbolInstanceImpl <em>Symbol Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.SymbolInstanceImpl
	 * @see tandem.model.impl.TandemPackageImpl#getSymbolInstance()
	 * @generated
	 */
	int SYMBOL_INSTANCE = 35;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__NAME = SCREEN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__X = SCREEN_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__Y = SCREEN_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__WIDTH = SCREEN_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__HEIGHT = SCREEN_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__FOREGROUND = SCREEN_ELEMENT__FOREGROUND;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__BACKGROUND = SCREEN_ELEMENT__BACKGROUND;

	/**
	 * The feature id for the '<em><b>Font</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__FONT = SCREEN_ELEMENT__FONT;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__LINE_WIDTH = SCREEN_ELEMENT__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__BINDINGS = SCREEN_ELEMENT__BINDINGS;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__SYMBOL = SCREEN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameter Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__PARAMETER_VALUES = SCREEN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__ROTATION = SCREEN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mirrored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE__MIRRORED = SCREEN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Symbol Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE_FEATURE_COUNT = SCREEN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Symbol Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_INSTANCE_OPERATION_COUNT = SCREEN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ParameterValueImpl
	 * @see tandem.model.impl.TandemPackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 36;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__PARAMETER = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.SymbolDefinitionImpl <em>Symbol Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.SymbolDefinitionImpl
	 * @see tandem.model.impl.TandemPackageImpl#getSymbolDefinition()
	 * @generated
	 */
	int SYMBOL_DEFINITION = 37;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION__WIDTH = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION__HEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION__ELEMENTS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Symbol Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Symbol Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_DEFINITION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.SymbolParameterImpl <em>Symbol Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.SymbolParameterImpl
	 * @see tandem.model.impl.TandemPackageImpl#getSymbolParameter()
	 * @generated
	 */
	int SYMBOL_PARAMETER = 38;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_PARAMETER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_PARAMETER__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_PARAMETER__DEFAULT_VALUE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Symbol Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_PARAMETER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Symbol Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_PARAMETER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.DynamicBindingImpl <em>Dynamic Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.DynamicBindingImpl
	 * @see tandem.model.impl.TandemPackageImpl#getDynamicBinding()
	 * @generated
	 */
	int DYNAMIC_BINDING = 39;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DYNAMIC_BINDING__VARIABLE = 0;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DYNAMIC_BINDING__VARIABLE_NAME = 1;

	/**
	 * The number of structural features of the '<em>Dynamic Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DYNAMIC_BINDING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Dynamic Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DYNAMIC_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.FillColorBindingImpl <em>Fill Color Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.FillColorBindingImpl
	 * @see tandem.model.impl.TandemPackageImpl#getFillColorBinding()
	 * @generated
	 */
	int FILL_COLOR_BINDING = 40;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_COLOR_BINDING__VARIABLE = DYNAMIC_BINDING__VARIABLE;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_COLOR_BINDING__VARIABLE_NAME = DYNAMIC_BINDING__VARIABLE_NAME;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_COLOR_BINDING__MODE = DYNAMIC_BINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ranges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_COLOR_BINDING__RANGES = DYNAMIC_BINDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_COLOR_BINDING__DEFAULT_COLOR = DYNAMIC_BINDING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Fill Color Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_COLOR_BINDING_FEATURE_COUNT = DYNAMIC_BINDING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Fill Color Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_COLOR_BINDING_OPERATION_COUNT = DYNAMIC_BINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.ColorRangeImpl <em>Color Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.ColorRangeImpl
	 * @see tandem.model.impl.TandemPackageImpl#getColorRange()
	 * @generated
	 */
	int COLOR_RANGE = 41;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLOR_RANGE__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLOR_RANGE__TO = 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLOR_RANGE__COLOR = 2;

	/**
	 * The number of structural features of the '<em>Color Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLOR_RANGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Color Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLOR_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.FillLevelBindingImpl <em>Fill Level Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.FillLevelBindingImpl
	 * @see tandem.model.impl.TandemPackageImpl#getFillLevelBinding()
	 * @generated
	 */
	int FILL_LEVEL_BINDING = 42;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING__VARIABLE = DYNAMIC_BINDING__VARIABLE;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING__VARIABLE_NAME = DYNAMIC_BINDING__VARIABLE_NAME;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING__MIN = DYNAMIC_BINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING__MAX = DYNAMIC_BINDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING__DIRECTION = DYNAMIC_BINDING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING__FILL_COLOR = DYNAMIC_BINDING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Fill Level Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING_FEATURE_COUNT = DYNAMIC_BINDING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Fill Level Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILL_LEVEL_BINDING_OPERATION_COUNT = DYNAMIC_BINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.VisibilityBindingImpl <em>Visibility Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.VisibilityBindingImpl
	 * @see tandem.model.impl.TandemPackageImpl#getVisibilityBinding()
	 * @generated
	 */
	int VISIBILITY_BINDING = 43;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIBILITY_BINDING__VARIABLE = DYNAMIC_BINDING__VARIABLE;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIBILITY_BINDING__VARIABLE_NAME = DYNAMIC_BINDING__VARIABLE_NAME;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIBILITY_BINDING__OPERATOR = DYNAMIC_BINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIBILITY_BINDING__VALUE = DYNAMIC_BINDING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Visibility Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIBILITY_BINDING_FEATURE_COUNT = DYNAMIC_BINDING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Visibility Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIBILITY_BINDING_OPERATION_COUNT = DYNAMIC_BINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.TextBindingImpl <em>Text Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.TextBindingImpl
	 * @see tandem.model.impl.TandemPackageImpl#getTextBinding()
	 * @generated
	 */
	int TEXT_BINDING = 44;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BINDING__VARIABLE = DYNAMIC_BINDING__VARIABLE;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BINDING__VARIABLE_NAME = DYNAMIC_BINDING__VARIABLE_NAME;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BINDING__FORMAT = DYNAMIC_BINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>True Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BINDING__TRUE_TEXT = DYNAMIC_BINDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>False Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BINDING__FALSE_TEXT = DYNAMIC_BINDING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Text Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BINDING_FEATURE_COUNT = DYNAMIC_BINDING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Text Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BINDING_OPERATION_COUNT = DYNAMIC_BINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.BlinkBindingImpl <em>Blink Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.BlinkBindingImpl
	 * @see tandem.model.impl.TandemPackageImpl#getBlinkBinding()
	 * @generated
	 */
	int BLINK_BINDING = 45;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING__VARIABLE = DYNAMIC_BINDING__VARIABLE;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING__VARIABLE_NAME = DYNAMIC_BINDING__VARIABLE_NAME;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING__OPERATOR = DYNAMIC_BINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING__VALUE = DYNAMIC_BINDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Interval Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING__INTERVAL_MS = DYNAMIC_BINDING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Blink Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING__BLINK_COLOR = DYNAMIC_BINDING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Blink Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING_FEATURE_COUNT = DYNAMIC_BINDING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Blink Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINK_BINDING_OPERATION_COUNT = DYNAMIC_BINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.TopologyImpl <em>Topology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.TopologyImpl
	 * @see tandem.model.impl.TandemPackageImpl#getTopology()
	 * @generated
	 */
	int TOPOLOGY = 46;

	/**
	 * The feature id for the '<em><b>Cluster Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__CLUSTER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Secret Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SECRET_REF = 1;

	/**
	 * The feature id for the '<em><b>Redundancy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__REDUNDANCY = 2;

	/**
	 * The feature id for the '<em><b>Failure Detection Timeout Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS = 3;

	/**
	 * The feature id for the '<em><b>Heartbeat Interval Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__HEARTBEAT_INTERVAL_MS = 4;

	/**
	 * The feature id for the '<em><b>Verify Suspect Timeout Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS = 5;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NODES = 6;

	/**
	 * The feature id for the '<em><b>Witness</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__WITNESS = 7;

	/**
	 * The number of structural features of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link tandem.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.impl.NodeImpl
	 * @see tandem.model.impl.TandemPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 47;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__HOST = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PORT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link tandem.model.DataType <em>Data Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.DataType
	 * @see tandem.model.impl.TandemPackageImpl#getDataType()
	 * @generated
	 */
	int DATA_TYPE = 48;

	/**
	 * The meta object id for the '{@link tandem.model.ArchiveMode <em>Archive Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.ArchiveMode
	 * @see tandem.model.impl.TandemPackageImpl#getArchiveMode()
	 * @generated
	 */
	int ARCHIVE_MODE = 49;

	/**
	 * The meta object id for the '{@link tandem.model.Permission <em>Permission</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.Permission
	 * @see tandem.model.impl.TandemPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 50;

	/**
	 * The meta object id for the '{@link tandem.model.TextAlignment <em>Text Alignment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.TextAlignment
	 * @see tandem.model.impl.TandemPackageImpl#getTextAlignment()
	 * @generated
	 */
	int TEXT_ALIGNMENT = 51;

	/**
	 * The meta object id for the '{@link tandem.model.Orientation <em>Orientation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.Orientation
	 * @see tandem.model.impl.TandemPackageImpl#getOrientation()
	 * @generated
	 */
	int ORIENTATION = 52;

	/**
	 * The meta object id for the '{@link tandem.model.ButtonAction <em>Button Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.ButtonAction
	 * @see tandem.model.impl.TandemPackageImpl#getButtonAction()
	 * @generated
	 */
	int BUTTON_ACTION = 53;

	/**
	 * The meta object id for the '{@link tandem.model.ColorMode <em>Color Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.ColorMode
	 * @see tandem.model.impl.TandemPackageImpl#getColorMode()
	 * @generated
	 */
	int COLOR_MODE = 54;

	/**
	 * The meta object id for the '{@link tandem.model.FillDirection <em>Fill Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.FillDirection
	 * @see tandem.model.impl.TandemPackageImpl#getFillDirection()
	 * @generated
	 */
	int FILL_DIRECTION = 55;

	/**
	 * The meta object id for the '{@link tandem.model.ComparisonOperator <em>Comparison Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.ComparisonOperator
	 * @see tandem.model.impl.TandemPackageImpl#getComparisonOperator()
	 * @generated
	 */
	int COMPARISON_OPERATOR = 56;

	/**
	 * The meta object id for the '{@link tandem.model.NodeRole <em>Node Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see tandem.model.NodeRole
	 * @see tandem.model.impl.TandemPackageImpl#getNodeRole()
	 * @generated
	 */
	int NODE_ROLE = 57;


	/**
	 * Returns the meta object for class '{@link tandem.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see tandem.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see tandem.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link tandem.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see tandem.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Project#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see tandem.model.Project#getDescription()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Description();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Project#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see tandem.model.Project#getVersion()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Version();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Project#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see tandem.model.Project#getSeed()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Seed();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see tandem.model.Project#getDrivers()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Drivers();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see tandem.model.Project#getVariables()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Variables();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getAlarmClasses <em>Alarm Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alarm Classes</em>'.
	 * @see tandem.model.Project#getAlarmClasses()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_AlarmClasses();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getAlarmGroups <em>Alarm Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alarm Groups</em>'.
	 * @see tandem.model.Project#getAlarmGroups()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_AlarmGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getAlarms <em>Alarms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alarms</em>'.
	 * @see tandem.model.Project#getAlarms()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Alarms();

	/**
	 * Returns the meta object for the containment reference '{@link tandem.model.Project#getCelSettings <em>Cel Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cel Settings</em>'.
	 * @see tandem.model.Project#getCelSettings()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_CelSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getArchives <em>Archives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Archives</em>'.
	 * @see tandem.model.Project#getArchives()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Archives();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getRecipeGroups <em>Recipe Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recipe Groups</em>'.
	 * @see tandem.model.Project#getRecipeGroups()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_RecipeGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see tandem.model.Project#getRoles()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see tandem.model.Project#getUsers()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getSymbols <em>Symbols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Symbols</em>'.
	 * @see tandem.model.Project#getSymbols()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Symbols();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Project#getScreens <em>Screens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Screens</em>'.
	 * @see tandem.model.Project#getScreens()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Screens();

	/**
	 * Returns the meta object for the containment reference '{@link tandem.model.Project#getTopology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Topology</em>'.
	 * @see tandem.model.Project#getTopology()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Topology();

	/**
	 * Returns the meta object for class '{@link tandem.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see tandem.model.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see tandem.model.Variable#getDescription()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Description();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getDataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Type</em>'.
	 * @see tandem.model.Variable#getDataType()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_DataType();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see tandem.model.Variable#getUnit()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Unit();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getRangeMin <em>Range Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range Min</em>'.
	 * @see tandem.model.Variable#getRangeMin()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_RangeMin();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getRangeMax <em>Range Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range Max</em>'.
	 * @see tandem.model.Variable#getRangeMax()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_RangeMax();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getInitialValue <em>Initial Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Value</em>'.
	 * @see tandem.model.Variable#getInitialValue()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_InitialValue();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#isWritable <em>Writable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable</em>'.
	 * @see tandem.model.Variable#isWritable()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Writable();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Variable#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see tandem.model.Variable#getDriver()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_Driver();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see tandem.model.Variable#getAddress()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Address();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Variable#getRateMs <em>Rate Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Ms</em>'.
	 * @see tandem.model.Variable#getRateMs()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_RateMs();

	/**
	 * Returns the meta object for class '{@link tandem.model.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver</em>'.
	 * @see tandem.model.Driver
	 * @generated
	 */
	EClass getDriver();

	/**
	 * Returns the meta object for class '{@link tandem.model.SimulatorDriver <em>Simulator Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Simulator Driver</em>'.
	 * @see tandem.model.SimulatorDriver
	 * @generated
	 */
	EClass getSimulatorDriver();

	/**
	 * Returns the meta object for class '{@link tandem.model.OpcUaDriver <em>Opc Ua Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opc Ua Driver</em>'.
	 * @see tandem.model.OpcUaDriver
	 * @generated
	 */
	EClass getOpcUaDriver();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.OpcUaDriver#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint</em>'.
	 * @see tandem.model.OpcUaDriver#getEndpoint()
	 * @see #getOpcUaDriver()
	 * @generated
	 */
	EAttribute getOpcUaDriver_Endpoint();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.OpcUaDriver#getSecurityPolicy <em>Security Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Policy</em>'.
	 * @see tandem.model.OpcUaDriver#getSecurityPolicy()
	 * @see #getOpcUaDriver()
	 * @generated
	 */
	EAttribute getOpcUaDriver_SecurityPolicy();

	/**
	 * Returns the meta object for class '{@link tandem.model.ModbusTcpDriver <em>Modbus Tcp Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modbus Tcp Driver</em>'.
	 * @see tandem.model.ModbusTcpDriver
	 * @generated
	 */
	EClass getModbusTcpDriver();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ModbusTcpDriver#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see tandem.model.ModbusTcpDriver#getHost()
	 * @see #getModbusTcpDriver()
	 * @generated
	 */
	EAttribute getModbusTcpDriver_Host();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ModbusTcpDriver#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see tandem.model.ModbusTcpDriver#getPort()
	 * @see #getModbusTcpDriver()
	 * @generated
	 */
	EAttribute getModbusTcpDriver_Port();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ModbusTcpDriver#getUnitId <em>Unit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Id</em>'.
	 * @see tandem.model.ModbusTcpDriver#getUnitId()
	 * @see #getModbusTcpDriver()
	 * @generated
	 */
	EAttribute getModbusTcpDriver_UnitId();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ModbusTcpDriver#getWordOrder <em>Word Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Order</em>'.
	 * @see tandem.model.ModbusTcpDriver#getWordOrder()
	 * @see #getModbusTcpDriver()
	 * @generated
	 */
	EAttribute getModbusTcpDriver_WordOrder();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ModbusTcpDriver#getTimeoutMs <em>Timeout Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Ms</em>'.
	 * @see tandem.model.ModbusTcpDriver#getTimeoutMs()
	 * @see #getModbusTcpDriver()
	 * @generated
	 */
	EAttribute getModbusTcpDriver_TimeoutMs();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ModbusTcpDriver#getMaxRegistersPerRead <em>Max Registers Per Read</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Registers Per Read</em>'.
	 * @see tandem.model.ModbusTcpDriver#getMaxRegistersPerRead()
	 * @see #getModbusTcpDriver()
	 * @generated
	 */
	EAttribute getModbusTcpDriver_MaxRegistersPerRead();

	/**
	 * Returns the meta object for class '{@link tandem.model.AlarmClass <em>Alarm Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alarm Class</em>'.
	 * @see tandem.model.AlarmClass
	 * @generated
	 */
	EClass getAlarmClass();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmClass#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see tandem.model.AlarmClass#getPriority()
	 * @see #getAlarmClass()
	 * @generated
	 */
	EAttribute getAlarmClass_Priority();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmClass#getActiveColor <em>Active Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active Color</em>'.
	 * @see tandem.model.AlarmClass#getActiveColor()
	 * @see #getAlarmClass()
	 * @generated
	 */
	EAttribute getAlarmClass_ActiveColor();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmClass#getAcknowledgedColor <em>Acknowledged Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged Color</em>'.
	 * @see tandem.model.AlarmClass#getAcknowledgedColor()
	 * @see #getAlarmClass()
	 * @generated
	 */
	EAttribute getAlarmClass_AcknowledgedColor();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmClass#getInactiveColor <em>Inactive Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inactive Color</em>'.
	 * @see tandem.model.AlarmClass#getInactiveColor()
	 * @see #getAlarmClass()
	 * @generated
	 */
	EAttribute getAlarmClass_InactiveColor();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmClass#getTextColor <em>Text Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Color</em>'.
	 * @see tandem.model.AlarmClass#getTextColor()
	 * @see #getAlarmClass()
	 * @generated
	 */
	EAttribute getAlarmClass_TextColor();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmClass#isAckRequired <em>Ack Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ack Required</em>'.
	 * @see tandem.model.AlarmClass#isAckRequired()
	 * @see #getAlarmClass()
	 * @generated
	 */
	EAttribute getAlarmClass_AckRequired();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmClass#getMaxShelveMinutes <em>Max Shelve Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Shelve Minutes</em>'.
	 * @see tandem.model.AlarmClass#getMaxShelveMinutes()
	 * @see #getAlarmClass()
	 * @generated
	 */
	EAttribute getAlarmClass_MaxShelveMinutes();

	/**
	 * Returns the meta object for class '{@link tandem.model.AlarmGroup <em>Alarm Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alarm Group</em>'.
	 * @see tandem.model.AlarmGroup
	 * @generated
	 */
	EClass getAlarmGroup();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see tandem.model.AlarmGroup#getDescription()
	 * @see #getAlarmGroup()
	 * @generated
	 */
	EAttribute getAlarmGroup_Description();

	/**
	 * Returns the meta object for class '{@link tandem.model.Alarm <em>Alarm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alarm</em>'.
	 * @see tandem.model.Alarm
	 * @generated
	 */
	EClass getAlarm();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Alarm#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see tandem.model.Alarm#getVariable()
	 * @see #getAlarm()
	 * @generated
	 */
	EReference getAlarm_Variable();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Alarm#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see tandem.model.Alarm#getGroup()
	 * @see #getAlarm()
	 * @generated
	 */
	EReference getAlarm_Group();

	/**
	 * Returns the meta object for class '{@link tandem.model.LimitAlarm <em>Limit Alarm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Limit Alarm</em>'.
	 * @see tandem.model.LimitAlarm
	 * @generated
	 */
	EClass getLimitAlarm();

	/**
	 * Returns the meta object for the containment reference '{@link tandem.model.LimitAlarm#getLowLow <em>Low Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Low Low</em>'.
	 * @see tandem.model.LimitAlarm#getLowLow()
	 * @see #getLimitAlarm()
	 * @generated
	 */
	EReference getLimitAlarm_LowLow();

	/**
	 * Returns the meta object for the containment reference '{@link tandem.model.LimitAlarm#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Low</em>'.
	 * @see tandem.model.LimitAlarm#getLow()
	 * @see #getLimitAlarm()
	 * @generated
	 */
	EReference getLimitAlarm_Low();

	/**
	 * Returns the meta object for the containment reference '{@link tandem.model.LimitAlarm#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>High</em>'.
	 * @see tandem.model.LimitAlarm#getHigh()
	 * @see #getLimitAlarm()
	 * @generated
	 */
	EReference getLimitAlarm_High();

	/**
	 * Returns the meta object for the containment reference '{@link tandem.model.LimitAlarm#getHighHigh <em>High High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>High High</em>'.
	 * @see tandem.model.LimitAlarm#getHighHigh()
	 * @see #getLimitAlarm()
	 * @generated
	 */
	EReference getLimitAlarm_HighHigh();

	/**
	 * Returns the meta object for class '{@link tandem.model.LimitDefinition <em>Limit Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Limit Definition</em>'.
	 * @see tandem.model.LimitDefinition
	 * @generated
	 */
	EClass getLimitDefinition();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.LimitDefinition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see tandem.model.LimitDefinition#getValue()
	 * @see #getLimitDefinition()
	 * @generated
	 */
	EAttribute getLimitDefinition_Value();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.LimitDefinition#getHysteresis <em>Hysteresis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hysteresis</em>'.
	 * @see tandem.model.LimitDefinition#getHysteresis()
	 * @see #getLimitDefinition()
	 * @generated
	 */
	EAttribute getLimitDefinition_Hysteresis();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.LimitDefinition#getDelayMs <em>Delay Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Ms</em>'.
	 * @see tandem.model.LimitDefinition#getDelayMs()
	 * @see #getLimitDefinition()
	 * @generated
	 */
	EAttribute getLimitDefinition_DelayMs();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.LimitDefinition#getAlarmClass <em>Alarm Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Alarm Class</em>'.
	 * @see tandem.model.LimitDefinition#getAlarmClass()
	 * @see #getLimitDefinition()
	 * @generated
	 */
	EReference getLimitDefinition_AlarmClass();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.LimitDefinition#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see tandem.model.LimitDefinition#getText()
	 * @see #getLimitDefinition()
	 * @generated
	 */
	EAttribute getLimitDefinition_Text();

	/**
	 * Returns the meta object for class '{@link tandem.model.BinaryAlarm <em>Binary Alarm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Binary Alarm</em>'.
	 * @see tandem.model.BinaryAlarm
	 * @generated
	 */
	EClass getBinaryAlarm();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BinaryAlarm#isAlarmState <em>Alarm State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alarm State</em>'.
	 * @see tandem.model.BinaryAlarm#isAlarmState()
	 * @see #getBinaryAlarm()
	 * @generated
	 */
	EAttribute getBinaryAlarm_AlarmState();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BinaryAlarm#getDelayMs <em>Delay Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Ms</em>'.
	 * @see tandem.model.BinaryAlarm#getDelayMs()
	 * @see #getBinaryAlarm()
	 * @generated
	 */
	EAttribute getBinaryAlarm_DelayMs();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.BinaryAlarm#getAlarmClass <em>Alarm Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Alarm Class</em>'.
	 * @see tandem.model.BinaryAlarm#getAlarmClass()
	 * @see #getBinaryAlarm()
	 * @generated
	 */
	EReference getBinaryAlarm_AlarmClass();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BinaryAlarm#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see tandem.model.BinaryAlarm#getText()
	 * @see #getBinaryAlarm()
	 * @generated
	 */
	EAttribute getBinaryAlarm_Text();

	/**
	 * Returns the meta object for class '{@link tandem.model.CelSettings <em>Cel Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cel Settings</em>'.
	 * @see tandem.model.CelSettings
	 * @generated
	 */
	EClass getCelSettings();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.CelSettings#getRetentionDays <em>Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Days</em>'.
	 * @see tandem.model.CelSettings#getRetentionDays()
	 * @see #getCelSettings()
	 * @generated
	 */
	EAttribute getCelSettings_RetentionDays();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.CelSettings#getMaxEntries <em>Max Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Entries</em>'.
	 * @see tandem.model.CelSettings#getMaxEntries()
	 * @see #getCelSettings()
	 * @generated
	 */
	EAttribute getCelSettings_MaxEntries();

	/**
	 * Returns the meta object for class '{@link tandem.model.Archive <em>Archive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Archive</em>'.
	 * @see tandem.model.Archive
	 * @generated
	 */
	EClass getArchive();

	/**
	 * Returns the meta object for the reference list '{@link tandem.model.Archive#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variables</em>'.
	 * @see tandem.model.Archive#getVariables()
	 * @see #getArchive()
	 * @generated
	 */
	EReference getArchive_Variables();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Archive#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see tandem.model.Archive#getMode()
	 * @see #getArchive()
	 * @generated
	 */
	EAttribute getArchive_Mode();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Archive#getPeriodMs <em>Period Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Ms</em>'.
	 * @see tandem.model.Archive#getPeriodMs()
	 * @see #getArchive()
	 * @generated
	 */
	EAttribute getArchive_PeriodMs();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Archive#getDeadband <em>Deadband</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadband</em>'.
	 * @see tandem.model.Archive#getDeadband()
	 * @see #getArchive()
	 * @generated
	 */
	EAttribute getArchive_Deadband();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Archive#getTriggerVariable <em>Trigger Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trigger Variable</em>'.
	 * @see tandem.model.Archive#getTriggerVariable()
	 * @see #getArchive()
	 * @generated
	 */
	EReference getArchive_TriggerVariable();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Archive#getRetentionDays <em>Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Days</em>'.
	 * @see tandem.model.Archive#getRetentionDays()
	 * @see #getArchive()
	 * @generated
	 */
	EAttribute getArchive_RetentionDays();

	/**
	 * Returns the meta object for class '{@link tandem.model.RecipeGroup <em>Recipe Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipe Group</em>'.
	 * @see tandem.model.RecipeGroup
	 * @generated
	 */
	EClass getRecipeGroup();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.RecipeGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see tandem.model.RecipeGroup#getDescription()
	 * @see #getRecipeGroup()
	 * @generated
	 */
	EAttribute getRecipeGroup_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.RecipeGroup#getRecipes <em>Recipes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recipes</em>'.
	 * @see tandem.model.RecipeGroup#getRecipes()
	 * @see #getRecipeGroup()
	 * @generated
	 */
	EReference getRecipeGroup_Recipes();

	/**
	 * Returns the meta object for class '{@link tandem.model.Recipe <em>Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipe</em>'.
	 * @see tandem.model.Recipe
	 * @generated
	 */
	EClass getRecipe();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Recipe#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see tandem.model.Recipe#getDescription()
	 * @see #getRecipe()
	 * @generated
	 */
	EAttribute getRecipe_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Recipe#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see tandem.model.Recipe#getValues()
	 * @see #getRecipe()
	 * @generated
	 */
	EReference getRecipe_Values();

	/**
	 * Returns the meta object for class '{@link tandem.model.RecipeValue <em>Recipe Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipe Value</em>'.
	 * @see tandem.model.RecipeValue
	 * @generated
	 */
	EClass getRecipeValue();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.RecipeValue#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see tandem.model.RecipeValue#getVariable()
	 * @see #getRecipeValue()
	 * @generated
	 */
	EReference getRecipeValue_Variable();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.RecipeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see tandem.model.RecipeValue#getValue()
	 * @see #getRecipeValue()
	 * @generated
	 */
	EAttribute getRecipeValue_Value();

	/**
	 * Returns the meta object for class '{@link tandem.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see tandem.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute list '{@link tandem.model.Role#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Permissions</em>'.
	 * @see tandem.model.Role#getPermissions()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Permissions();

	/**
	 * Returns the meta object for class '{@link tandem.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see tandem.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.User#getFullName <em>Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Name</em>'.
	 * @see tandem.model.User#getFullName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_FullName();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.User#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see tandem.model.User#getPasswordHash()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_PasswordHash();

	/**
	 * Returns the meta object for the reference list '{@link tandem.model.User#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Roles</em>'.
	 * @see tandem.model.User#getRoles()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Roles();

	/**
	 * Returns the meta object for class '{@link tandem.model.Screen <em>Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Screen</em>'.
	 * @see tandem.model.Screen
	 * @generated
	 */
	EClass getScreen();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Screen#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see tandem.model.Screen#getWidth()
	 * @see #getScreen()
	 * @generated
	 */
	EAttribute getScreen_Width();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Screen#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see tandem.model.Screen#getHeight()
	 * @see #getScreen()
	 * @generated
	 */
	EAttribute getScreen_Height();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Screen#getBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see tandem.model.Screen#getBackground()
	 * @see #getScreen()
	 * @generated
	 */
	EAttribute getScreen_Background();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Screen#isStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see tandem.model.Screen#isStart()
	 * @see #getScreen()
	 * @generated
	 */
	EAttribute getScreen_Start();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Screen#getGridStep <em>Grid Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grid Step</em>'.
	 * @see tandem.model.Screen#getGridStep()
	 * @see #getScreen()
	 * @generated
	 */
	EAttribute getScreen_GridStep();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Screen#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see tandem.model.Screen#getElements()
	 * @see #getScreen()
	 * @generated
	 */
	EReference getScreen_Elements();

	/**
	 * Returns the meta object for class '{@link tandem.model.ScreenElement <em>Screen Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Screen Element</em>'.
	 * @see tandem.model.ScreenElement
	 * @generated
	 */
	EClass getScreenElement();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see tandem.model.ScreenElement#getX()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_X();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see tandem.model.ScreenElement#getY()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_Y();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see tandem.model.ScreenElement#getWidth()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_Width();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see tandem.model.ScreenElement#getHeight()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_Height();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getForeground <em>Foreground</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground</em>'.
	 * @see tandem.model.ScreenElement#getForeground()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_Foreground();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see tandem.model.ScreenElement#getBackground()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_Background();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getFont <em>Font</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font</em>'.
	 * @see tandem.model.ScreenElement#getFont()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_Font();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ScreenElement#getLineWidth <em>Line Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Width</em>'.
	 * @see tandem.model.ScreenElement#getLineWidth()
	 * @see #getScreenElement()
	 * @generated
	 */
	EAttribute getScreenElement_LineWidth();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.ScreenElement#getBindings <em>Bindings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bindings</em>'.
	 * @see tandem.model.ScreenElement#getBindings()
	 * @see #getScreenElement()
	 * @generated
	 */
	EReference getScreenElement_Bindings();

	/**
	 * Returns the meta object for class '{@link tandem.model.Rectangle <em>Rectangle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rectangle</em>'.
	 * @see tandem.model.Rectangle
	 * @generated
	 */
	EClass getRectangle();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Rectangle#getCornerRadius <em>Corner Radius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Corner Radius</em>'.
	 * @see tandem.model.Rectangle#getCornerRadius()
	 * @see #getRectangle()
	 * @generated
	 */
	EAttribute getRectangle_CornerRadius();

	/**
	 * Returns the meta object for class '{@link tandem.model.Ellipse <em>Ellipse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ellipse</em>'.
	 * @see tandem.model.Ellipse
	 * @generated
	 */
	EClass getEllipse();

	/**
	 * Returns the meta object for class '{@link tandem.model.Line <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Line</em>'.
	 * @see tandem.model.Line
	 * @generated
	 */
	EClass getLine();

	/**
	 * Returns the meta object for class '{@link tandem.model.Polyline <em>Polyline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Polyline</em>'.
	 * @see tandem.model.Polyline
	 * @generated
	 */
	EClass getPolyline();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Polyline#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see tandem.model.Polyline#getPoints()
	 * @see #getPolyline()
	 * @generated
	 */
	EAttribute getPolyline_Points();

	/**
	 * Returns the meta object for class '{@link tandem.model.Text <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text</em>'.
	 * @see tandem.model.Text
	 * @generated
	 */
	EClass getText();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Text#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see tandem.model.Text#getText()
	 * @see #getText()
	 * @generated
	 */
	EAttribute getText_Text();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Text#getAlignment <em>Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alignment</em>'.
	 * @see tandem.model.Text#getAlignment()
	 * @see #getText()
	 * @generated
	 */
	EAttribute getText_Alignment();

	/**
	 * Returns the meta object for class '{@link tandem.model.NumericDisplay <em>Numeric Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Numeric Display</em>'.
	 * @see tandem.model.NumericDisplay
	 * @generated
	 */
	EClass getNumericDisplay();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.NumericDisplay#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see tandem.model.NumericDisplay#getVariable()
	 * @see #getNumericDisplay()
	 * @generated
	 */
	EReference getNumericDisplay_Variable();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.NumericDisplay#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see tandem.model.NumericDisplay#getVariableName()
	 * @see #getNumericDisplay()
	 * @generated
	 */
	EAttribute getNumericDisplay_VariableName();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.NumericDisplay#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see tandem.model.NumericDisplay#getFormat()
	 * @see #getNumericDisplay()
	 * @generated
	 */
	EAttribute getNumericDisplay_Format();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.NumericDisplay#isShowUnit <em>Show Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Show Unit</em>'.
	 * @see tandem.model.NumericDisplay#isShowUnit()
	 * @see #getNumericDisplay()
	 * @generated
	 */
	EAttribute getNumericDisplay_ShowUnit();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.NumericDisplay#getAlignment <em>Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alignment</em>'.
	 * @see tandem.model.NumericDisplay#getAlignment()
	 * @see #getNumericDisplay()
	 * @generated
	 */
	EAttribute getNumericDisplay_Alignment();

	/**
	 * Returns the meta object for class '{@link tandem.model.BarGraph <em>Bar Graph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bar Graph</em>'.
	 * @see tandem.model.BarGraph
	 * @generated
	 */
	EClass getBarGraph();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.BarGraph#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see tandem.model.BarGraph#getVariable()
	 * @see #getBarGraph()
	 * @generated
	 */
	EReference getBarGraph_Variable();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BarGraph#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see tandem.model.BarGraph#getVariableName()
	 * @see #getBarGraph()
	 * @generated
	 */
	EAttribute getBarGraph_VariableName();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BarGraph#getOrientation <em>Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orientation</em>'.
	 * @see tandem.model.BarGraph#getOrientation()
	 * @see #getBarGraph()
	 * @generated
	 */
	EAttribute getBarGraph_Orientation();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BarGraph#getBarColor <em>Bar Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bar Color</em>'.
	 * @see tandem.model.BarGraph#getBarColor()
	 * @see #getBarGraph()
	 * @generated
	 */
	EAttribute getBarGraph_BarColor();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BarGraph#isShowScale <em>Show Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Show Scale</em>'.
	 * @see tandem.model.BarGraph#isShowScale()
	 * @see #getBarGraph()
	 * @generated
	 */
	EAttribute getBarGraph_ShowScale();

	/**
	 * Returns the meta object for class '{@link tandem.model.Button <em>Button</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Button</em>'.
	 * @see tandem.model.Button
	 * @generated
	 */
	EClass getButton();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Button#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see tandem.model.Button#getText()
	 * @see #getButton()
	 * @generated
	 */
	EAttribute getButton_Text();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Button#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see tandem.model.Button#getAction()
	 * @see #getButton()
	 * @generated
	 */
	EAttribute getButton_Action();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Button#getTargetVariable <em>Target Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Variable</em>'.
	 * @see tandem.model.Button#getTargetVariable()
	 * @see #getButton()
	 * @generated
	 */
	EReference getButton_TargetVariable();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Button#getTargetVariableName <em>Target Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Variable Name</em>'.
	 * @see tandem.model.Button#getTargetVariableName()
	 * @see #getButton()
	 * @generated
	 */
	EAttribute getButton_TargetVariableName();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Button#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see tandem.model.Button#getValue()
	 * @see #getButton()
	 * @generated
	 */
	EAttribute getButton_Value();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Button#isConfirm <em>Confirm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirm</em>'.
	 * @see tandem.model.Button#isConfirm()
	 * @see #getButton()
	 * @generated
	 */
	EAttribute getButton_Confirm();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Button#getTargetScreen <em>Target Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Screen</em>'.
	 * @see tandem.model.Button#getTargetScreen()
	 * @see #getButton()
	 * @generated
	 */
	EReference getButton_TargetScreen();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Button#getAlarmGroup <em>Alarm Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Alarm Group</em>'.
	 * @see tandem.model.Button#getAlarmGroup()
	 * @see #getButton()
	 * @generated
	 */
	EReference getButton_AlarmGroup();

	/**
	 * Returns the meta object for class '{@link tandem.model.Trend <em>Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trend</em>'.
	 * @see tandem.model.Trend
	 * @generated
	 */
	EClass getTrend();

	/**
	 * Returns the meta object for the reference list '{@link tandem.model.Trend#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variables</em>'.
	 * @see tandem.model.Trend#getVariables()
	 * @see #getTrend()
	 * @generated
	 */
	EReference getTrend_Variables();

	/**
	 * Returns the meta object for the attribute list '{@link tandem.model.Trend#getVariableNames <em>Variable Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Variable Names</em>'.
	 * @see tandem.model.Trend#getVariableNames()
	 * @see #getTrend()
	 * @generated
	 */
	EAttribute getTrend_VariableNames();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Trend#getTimeSpanS <em>Time Span S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Span S</em>'.
	 * @see tandem.model.Trend#getTimeSpanS()
	 * @see #getTrend()
	 * @generated
	 */
	EAttribute getTrend_TimeSpanS();

	/**
	 * Returns the meta object for class '{@link tandem.model.AlarmList <em>Alarm List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alarm List</em>'.
	 * @see tandem.model.AlarmList
	 * @generated
	 */
	EClass getAlarmList();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.AlarmList#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see tandem.model.AlarmList#getGroup()
	 * @see #getAlarmList()
	 * @generated
	 */
	EReference getAlarmList_Group();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.AlarmList#getMaxRows <em>Max Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Rows</em>'.
	 * @see tandem.model.AlarmList#getMaxRows()
	 * @see #getAlarmList()
	 * @generated
	 */
	EAttribute getAlarmList_MaxRows();

	/**
	 * Returns the meta object for class '{@link tandem.model.CelList <em>Cel List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cel List</em>'.
	 * @see tandem.model.CelList
	 * @generated
	 */
	EClass getCelList();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.CelList#getMaxRows <em>Max Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Rows</em>'.
	 * @see tandem.model.CelList#getMaxRows()
	 * @see #getCelList()
	 * @generated
	 */
	EAttribute getCelList_MaxRows();

	/**
	 * Returns the meta object for class '{@link tandem.model.Image <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image</em>'.
	 * @see tandem.model.Image
	 * @generated
	 */
	EClass getImage();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Image#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see tandem.model.Image#getSymbol()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Symbol();

	/**
	 * Returns the meta object for class '{@link tandem.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see tandem.model.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Group#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see tandem.model.Group#getChildren()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Children();

	/**
	 * Returns the meta object for class '{@link tandem.model.SymbolInstance <em>Symbol Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symbol Instance</em>'.
	 * @see tandem.model.SymbolInstance
	 * @generated
	 */
	EClass getSymbolInstance();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.SymbolInstance#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Symbol</em>'.
	 * @see tandem.model.SymbolInstance#getSymbol()
	 * @see #getSymbolInstance()
	 * @generated
	 */
	EReference getSymbolInstance_Symbol();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.SymbolInstance#getParameterValues <em>Parameter Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameter Values</em>'.
	 * @see tandem.model.SymbolInstance#getParameterValues()
	 * @see #getSymbolInstance()
	 * @generated
	 */
	EReference getSymbolInstance_ParameterValues();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.SymbolInstance#getRotation <em>Rotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rotation</em>'.
	 * @see tandem.model.SymbolInstance#getRotation()
	 * @see #getSymbolInstance()
	 * @generated
	 */
	EAttribute getSymbolInstance_Rotation();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.SymbolInstance#isMirrored <em>Mirrored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mirrored</em>'.
	 * @see tandem.model.SymbolInstance#isMirrored()
	 * @see #getSymbolInstance()
	 * @generated
	 */
	EAttribute getSymbolInstance_Mirrored();

	/**
	 * Returns the meta object for class '{@link tandem.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see tandem.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ParameterValue#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see tandem.model.ParameterValue#getParameter()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see tandem.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for class '{@link tandem.model.SymbolDefinition <em>Symbol Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symbol Definition</em>'.
	 * @see tandem.model.SymbolDefinition
	 * @generated
	 */
	EClass getSymbolDefinition();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.SymbolDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see tandem.model.SymbolDefinition#getDescription()
	 * @see #getSymbolDefinition()
	 * @generated
	 */
	EAttribute getSymbolDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.SymbolDefinition#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see tandem.model.SymbolDefinition#getWidth()
	 * @see #getSymbolDefinition()
	 * @generated
	 */
	EAttribute getSymbolDefinition_Width();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.SymbolDefinition#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see tandem.model.SymbolDefinition#getHeight()
	 * @see #getSymbolDefinition()
	 * @generated
	 */
	EAttribute getSymbolDefinition_Height();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.SymbolDefinition#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see tandem.model.SymbolDefinition#getParameters()
	 * @see #getSymbolDefinition()
	 * @generated
	 */
	EReference getSymbolDefinition_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.SymbolDefinition#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see tandem.model.SymbolDefinition#getElements()
	 * @see #getSymbolDefinition()
	 * @generated
	 */
	EReference getSymbolDefinition_Elements();

	/**
	 * Returns the meta object for class '{@link tandem.model.SymbolParameter <em>Symbol Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symbol Parameter</em>'.
	 * @see tandem.model.SymbolParameter
	 * @generated
	 */
	EClass getSymbolParameter();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.SymbolParameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see tandem.model.SymbolParameter#getDescription()
	 * @see #getSymbolParameter()
	 * @generated
	 */
	EAttribute getSymbolParameter_Description();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.SymbolParameter#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see tandem.model.SymbolParameter#getDefaultValue()
	 * @see #getSymbolParameter()
	 * @generated
	 */
	EAttribute getSymbolParameter_DefaultValue();

	/**
	 * Returns the meta object for class '{@link tandem.model.DynamicBinding <em>Dynamic Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dynamic Binding</em>'.
	 * @see tandem.model.DynamicBinding
	 * @generated
	 */
	EClass getDynamicBinding();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.DynamicBinding#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see tandem.model.DynamicBinding#getVariable()
	 * @see #getDynamicBinding()
	 * @generated
	 */
	EReference getDynamicBinding_Variable();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.DynamicBinding#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see tandem.model.DynamicBinding#getVariableName()
	 * @see #getDynamicBinding()
	 * @generated
	 */
	EAttribute getDynamicBinding_VariableName();

	/**
	 * Returns the meta object for class '{@link tandem.model.FillColorBinding <em>Fill Color Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fill Color Binding</em>'.
	 * @see tandem.model.FillColorBinding
	 * @generated
	 */
	EClass getFillColorBinding();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.FillColorBinding#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see tandem.model.FillColorBinding#getMode()
	 * @see #getFillColorBinding()
	 * @generated
	 */
	EAttribute getFillColorBinding_Mode();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.FillColorBinding#getRanges <em>Ranges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ranges</em>'.
	 * @see tandem.model.FillColorBinding#getRanges()
	 * @see #getFillColorBinding()
	 * @generated
	 */
	EReference getFillColorBinding_Ranges();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.FillColorBinding#getDefaultColor <em>Default Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Color</em>'.
	 * @see tandem.model.FillColorBinding#getDefaultColor()
	 * @see #getFillColorBinding()
	 * @generated
	 */
	EAttribute getFillColorBinding_DefaultColor();

	/**
	 * Returns the meta object for class '{@link tandem.model.ColorRange <em>Color Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Color Range</em>'.
	 * @see tandem.model.ColorRange
	 * @generated
	 */
	EClass getColorRange();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ColorRange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see tandem.model.ColorRange#getFrom()
	 * @see #getColorRange()
	 * @generated
	 */
	EAttribute getColorRange_From();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ColorRange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see tandem.model.ColorRange#getTo()
	 * @see #getColorRange()
	 * @generated
	 */
	EAttribute getColorRange_To();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.ColorRange#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see tandem.model.ColorRange#getColor()
	 * @see #getColorRange()
	 * @generated
	 */
	EAttribute getColorRange_Color();

	/**
	 * Returns the meta object for class '{@link tandem.model.FillLevelBinding <em>Fill Level Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fill Level Binding</em>'.
	 * @see tandem.model.FillLevelBinding
	 * @generated
	 */
	EClass getFillLevelBinding();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.FillLevelBinding#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see tandem.model.FillLevelBinding#getMin()
	 * @see #getFillLevelBinding()
	 * @generated
	 */
	EAttribute getFillLevelBinding_Min();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.FillLevelBinding#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see tandem.model.FillLevelBinding#getMax()
	 * @see #getFillLevelBinding()
	 * @generated
	 */
	EAttribute getFillLevelBinding_Max();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.FillLevelBinding#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see tandem.model.FillLevelBinding#getDirection()
	 * @see #getFillLevelBinding()
	 * @generated
	 */
	EAttribute getFillLevelBinding_Direction();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.FillLevelBinding#getFillColor <em>Fill Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Color</em>'.
	 * @see tandem.model.FillLevelBinding#getFillColor()
	 * @see #getFillLevelBinding()
	 * @generated
	 */
	EAttribute getFillLevelBinding_FillColor();

	/**
	 * Returns the meta object for class '{@link tandem.model.VisibilityBinding <em>Visibility Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visibility Binding</em>'.
	 * @see tandem.model.VisibilityBinding
	 * @generated
	 */
	EClass getVisibilityBinding();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.VisibilityBinding#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see tandem.model.VisibilityBinding#getOperator()
	 * @see #getVisibilityBinding()
	 * @generated
	 */
	EAttribute getVisibilityBinding_Operator();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.VisibilityBinding#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see tandem.model.VisibilityBinding#getValue()
	 * @see #getVisibilityBinding()
	 * @generated
	 */
	EAttribute getVisibilityBinding_Value();

	/**
	 * Returns the meta object for class '{@link tandem.model.TextBinding <em>Text Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Binding</em>'.
	 * @see tandem.model.TextBinding
	 * @generated
	 */
	EClass getTextBinding();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.TextBinding#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see tandem.model.TextBinding#getFormat()
	 * @see #getTextBinding()
	 * @generated
	 */
	EAttribute getTextBinding_Format();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.TextBinding#getTrueText <em>True Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>True Text</em>'.
	 * @see tandem.model.TextBinding#getTrueText()
	 * @see #getTextBinding()
	 * @generated
	 */
	EAttribute getTextBinding_TrueText();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.TextBinding#getFalseText <em>False Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>False Text</em>'.
	 * @see tandem.model.TextBinding#getFalseText()
	 * @see #getTextBinding()
	 * @generated
	 */
	EAttribute getTextBinding_FalseText();

	/**
	 * Returns the meta object for class '{@link tandem.model.BlinkBinding <em>Blink Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Blink Binding</em>'.
	 * @see tandem.model.BlinkBinding
	 * @generated
	 */
	EClass getBlinkBinding();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BlinkBinding#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see tandem.model.BlinkBinding#getOperator()
	 * @see #getBlinkBinding()
	 * @generated
	 */
	EAttribute getBlinkBinding_Operator();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BlinkBinding#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see tandem.model.BlinkBinding#getValue()
	 * @see #getBlinkBinding()
	 * @generated
	 */
	EAttribute getBlinkBinding_Value();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BlinkBinding#getIntervalMs <em>Interval Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Ms</em>'.
	 * @see tandem.model.BlinkBinding#getIntervalMs()
	 * @see #getBlinkBinding()
	 * @generated
	 */
	EAttribute getBlinkBinding_IntervalMs();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.BlinkBinding#getBlinkColor <em>Blink Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blink Color</em>'.
	 * @see tandem.model.BlinkBinding#getBlinkColor()
	 * @see #getBlinkBinding()
	 * @generated
	 */
	EAttribute getBlinkBinding_BlinkColor();

	/**
	 * Returns the meta object for class '{@link tandem.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology</em>'.
	 * @see tandem.model.Topology
	 * @generated
	 */
	EClass getTopology();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Topology#getClusterName <em>Cluster Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cluster Name</em>'.
	 * @see tandem.model.Topology#getClusterName()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_ClusterName();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Topology#getSecretRef <em>Secret Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secret Ref</em>'.
	 * @see tandem.model.Topology#getSecretRef()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_SecretRef();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Topology#isRedundancy <em>Redundancy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Redundancy</em>'.
	 * @see tandem.model.Topology#isRedundancy()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_Redundancy();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Topology#getFailureDetectionTimeoutMs <em>Failure Detection Timeout Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Detection Timeout Ms</em>'.
	 * @see tandem.model.Topology#getFailureDetectionTimeoutMs()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_FailureDetectionTimeoutMs();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Topology#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heartbeat Interval Ms</em>'.
	 * @see tandem.model.Topology#getHeartbeatIntervalMs()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_HeartbeatIntervalMs();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Topology#getVerifySuspectTimeoutMs <em>Verify Suspect Timeout Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verify Suspect Timeout Ms</em>'.
	 * @see tandem.model.Topology#getVerifySuspectTimeoutMs()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_VerifySuspectTimeoutMs();

	/**
	 * Returns the meta object for the containment reference list '{@link tandem.model.Topology#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see tandem.model.Topology#getNodes()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Nodes();

	/**
	 * Returns the meta object for the reference '{@link tandem.model.Topology#getWitness <em>Witness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Witness</em>'.
	 * @see tandem.model.Topology#getWitness()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Witness();

	/**
	 * Returns the meta object for class '{@link tandem.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see tandem.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Node#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see tandem.model.Node#getHost()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Host();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Node#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see tandem.model.Node#getPort()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Port();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Node#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see tandem.model.Node#getRole()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Role();

	/**
	 * Returns the meta object for the attribute '{@link tandem.model.Node#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see tandem.model.Node#getPriority()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Priority();

	/**
	 * Returns the meta object for enum '{@link tandem.model.DataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Type</em>'.
	 * @see tandem.model.DataType
	 * @generated
	 */
	EEnum getDataType();

	/**
	 * Returns the meta object for enum '{@link tandem.model.ArchiveMode <em>Archive Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Archive Mode</em>'.
	 * @see tandem.model.ArchiveMode
	 * @generated
	 */
	EEnum getArchiveMode();

	/**
	 * Returns the meta object for enum '{@link tandem.model.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permission</em>'.
	 * @see tandem.model.Permission
	 * @generated
	 */
	EEnum getPermission();

	/**
	 * Returns the meta object for enum '{@link tandem.model.TextAlignment <em>Text Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Text Alignment</em>'.
	 * @see tandem.model.TextAlignment
	 * @generated
	 */
	EEnum getTextAlignment();

	/**
	 * Returns the meta object for enum '{@link tandem.model.Orientation <em>Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Orientation</em>'.
	 * @see tandem.model.Orientation
	 * @generated
	 */
	EEnum getOrientation();

	/**
	 * Returns the meta object for enum '{@link tandem.model.ButtonAction <em>Button Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Button Action</em>'.
	 * @see tandem.model.ButtonAction
	 * @generated
	 */
	EEnum getButtonAction();

	/**
	 * Returns the meta object for enum '{@link tandem.model.ColorMode <em>Color Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Color Mode</em>'.
	 * @see tandem.model.ColorMode
	 * @generated
	 */
	EEnum getColorMode();

	/**
	 * Returns the meta object for enum '{@link tandem.model.FillDirection <em>Fill Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fill Direction</em>'.
	 * @see tandem.model.FillDirection
	 * @generated
	 */
	EEnum getFillDirection();

	/**
	 * Returns the meta object for enum '{@link tandem.model.ComparisonOperator <em>Comparison Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison Operator</em>'.
	 * @see tandem.model.ComparisonOperator
	 * @generated
	 */
	EEnum getComparisonOperator();

	/**
	 * Returns the meta object for enum '{@link tandem.model.NodeRole <em>Node Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Role</em>'.
	 * @see tandem.model.NodeRole
	 * @generated
	 */
	EEnum getNodeRole();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TandemFactory getTandemFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link tandem.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.NamedElementImpl
		 * @see tandem.model.impl.TandemPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ProjectImpl
		 * @see tandem.model.impl.TandemPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DESCRIPTION = eINSTANCE.getProject_Description();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__VERSION = eINSTANCE.getProject_Version();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__SEED = eINSTANCE.getProject_Seed();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DRIVERS = eINSTANCE.getProject_Drivers();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__VARIABLES = eINSTANCE.getProject_Variables();

		/**
		 * The meta object literal for the '<em><b>Alarm Classes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ALARM_CLASSES = eINSTANCE.getProject_AlarmClasses();

		/**
		 * The meta object literal for the '<em><b>Alarm Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ALARM_GROUPS = eINSTANCE.getProject_AlarmGroups();

		/**
		 * The meta object literal for the '<em><b>Alarms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ALARMS = eINSTANCE.getProject_Alarms();

		/**
		 * The meta object literal for the '<em><b>Cel Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CEL_SETTINGS = eINSTANCE.getProject_CelSettings();

		/**
		 * The meta object literal for the '<em><b>Archives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ARCHIVES = eINSTANCE.getProject_Archives();

		/**
		 * The meta object literal for the '<em><b>Recipe Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RECIPE_GROUPS = eINSTANCE.getProject_RecipeGroups();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ROLES = eINSTANCE.getProject_Roles();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__USERS = eINSTANCE.getProject_Users();

		/**
		 * The meta object literal for the '<em><b>Symbols</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SYMBOLS = eINSTANCE.getProject_Symbols();

		/**
		 * The meta object literal for the '<em><b>Screens</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SCREENS = eINSTANCE.getProject_Screens();

		/**
		 * The meta object literal for the '<em><b>Topology</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__TOPOLOGY = eINSTANCE.getProject_Topology();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.VariableImpl
		 * @see tandem.model.impl.TandemPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__DESCRIPTION = eINSTANCE.getVariable_Description();

		/**
		 * The meta object literal for the '<em><b>Data Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__DATA_TYPE = eINSTANCE.getVariable_DataType();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__UNIT = eINSTANCE.getVariable_Unit();

		/**
		 * The meta object literal for the '<em><b>Range Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__RANGE_MIN = eINSTANCE.getVariable_RangeMin();

		/**
		 * The meta object literal for the '<em><b>Range Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__RANGE_MAX = eINSTANCE.getVariable_RangeMax();

		/**
		 * The meta object literal for the '<em><b>Initial Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__INITIAL_VALUE = eINSTANCE.getVariable_InitialValue();

		/**
		 * The meta object literal for the '<em><b>Writable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__WRITABLE = eINSTANCE.getVariable_Writable();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__DRIVER = eINSTANCE.getVariable_Driver();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__ADDRESS = eINSTANCE.getVariable_Address();

		/**
		 * The meta object literal for the '<em><b>Rate Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__RATE_MS = eINSTANCE.getVariable_RateMs();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.DriverImpl <em>Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.DriverImpl
		 * @see tandem.model.impl.TandemPackageImpl#getDriver()
		 * @generated
		 */
		EClass DRIVER = eINSTANCE.getDriver();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.SimulatorDriverImpl <em>Simulator Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.SimulatorDriverImpl
		 * @see tandem.model.impl.TandemPackageImpl#getSimulatorDriver()
		 * @generated
		 */
		EClass SIMULATOR_DRIVER = eINSTANCE.getSimulatorDriver();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.OpcUaDriverImpl <em>Opc Ua Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.OpcUaDriverImpl
		 * @see tandem.model.impl.TandemPackageImpl#getOpcUaDriver()
		 * @generated
		 */
		EClass OPC_UA_DRIVER = eINSTANCE.getOpcUaDriver();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPC_UA_DRIVER__ENDPOINT = eINSTANCE.getOpcUaDriver_Endpoint();

		/**
		 * The meta object literal for the '<em><b>Security Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPC_UA_DRIVER__SECURITY_POLICY = eINSTANCE.getOpcUaDriver_SecurityPolicy();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ModbusTcpDriverImpl <em>Modbus Tcp Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ModbusTcpDriverImpl
		 * @see tandem.model.impl.TandemPackageImpl#getModbusTcpDriver()
		 * @generated
		 */
		EClass MODBUS_TCP_DRIVER = eINSTANCE.getModbusTcpDriver();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_DRIVER__HOST = eINSTANCE.getModbusTcpDriver_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_DRIVER__PORT = eINSTANCE.getModbusTcpDriver_Port();

		/**
		 * The meta object literal for the '<em><b>Unit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_DRIVER__UNIT_ID = eINSTANCE.getModbusTcpDriver_UnitId();

		/**
		 * The meta object literal for the '<em><b>Word Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_DRIVER__WORD_ORDER = eINSTANCE.getModbusTcpDriver_WordOrder();

		/**
		 * The meta object literal for the '<em><b>Timeout Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_DRIVER__TIMEOUT_MS = eINSTANCE.getModbusTcpDriver_TimeoutMs();

		/**
		 * The meta object literal for the '<em><b>Max Registers Per Read</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_DRIVER__MAX_REGISTERS_PER_READ = eINSTANCE.getModbusTcpDriver_MaxRegistersPerRead();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.AlarmClassImpl <em>Alarm Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.AlarmClassImpl
		 * @see tandem.model.impl.TandemPackageImpl#getAlarmClass()
		 * @generated
		 */
		EClass ALARM_CLASS = eINSTANCE.getAlarmClass();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_CLASS__PRIORITY = eINSTANCE.getAlarmClass_Priority();

		/**
		 * The meta object literal for the '<em><b>Active Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_CLASS__ACTIVE_COLOR = eINSTANCE.getAlarmClass_ActiveColor();

		/**
		 * The meta object literal for the '<em><b>Acknowledged Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_CLASS__ACKNOWLEDGED_COLOR = eINSTANCE.getAlarmClass_AcknowledgedColor();

		/**
		 * The meta object literal for the '<em><b>Inactive Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_CLASS__INACTIVE_COLOR = eINSTANCE.getAlarmClass_InactiveColor();

		/**
		 * The meta object literal for the '<em><b>Text Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_CLASS__TEXT_COLOR = eINSTANCE.getAlarmClass_TextColor();

		/**
		 * The meta object literal for the '<em><b>Ack Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_CLASS__ACK_REQUIRED = eINSTANCE.getAlarmClass_AckRequired();

		/**
		 * The meta object literal for the '<em><b>Max Shelve Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_CLASS__MAX_SHELVE_MINUTES = eINSTANCE.getAlarmClass_MaxShelveMinutes();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.AlarmGroupImpl <em>Alarm Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.AlarmGroupImpl
		 * @see tandem.model.impl.TandemPackageImpl#getAlarmGroup()
		 * @generated
		 */
		EClass ALARM_GROUP = eINSTANCE.getAlarmGroup();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_GROUP__DESCRIPTION = eINSTANCE.getAlarmGroup_Description();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.AlarmImpl <em>Alarm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.AlarmImpl
		 * @see tandem.model.impl.TandemPackageImpl#getAlarm()
		 * @generated
		 */
		EClass ALARM = eINSTANCE.getAlarm();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALARM__VARIABLE = eINSTANCE.getAlarm_Variable();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALARM__GROUP = eINSTANCE.getAlarm_Group();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.LimitAlarmImpl <em>Limit Alarm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.LimitAlarmImpl
		 * @see tandem.model.impl.TandemPackageImpl#getLimitAlarm()
		 * @generated
		 */
		EClass LIMIT_ALARM = eINSTANCE.getLimitAlarm();

		/**
		 * The meta object literal for the '<em><b>Low Low</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMIT_ALARM__LOW_LOW = eINSTANCE.getLimitAlarm_LowLow();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMIT_ALARM__LOW = eINSTANCE.getLimitAlarm_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMIT_ALARM__HIGH = eINSTANCE.getLimitAlarm_High();

		/**
		 * The meta object literal for the '<em><b>High High</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMIT_ALARM__HIGH_HIGH = eINSTANCE.getLimitAlarm_HighHigh();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.LimitDefinitionImpl <em>Limit Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.LimitDefinitionImpl
		 * @see tandem.model.impl.TandemPackageImpl#getLimitDefinition()
		 * @generated
		 */
		EClass LIMIT_DEFINITION = eINSTANCE.getLimitDefinition();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMIT_DEFINITION__VALUE = eINSTANCE.getLimitDefinition_Value();

		/**
		 * The meta object literal for the '<em><b>Hysteresis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMIT_DEFINITION__HYSTERESIS = eINSTANCE.getLimitDefinition_Hysteresis();

		/**
		 * The meta object literal for the '<em><b>Delay Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMIT_DEFINITION__DELAY_MS = eINSTANCE.getLimitDefinition_DelayMs();

		/**
		 * The meta object literal for the '<em><b>Alarm Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMIT_DEFINITION__ALARM_CLASS = eINSTANCE.getLimitDefinition_AlarmClass();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMIT_DEFINITION__TEXT = eINSTANCE.getLimitDefinition_Text();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.BinaryAlarmImpl <em>Binary Alarm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.BinaryAlarmImpl
		 * @see tandem.model.impl.TandemPackageImpl#getBinaryAlarm()
		 * @generated
		 */
		EClass BINARY_ALARM = eINSTANCE.getBinaryAlarm();

		/**
		 * The meta object literal for the '<em><b>Alarm State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_ALARM__ALARM_STATE = eINSTANCE.getBinaryAlarm_AlarmState();

		/**
		 * The meta object literal for the '<em><b>Delay Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_ALARM__DELAY_MS = eINSTANCE.getBinaryAlarm_DelayMs();

		/**
		 * The meta object literal for the '<em><b>Alarm Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINARY_ALARM__ALARM_CLASS = eINSTANCE.getBinaryAlarm_AlarmClass();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_ALARM__TEXT = eINSTANCE.getBinaryAlarm_Text();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.CelSettingsImpl <em>Cel Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.CelSettingsImpl
		 * @see tandem.model.impl.TandemPackageImpl#getCelSettings()
		 * @generated
		 */
		EClass CEL_SETTINGS = eINSTANCE.getCelSettings();

		/**
		 * The meta object literal for the '<em><b>Retention Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEL_SETTINGS__RETENTION_DAYS = eINSTANCE.getCelSettings_RetentionDays();

		/**
		 * The meta object literal for the '<em><b>Max Entries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEL_SETTINGS__MAX_ENTRIES = eINSTANCE.getCelSettings_MaxEntries();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ArchiveImpl <em>Archive</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ArchiveImpl
		 * @see tandem.model.impl.TandemPackageImpl#getArchive()
		 * @generated
		 */
		EClass ARCHIVE = eINSTANCE.getArchive();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE__VARIABLES = eINSTANCE.getArchive_Variables();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE__MODE = eINSTANCE.getArchive_Mode();

		/**
		 * The meta object literal for the '<em><b>Period Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE__PERIOD_MS = eINSTANCE.getArchive_PeriodMs();

		/**
		 * The meta object literal for the '<em><b>Deadband</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE__DEADBAND = eINSTANCE.getArchive_Deadband();

		/**
		 * The meta object literal for the '<em><b>Trigger Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE__TRIGGER_VARIABLE = eINSTANCE.getArchive_TriggerVariable();

		/**
		 * The meta object literal for the '<em><b>Retention Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE__RETENTION_DAYS = eINSTANCE.getArchive_RetentionDays();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.RecipeGroupImpl <em>Recipe Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.RecipeGroupImpl
		 * @see tandem.model.impl.TandemPackageImpl#getRecipeGroup()
		 * @generated
		 */
		EClass RECIPE_GROUP = eINSTANCE.getRecipeGroup();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE_GROUP__DESCRIPTION = eINSTANCE.getRecipeGroup_Description();

		/**
		 * The meta object literal for the '<em><b>Recipes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE_GROUP__RECIPES = eINSTANCE.getRecipeGroup_Recipes();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.RecipeImpl <em>Recipe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.RecipeImpl
		 * @see tandem.model.impl.TandemPackageImpl#getRecipe()
		 * @generated
		 */
		EClass RECIPE = eINSTANCE.getRecipe();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE__DESCRIPTION = eINSTANCE.getRecipe_Description();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE__VALUES = eINSTANCE.getRecipe_Values();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.RecipeValueImpl <em>Recipe Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.RecipeValueImpl
		 * @see tandem.model.impl.TandemPackageImpl#getRecipeValue()
		 * @generated
		 */
		EClass RECIPE_VALUE = eINSTANCE.getRecipeValue();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPE_VALUE__VARIABLE = eINSTANCE.getRecipeValue_Variable();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPE_VALUE__VALUE = eINSTANCE.getRecipeValue_Value();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.RoleImpl
		 * @see tandem.model.impl.TandemPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PERMISSIONS = eINSTANCE.getRole_Permissions();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.UserImpl
		 * @see tandem.model.impl.TandemPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__FULL_NAME = eINSTANCE.getUser_FullName();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__PASSWORD_HASH = eINSTANCE.getUser_PasswordHash();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__ROLES = eINSTANCE.getUser_Roles();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ScreenImpl <em>Screen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ScreenImpl
		 * @see tandem.model.impl.TandemPackageImpl#getScreen()
		 * @generated
		 */
		EClass SCREEN = eINSTANCE.getScreen();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN__WIDTH = eINSTANCE.getScreen_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN__HEIGHT = eINSTANCE.getScreen_Height();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN__BACKGROUND = eINSTANCE.getScreen_Background();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN__START = eINSTANCE.getScreen_Start();

		/**
		 * The meta object literal for the '<em><b>Grid Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN__GRID_STEP = eINSTANCE.getScreen_GridStep();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCREEN__ELEMENTS = eINSTANCE.getScreen_Elements();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ScreenElementImpl <em>Screen Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ScreenElementImpl
		 * @see tandem.model.impl.TandemPackageImpl#getScreenElement()
		 * @generated
		 */
		EClass SCREEN_ELEMENT = eINSTANCE.getScreenElement();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__X = eINSTANCE.getScreenElement_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__Y = eINSTANCE.getScreenElement_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__WIDTH = eINSTANCE.getScreenElement_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__HEIGHT = eINSTANCE.getScreenElement_Height();

		/**
		 * The meta object literal for the '<em><b>Foreground</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__FOREGROUND = eINSTANCE.getScreenElement_Foreground();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__BACKGROUND = eINSTANCE.getScreenElement_Background();

		/**
		 * The meta object literal for the '<em><b>Font</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__FONT = eINSTANCE.getScreenElement_Font();

		/**
		 * The meta object literal for the '<em><b>Line Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_ELEMENT__LINE_WIDTH = eINSTANCE.getScreenElement_LineWidth();

		/**
		 * The meta object literal for the '<em><b>Bindings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCREEN_ELEMENT__BINDINGS = eINSTANCE.getScreenElement_Bindings();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.RectangleImpl <em>Rectangle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.RectangleImpl
		 * @see tandem.model.impl.TandemPackageImpl#getRectangle()
		 * @generated
		 */
		EClass RECTANGLE = eINSTANCE.getRectangle();

		/**
		 * The meta object literal for the '<em><b>Corner Radius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTANGLE__CORNER_RADIUS = eINSTANCE.getRectangle_CornerRadius();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.EllipseImpl <em>Ellipse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.EllipseImpl
		 * @see tandem.model.impl.TandemPackageImpl#getEllipse()
		 * @generated
		 */
		EClass ELLIPSE = eINSTANCE.getEllipse();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.LineImpl <em>Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.LineImpl
		 * @see tandem.model.impl.TandemPackageImpl#getLine()
		 * @generated
		 */
		EClass LINE = eINSTANCE.getLine();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.PolylineImpl <em>Polyline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.PolylineImpl
		 * @see tandem.model.impl.TandemPackageImpl#getPolyline()
		 * @generated
		 */
		EClass POLYLINE = eINSTANCE.getPolyline();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYLINE__POINTS = eINSTANCE.getPolyline_Points();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.TextImpl <em>Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.TextImpl
		 * @see tandem.model.impl.TandemPackageImpl#getText()
		 * @generated
		 */
		EClass TEXT = eINSTANCE.getText();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT__TEXT = eINSTANCE.getText_Text();

		/**
		 * The meta object literal for the '<em><b>Alignment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT__ALIGNMENT = eINSTANCE.getText_Alignment();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.NumericDisplayImpl <em>Numeric Display</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.NumericDisplayImpl
		 * @see tandem.model.impl.TandemPackageImpl#getNumericDisplay()
		 * @generated
		 */
		EClass NUMERIC_DISPLAY = eINSTANCE.getNumericDisplay();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NUMERIC_DISPLAY__VARIABLE = eINSTANCE.getNumericDisplay_Variable();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_DISPLAY__VARIABLE_NAME = eINSTANCE.getNumericDisplay_VariableName();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_DISPLAY__FORMAT = eINSTANCE.getNumericDisplay_Format();

		/**
		 * The meta object literal for the '<em><b>Show Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_DISPLAY__SHOW_UNIT = eINSTANCE.getNumericDisplay_ShowUnit();

		/**
		 * The meta object literal for the '<em><b>Alignment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_DISPLAY__ALIGNMENT = eINSTANCE.getNumericDisplay_Alignment();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.BarGraphImpl <em>Bar Graph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.BarGraphImpl
		 * @see tandem.model.impl.TandemPackageImpl#getBarGraph()
		 * @generated
		 */
		EClass BAR_GRAPH = eINSTANCE.getBarGraph();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BAR_GRAPH__VARIABLE = eINSTANCE.getBarGraph_Variable();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAR_GRAPH__VARIABLE_NAME = eINSTANCE.getBarGraph_VariableName();

		/**
		 * The meta object literal for the '<em><b>Orientation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAR_GRAPH__ORIENTATION = eINSTANCE.getBarGraph_Orientation();

		/**
		 * The meta object literal for the '<em><b>Bar Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAR_GRAPH__BAR_COLOR = eINSTANCE.getBarGraph_BarColor();

		/**
		 * The meta object literal for the '<em><b>Show Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAR_GRAPH__SHOW_SCALE = eINSTANCE.getBarGraph_ShowScale();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ButtonImpl <em>Button</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ButtonImpl
		 * @see tandem.model.impl.TandemPackageImpl#getButton()
		 * @generated
		 */
		EClass BUTTON = eINSTANCE.getButton();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUTTON__TEXT = eINSTANCE.getButton_Text();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUTTON__ACTION = eINSTANCE.getButton_Action();

		/**
		 * The meta object literal for the '<em><b>Target Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUTTON__TARGET_VARIABLE = eINSTANCE.getButton_TargetVariable();

		/**
		 * The meta object literal for the '<em><b>Target Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUTTON__TARGET_VARIABLE_NAME = eINSTANCE.getButton_TargetVariableName();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUTTON__VALUE = eINSTANCE.getButton_Value();

		/**
		 * The meta object literal for the '<em><b>Confirm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUTTON__CONFIRM = eINSTANCE.getButton_Confirm();

		/**
		 * The meta object literal for the '<em><b>Target Screen</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUTTON__TARGET_SCREEN = eINSTANCE.getButton_TargetScreen();

		/**
		 * The meta object literal for the '<em><b>Alarm Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUTTON__ALARM_GROUP = eINSTANCE.getButton_AlarmGroup();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.TrendImpl <em>Trend</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.TrendImpl
		 * @see tandem.model.impl.TandemPackageImpl#getTrend()
		 * @generated
		 */
		EClass TREND = eINSTANCE.getTrend();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TREND__VARIABLES = eINSTANCE.getTrend_Variables();

		/**
		 * The meta object literal for the '<em><b>Variable Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREND__VARIABLE_NAMES = eINSTANCE.getTrend_VariableNames();

		/**
		 * The meta object literal for the '<em><b>Time Span S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREND__TIME_SPAN_S = eINSTANCE.getTrend_TimeSpanS();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.AlarmListImpl <em>Alarm List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.AlarmListImpl
		 * @see tandem.model.impl.TandemPackageImpl#getAlarmList()
		 * @generated
		 */
		EClass ALARM_LIST = eINSTANCE.getAlarmList();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALARM_LIST__GROUP = eINSTANCE.getAlarmList_Group();

		/**
		 * The meta object literal for the '<em><b>Max Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALARM_LIST__MAX_ROWS = eINSTANCE.getAlarmList_MaxRows();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.CelListImpl <em>Cel List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.CelListImpl
		 * @see tandem.model.impl.TandemPackageImpl#getCelList()
		 * @generated
		 */
		EClass CEL_LIST = eINSTANCE.getCelList();

		/**
		 * The meta object literal for the '<em><b>Max Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEL_LIST__MAX_ROWS = eINSTANCE.getCelList_MaxRows();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ImageImpl <em>Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ImageImpl
		 * @see tandem.model.impl.TandemPackageImpl#getImage()
		 * @generated
		 */
		EClass IMAGE = eINSTANCE.getImage();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__SYMBOL = eINSTANCE.getImage_Symbol();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.GroupImpl
		 * @see tandem.model.impl.TandemPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__CHILDREN = eINSTANCE.getGroup_Children();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.SymbolInstanceImpl <em>Symbol Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.SymbolInstanceImpl
		 * @see tandem.model.impl.TandemPackageImpl#getSymbolInstance()
		 * @generated
		 */
		EClass SYMBOL_INSTANCE = eINSTANCE.getSymbolInstance();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYMBOL_INSTANCE__SYMBOL = eINSTANCE.getSymbolInstance_Symbol();

		/**
		 * The meta object literal for the '<em><b>Parameter Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYMBOL_INSTANCE__PARAMETER_VALUES = eINSTANCE.getSymbolInstance_ParameterValues();

		/**
		 * The meta object literal for the '<em><b>Rotation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_INSTANCE__ROTATION = eINSTANCE.getSymbolInstance_Rotation();

		/**
		 * The meta object literal for the '<em><b>Mirrored</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_INSTANCE__MIRRORED = eINSTANCE.getSymbolInstance_Mirrored();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ParameterValueImpl
		 * @see tandem.model.impl.TandemPackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__PARAMETER = eINSTANCE.getParameterValue_Parameter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.SymbolDefinitionImpl <em>Symbol Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.SymbolDefinitionImpl
		 * @see tandem.model.impl.TandemPackageImpl#getSymbolDefinition()
		 * @generated
		 */
		EClass SYMBOL_DEFINITION = eINSTANCE.getSymbolDefinition();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_DEFINITION__DESCRIPTION = eINSTANCE.getSymbolDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_DEFINITION__WIDTH = eINSTANCE.getSymbolDefinition_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_DEFINITION__HEIGHT = eINSTANCE.getSymbolDefinition_Height();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYMBOL_DEFINITION__PARAMETERS = eINSTANCE.getSymbolDefinition_Parameters();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYMBOL_DEFINITION__ELEMENTS = eINSTANCE.getSymbolDefinition_Elements();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.SymbolParameterImpl <em>Symbol Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.SymbolParameterImpl
		 * @see tandem.model.impl.TandemPackageImpl#getSymbolParameter()
		 * @generated
		 */
		EClass SYMBOL_PARAMETER = eINSTANCE.getSymbolParameter();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_PARAMETER__DESCRIPTION = eINSTANCE.getSymbolParameter_Description();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_PARAMETER__DEFAULT_VALUE = eINSTANCE.getSymbolParameter_DefaultValue();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.DynamicBindingImpl <em>Dynamic Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.DynamicBindingImpl
		 * @see tandem.model.impl.TandemPackageImpl#getDynamicBinding()
		 * @generated
		 */
		EClass DYNAMIC_BINDING = eINSTANCE.getDynamicBinding();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DYNAMIC_BINDING__VARIABLE = eINSTANCE.getDynamicBinding_Variable();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DYNAMIC_BINDING__VARIABLE_NAME = eINSTANCE.getDynamicBinding_VariableName();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.FillColorBindingImpl <em>Fill Color Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.FillColorBindingImpl
		 * @see tandem.model.impl.TandemPackageImpl#getFillColorBinding()
		 * @generated
		 */
		EClass FILL_COLOR_BINDING = eINSTANCE.getFillColorBinding();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILL_COLOR_BINDING__MODE = eINSTANCE.getFillColorBinding_Mode();

		/**
		 * The meta object literal for the '<em><b>Ranges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILL_COLOR_BINDING__RANGES = eINSTANCE.getFillColorBinding_Ranges();

		/**
		 * The meta object literal for the '<em><b>Default Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILL_COLOR_BINDING__DEFAULT_COLOR = eINSTANCE.getFillColorBinding_DefaultColor();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.ColorRangeImpl <em>Color Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.ColorRangeImpl
		 * @see tandem.model.impl.TandemPackageImpl#getColorRange()
		 * @generated
		 */
		EClass COLOR_RANGE = eINSTANCE.getColorRange();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLOR_RANGE__FROM = eINSTANCE.getColorRange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLOR_RANGE__TO = eINSTANCE.getColorRange_To();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLOR_RANGE__COLOR = eINSTANCE.getColorRange_Color();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.FillLevelBindingImpl <em>Fill Level Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.FillLevelBindingImpl
		 * @see tandem.model.impl.TandemPackageImpl#getFillLevelBinding()
		 * @generated
		 */
		EClass FILL_LEVEL_BINDING = eINSTANCE.getFillLevelBinding();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILL_LEVEL_BINDING__MIN = eINSTANCE.getFillLevelBinding_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILL_LEVEL_BINDING__MAX = eINSTANCE.getFillLevelBinding_Max();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILL_LEVEL_BINDING__DIRECTION = eINSTANCE.getFillLevelBinding_Direction();

		/**
		 * The meta object literal for the '<em><b>Fill Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILL_LEVEL_BINDING__FILL_COLOR = eINSTANCE.getFillLevelBinding_FillColor();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.VisibilityBindingImpl <em>Visibility Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.VisibilityBindingImpl
		 * @see tandem.model.impl.TandemPackageImpl#getVisibilityBinding()
		 * @generated
		 */
		EClass VISIBILITY_BINDING = eINSTANCE.getVisibilityBinding();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIBILITY_BINDING__OPERATOR = eINSTANCE.getVisibilityBinding_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIBILITY_BINDING__VALUE = eINSTANCE.getVisibilityBinding_Value();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.TextBindingImpl <em>Text Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.TextBindingImpl
		 * @see tandem.model.impl.TandemPackageImpl#getTextBinding()
		 * @generated
		 */
		EClass TEXT_BINDING = eINSTANCE.getTextBinding();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_BINDING__FORMAT = eINSTANCE.getTextBinding_Format();

		/**
		 * The meta object literal for the '<em><b>True Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_BINDING__TRUE_TEXT = eINSTANCE.getTextBinding_TrueText();

		/**
		 * The meta object literal for the '<em><b>False Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_BINDING__FALSE_TEXT = eINSTANCE.getTextBinding_FalseText();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.BlinkBindingImpl <em>Blink Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.BlinkBindingImpl
		 * @see tandem.model.impl.TandemPackageImpl#getBlinkBinding()
		 * @generated
		 */
		EClass BLINK_BINDING = eINSTANCE.getBlinkBinding();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINK_BINDING__OPERATOR = eINSTANCE.getBlinkBinding_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINK_BINDING__VALUE = eINSTANCE.getBlinkBinding_Value();

		/**
		 * The meta object literal for the '<em><b>Interval Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINK_BINDING__INTERVAL_MS = eINSTANCE.getBlinkBinding_IntervalMs();

		/**
		 * The meta object literal for the '<em><b>Blink Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINK_BINDING__BLINK_COLOR = eINSTANCE.getBlinkBinding_BlinkColor();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.TopologyImpl <em>Topology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.TopologyImpl
		 * @see tandem.model.impl.TandemPackageImpl#getTopology()
		 * @generated
		 */
		EClass TOPOLOGY = eINSTANCE.getTopology();

		/**
		 * The meta object literal for the '<em><b>Cluster Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__CLUSTER_NAME = eINSTANCE.getTopology_ClusterName();

		/**
		 * The meta object literal for the '<em><b>Secret Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__SECRET_REF = eINSTANCE.getTopology_SecretRef();

		/**
		 * The meta object literal for the '<em><b>Redundancy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__REDUNDANCY = eINSTANCE.getTopology_Redundancy();

		/**
		 * The meta object literal for the '<em><b>Failure Detection Timeout Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS = eINSTANCE.getTopology_FailureDetectionTimeoutMs();

		/**
		 * The meta object literal for the '<em><b>Heartbeat Interval Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__HEARTBEAT_INTERVAL_MS = eINSTANCE.getTopology_HeartbeatIntervalMs();

		/**
		 * The meta object literal for the '<em><b>Verify Suspect Timeout Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS = eINSTANCE.getTopology_VerifySuspectTimeoutMs();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__NODES = eINSTANCE.getTopology_Nodes();

		/**
		 * The meta object literal for the '<em><b>Witness</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__WITNESS = eINSTANCE.getTopology_Witness();

		/**
		 * The meta object literal for the '{@link tandem.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.impl.NodeImpl
		 * @see tandem.model.impl.TandemPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__HOST = eINSTANCE.getNode_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__PORT = eINSTANCE.getNode_Port();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ROLE = eINSTANCE.getNode_Role();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__PRIORITY = eINSTANCE.getNode_Priority();

		/**
		 * The meta object literal for the '{@link tandem.model.DataType <em>Data Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.DataType
		 * @see tandem.model.impl.TandemPackageImpl#getDataType()
		 * @generated
		 */
		EEnum DATA_TYPE = eINSTANCE.getDataType();

		/**
		 * The meta object literal for the '{@link tandem.model.ArchiveMode <em>Archive Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.ArchiveMode
		 * @see tandem.model.impl.TandemPackageImpl#getArchiveMode()
		 * @generated
		 */
		EEnum ARCHIVE_MODE = eINSTANCE.getArchiveMode();

		/**
		 * The meta object literal for the '{@link tandem.model.Permission <em>Permission</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.Permission
		 * @see tandem.model.impl.TandemPackageImpl#getPermission()
		 * @generated
		 */
		EEnum PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '{@link tandem.model.TextAlignment <em>Text Alignment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.TextAlignment
		 * @see tandem.model.impl.TandemPackageImpl#getTextAlignment()
		 * @generated
		 */
		EEnum TEXT_ALIGNMENT = eINSTANCE.getTextAlignment();

		/**
		 * The meta object literal for the '{@link tandem.model.Orientation <em>Orientation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.Orientation
		 * @see tandem.model.impl.TandemPackageImpl#getOrientation()
		 * @generated
		 */
		EEnum ORIENTATION = eINSTANCE.getOrientation();

		/**
		 * The meta object literal for the '{@link tandem.model.ButtonAction <em>Button Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.ButtonAction
		 * @see tandem.model.impl.TandemPackageImpl#getButtonAction()
		 * @generated
		 */
		EEnum BUTTON_ACTION = eINSTANCE.getButtonAction();

		/**
		 * The meta object literal for the '{@link tandem.model.ColorMode <em>Color Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.ColorMode
		 * @see tandem.model.impl.TandemPackageImpl#getColorMode()
		 * @generated
		 */
		EEnum COLOR_MODE = eINSTANCE.getColorMode();

		/**
		 * The meta object literal for the '{@link tandem.model.FillDirection <em>Fill Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.FillDirection
		 * @see tandem.model.impl.TandemPackageImpl#getFillDirection()
		 * @generated
		 */
		EEnum FILL_DIRECTION = eINSTANCE.getFillDirection();

		/**
		 * The meta object literal for the '{@link tandem.model.ComparisonOperator <em>Comparison Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.ComparisonOperator
		 * @see tandem.model.impl.TandemPackageImpl#getComparisonOperator()
		 * @generated
		 */
		EEnum COMPARISON_OPERATOR = eINSTANCE.getComparisonOperator();

		/**
		 * The meta object literal for the '{@link tandem.model.NodeRole <em>Node Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see tandem.model.NodeRole
		 * @see tandem.model.impl.TandemPackageImpl#getNodeRole()
		 * @generated
		 */
		EEnum NODE_ROLE = eINSTANCE.getNodeRole();

	}

} //TandemPackage
