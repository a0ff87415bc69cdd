/**
 */
package tandem.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import tandem.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TandemFactoryImpl extends EFactoryImpl implements TandemFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TandemFactory init() {
		try {
			TandemFactory theTandemFactory = (TandemFactory)EPackage.Registry.INSTANCE.getEFactory(TandemPackage.eNS_URI);
			if (theTandemFactory != null) {
				return theTandemFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TandemFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TandemFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TandemPackage.PROJECT: return createProject();
			case TandemPackage.VARIABLE: return createVariable();
			case TandemPackage.SIMULATOR_DRIVER: return createSimulatorDriver();
			case TandemPackage.OPC_UA_DRIVER: return createOpcUaDriver();
			case TandemPackage.MODBUS_TCP_DRIVER: return createModbusTcpDriver();
			case TandemPackage.ALARM_CLASS: return createAlarmClass();
			case TandemPackage.ALARM_GROUP: return createAlarmGroup();
			case TandemPackage.LIMIT_ALARM: return createLimitAlarm();
			case TandemPackage.LIMIT_DEFINITION: return createLimitDefinition();
			case TandemPackage.BINARY_ALARM: return createBinaryAlarm();
			case TandemPackage.CEL_SETTINGS: return createCelSettings();
			case TandemPackage.ARCHIVE: return createArchive();
			case TandemPackage.RECIPE_GROUP: return createRecipeGroup();
			case TandemPackage.RECIPE: return createRecipe();
			case TandemPackage.RECIPE_VALUE: return createRecipeValue();
			case TandemPackage.ROLE: return createRole();
			case TandemPackage.USER: return createUser();
			case TandemPackage.SCREEN: return createScreen();
			case TandemPackage.RECTANGLE: return createRectangle();
			case TandemPackage.ELLIPSE: return createEllipse();
			case TandemPackage.LINE: return createLine();
			case TandemPackage.POLYLINE: return createPolyline();
			case TandemPackage.TEXT: return createText();
			case TandemPackage.NUMERIC_DISPLAY: return createNumericDisplay();
			case TandemPackage.BAR_GRAPH: return createBarGraph();
			case TandemPackage.BUTTON: return createButton();
			case TandemPackage.TREND: return createTrend();
			case TandemPackage.ALARM_LIST: return createAlarmList();
			case TandemPackage.CEL_LIST: return createCelList();
			case TandemPackage.IMAGE: return createImage();
			case TandemPackage.GROUP: return createGroup();
			case TandemPackage.SYMBOL_INSTANCE: return createSymbolInstance();
			case TandemPackage.PARAMETER_VALUE: return createParameterValue();
			case TandemPackage.SYMBOL_DEFINITION: return createSymbolDefinition();
			case TandemPackage.SYMBOL_PARAMETER: return createSymbolParameter();
			case TandemPackage.FILL_COLOR_BINDING: return createFillColorBinding();
			case TandemPackage.COLOR_RANGE: return createColorRange();
			case TandemPackage.FILL_LEVEL_BINDING: return createFillLevelBinding();
			case TandemPackage.VISIBILITY_BINDING: return createVisibilityBinding();
			case TandemPackage.TEXT_BINDING: return createTextBinding();
			case TandemPackage.BLINK_BINDING: return createBlinkBinding();
			case TandemPackage.TOPOLOGY: return createTopology();
			case TandemPackage.NODE: return createNode();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TandemPackage.DATA_TYPE:
				return createDataTypeFromString(eDataType, initialValue);
			case TandemPackage.ARCHIVE_MODE:
				return createArchiveModeFromString(eDataType, initialValue);
			case TandemPackage.PERMISSION:
				return createPermissionFromString(eDataType, initialValue);
			case TandemPackage.TEXT_ALIGNMENT:
				return createTextAlignmentFromString(eDataType, initialValue);
			case TandemPackage.ORIENTATION:
				return createOrientationFromString(eDataType, initialValue);
			case TandemPackage.BUTTON_ACTION:
				return createButtonActionFromString(eDataType, initialValue);
			case TandemPackage.COLOR_MODE:
				return createColorModeFromString(eDataType, initialValue);
			case TandemPackage.FILL_DIRECTION:
				return createFillDirectionFromString(eDataType, initialValue);
			case TandemPackage.COMPARISON_OPERATOR:
				return createComparisonOperatorFromString(eDataType, initialValue);
			case TandemPackage.NODE_ROLE:
				return createNodeRoleFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TandemPackage.DATA_TYPE:
				return convertDataTypeToString(eDataType, instanceValue);
			case TandemPackage.ARCHIVE_MODE:
				return convertArchiveModeToString(eDataType, instanceValue);
			case TandemPackage.PERMISSION:
				return convertPermissionToString(eDataType, instanceValue);
			case TandemPackage.TEXT_ALIGNMENT:
				return convertTextAlignmentToString(eDataType, instanceValue);
			case TandemPackage.ORIENTATION:
				return convertOrientationToString(eDataType, instanceValue);
			case TandemPackage.BUTTON_ACTION:
				return convertButtonActionToString(eDataType, instanceValue);
			case TandemPackage.COLOR_MODE:
				return convertColorModeToString(eDataType, instanceValue);
			case TandemPackage.FILL_DIRECTION:
				return convertFillDirectionToString(eDataType, instanceValue);
			case TandemPackage.COMPARISON_OPERATOR:
				return convertComparisonOperatorToString(eDataType, instanceValue);
			case TandemPackage.NODE_ROLE:
				return convertNodeRoleToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable createVariable() {
		VariableImpl variable = new VariableImpl();
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulatorDriver createSimulatorDriver() {
		SimulatorDriverImpl simulatorDriver = new SimulatorDriverImpl();
		return simulatorDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpcUaDriver createOpcUaDriver() {
		OpcUaDriverImpl opcUaDriver = new OpcUaDriverImpl();
		return opcUaDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModbusTcpDriver createModbusTcpDriver() {
		ModbusTcpDriverImpl modbusTcpDriver = new ModbusTcpDriverImpl();
		return modbusTcpDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlarmClass createAlarmClass() {
		AlarmClassImpl alarmClass = new AlarmClassImpl();
		return alarmClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlarmGroup createAlarmGroup() {
		AlarmGroupImpl alarmGroup = new AlarmGroupImpl();
		return alarmGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitAlarm createLimitAlarm() {
		LimitAlarmImpl limitAlarm = new LimitAlarmImpl();
		return limitAlarm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitDefinition createLimitDefinition() {
		LimitDefinitionImpl limitDefinition = new LimitDefinitionImpl();
		return limitDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BinaryAlarm createBinaryAlarm() {
		BinaryAlarmImpl binaryAlarm = new BinaryAlarmImpl();
		return binaryAlarm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CelSettings createCelSettings() {
		CelSettingsImpl celSettings = new CelSettingsImpl();
		return celSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Archive createArchive() {
		ArchiveImpl archive = new ArchiveImpl();
		return archive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipeGroup createRecipeGroup() {
		RecipeGroupImpl recipeGroup = new RecipeGroupImpl();
		return recipeGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recipe createRecipe() {
		RecipeImpl recipe = new RecipeImpl();
		return recipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipeValue createRecipeValue() {
		RecipeValueImpl recipeValue = new RecipeValueImpl();
		return recipeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Screen createScreen() {
		ScreenImpl screen = new ScreenImpl();
		return screen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rectangle createRectangle() {
		RectangleImpl rectangle = new RectangleImpl();
		return rectangle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ellipse createEllipse() {
		EllipseImpl ellipse = new EllipseImpl();
		return ellipse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Line createLine() {
		LineImpl line = new LineImpl();
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polyline createPolyline() {
		PolylineImpl polyline = new PolylineImpl();
		return polyline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Text createText() {
		TextImpl text = new TextImpl();
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumericDisplay createNumericDisplay() {
		NumericDisplayImpl numericDisplay = new NumericDisplayImpl();
		return numericDisplay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BarGraph createBarGraph() {
		BarGraphImpl barGraph = new BarGraphImpl();
		return barGraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Button createButton() {
		ButtonImpl button = new ButtonImpl();
		return button;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trend createTrend() {
		TrendImpl trend = new TrendImpl();
		return trend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlarmList createAlarmList() {
		AlarmListImpl alarmList = new AlarmListImpl();
		return alarmList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CelList createCelList() {
		CelListImpl celList = new CelListImpl();
		return celList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image createImage() {
		ImageImpl image = new ImageImpl();
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Group createGroup() {
		GroupImpl group = new GroupImpl();
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SymbolInstance createSymbolInstance() {
		SymbolInstanceImpl symbolInstance = new SymbolInstanceImpl();
		return symbolInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterValue createParameterValue() {
		ParameterValueImpl parameterValue = new ParameterValueImpl();
		return parameterValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SymbolDefinition createSymbolDefinition() {
		SymbolDefinitionImpl symbolDefinition = new SymbolDefinitionImpl();
		return symbolDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SymbolParameter createSymbolParameter() {
		SymbolParameterImpl symbolParameter = new SymbolParameterImpl();
		return symbolParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FillColorBinding createFillColorBinding() {
		FillColorBindingImpl fillColorBinding = new FillColorBindingImpl();
		return fillColorBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColorRange createColorRange() {
		ColorRangeImpl colorRange = new ColorRangeImpl();
		return colorRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FillLevelBinding createFillLevelBinding() {
		FillLevelBindingImpl fillLevelBinding = new FillLevelBindingImpl();
		return fillLevelBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisibilityBinding createVisibilityBinding() {
		VisibilityBindingImpl visibilityBinding = new VisibilityBindingImpl();
		return visibilityBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextBinding createTextBinding() {
		TextBindingImpl textBinding = new TextBindingImpl();
		return textBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlinkBinding createBlinkBinding() {
		BlinkBindingImpl blinkBinding = new BlinkBindingImpl();
		return blinkBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology createTopology() {
		TopologyImpl topology = new TopologyImpl();
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node createNode() {
		NodeImpl node = new NodeImpl();
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataType createDataTypeFromString(EDataType eDataType, String initialValue) {
		DataType result = DataType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArchiveMode createArchiveModeFromString(EDataType eDataType, String initialValue) {
		ArchiveMode result = ArchiveMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchiveModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Permission createPermissionFromString(EDataType eDataType, String initialValue) {
		Permission result = Permission.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPermissionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TextAlignment createTextAlignmentFromString(EDataType eDataType, String initialValue) {
		TextAlignment result = TextAlignment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTextAlignmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Orientation createOrientationFromString(EDataType eDataType, String initialValue) {
		Orientation result = Orientation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrientationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ButtonAction createButtonActionFromString(EDataType eDataType, String initialValue) {
		ButtonAction result = ButtonAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertButtonActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ColorMode createColorModeFromString(EDataType eDataType, String initialValue) {
		ColorMode result = ColorMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertColorModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FillDirection createFillDirectionFromString(EDataType eDataType, String initialValue) {
		FillDirection result = FillDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFillDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComparisonOperator createComparisonOperatorFromString(EDataType eDataType, String initialValue) {
		ComparisonOperator result = ComparisonOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparisonOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeRole createNodeRoleFromString(EDataType eDataType, String initialValue) {
		NodeRole result = NodeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNodeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TandemPackage getTandemPackage() {
		return (TandemPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TandemPackage getPackage() {
		return TandemPackage.eINSTANCE;
	}

} //TandemFactoryImpl
