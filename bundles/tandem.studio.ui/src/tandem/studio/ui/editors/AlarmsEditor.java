package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.LimitAlarm;
import tandem.model.LimitDefinition;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.op.AddElementsOperation;
import tandem.studio.core.op.LimitOperation;
import tandem.studio.core.op.LimitOperation.Slot;
import tandem.model.naming.ElementPath;

/**
 * Alarms per variable: the list of alarms (name, kind, monitored variable, group) and, for the selected limit
 * alarm, its limits LL / L / H / HH with value, hysteresis, delay, alarm class and text, each edited in place.
 */
public final class AlarmsEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.alarmsEditor";

	private ElementTable alarms;
	private ElementTable limits;
	private Group limitsGroup;

	@Override
	protected void createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Group alarmsGroup = new Group(sash, SWT.NONE);
		alarmsGroup.setText("Alarms");
		alarmsGroup.setLayout(new GridLayout(1, false));
		ToolBar bar = new ToolBar(alarmsGroup, SWT.FLAT | SWT.RIGHT);
		List<FeatureColumn> columns = new ArrayList<>();
		columns.add(FeatureColumn.of("Name", 240, Literals.NAMED_ELEMENT__NAME));
		columns.add(FeatureColumn.readOnly("Kind", 90, a -> a instanceof LimitAlarm ? "limits" : "binary"));
		columns.add(FeatureColumn.readOnly("Variable", 200, a -> FeatureColumn.show(((Alarm) a).getVariable())));
		columns.add(FeatureColumn.reference("Group", 140, Literals.ALARM__GROUP, () -> session().project().getAlarmGroups()));
		columns.add(FeatureColumn.readOnly("Limits", 300, a -> a instanceof LimitAlarm la ? summary(la) : ""));
		alarms = new ElementTable(alarmsGroup, this, () -> session().project().getAlarms(), columns);
		alarms.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		ToolItem add = new ToolItem(bar, SWT.PUSH);
		add.setText("Add limit alarm…");
		add.addListener(SWT.Selection, e -> addLimitAlarm());
		ToolItem addBinary = new ToolItem(bar, SWT.PUSH);
		addBinary.setText("Add binary alarm…");
		addBinary.addListener(SWT.Selection, e -> addBinaryAlarm());
		ToolItem delete = new ToolItem(bar, SWT.PUSH);
		delete.setText("Delete…");
		delete.addListener(SWT.Selection, e -> Deletion.ask(this, alarms.selected()));

		limitsGroup = new Group(sash, SWT.NONE);
		limitsGroup.setText("Limits");
		limitsGroup.setLayout(new GridLayout(1, false));
		limitsBar(limitsGroup);
		List<FeatureColumn> limitColumns = List.of(FeatureColumn.readOnly("Limit", 60, ElementPath::label),
				FeatureColumn.of("Value", 90, Literals.LIMIT_DEFINITION__VALUE),
				FeatureColumn.of("Hysteresis", 90, Literals.LIMIT_DEFINITION__HYSTERESIS),
				FeatureColumn.of("Delay (ms)", 90, Literals.LIMIT_DEFINITION__DELAY_MS),
				FeatureColumn.reference("Alarm class", 120, Literals.LIMIT_DEFINITION__ALARM_CLASS, () -> session().project().getAlarmClasses()),
				FeatureColumn.of("Text", 320, Literals.LIMIT_DEFINITION__TEXT));
		limits = new ElementTable(limitsGroup, this, this::limitRows, limitColumns);
		limits.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(60, 40);
		alarms.viewer().addSelectionChangedListener(e -> limits.refresh());
		getSite().setSelectionProvider(new MergedSelection(List.of(alarms.viewer(), limits.viewer())));
	}

	private void limitsBar(Composite parent) {
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		ToolItem add = new ToolItem(bar, SWT.DROP_DOWN);
		add.setText("Add limit");
		add.setToolTipText("Add LL, L, H or HH to the selected limit alarm");
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(bar.getShell(), SWT.POP_UP);
		for (Slot slot : Slot.values()) {
			org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
			item.setText(slot.name());
			item.addListener(SWT.Selection, e -> addLimit(slot));
		}
		menu.addListener(SWT.Show, e -> {
			LimitAlarm alarm = shownAlarm();
			for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
				item.setEnabled(alarm != null && Slot.valueOf(item.getText()).of(alarm) == null);
			}
		});
		add.addListener(SWT.Selection, e -> {
			var point = bar.toDisplay(add.getBounds().x, add.getBounds().y + add.getBounds().height);
			menu.setLocation(point);
			menu.setVisible(true);
		});
		ToolItem remove = new ToolItem(bar, SWT.PUSH);
		remove.setText("Remove limit");
		remove.addListener(SWT.Selection, e -> {
			Object selected = ((IStructuredSelection) limits.viewer().getSelection()).getFirstElement();
			if (selected instanceof LimitDefinition limit && limit.eContainer() instanceof LimitAlarm alarm) {
				removeLimit(alarm, slotOf(limit));
			}
		});
	}

	private static Slot slotOf(LimitDefinition limit) {
		for (Slot slot : Slot.values()) {
			if (slot.feature() == limit.eContainmentFeature()) {
				return slot;
			}
		}
		throw new IllegalArgumentException("not a limit of an alarm");
	}

	/** Adds the limit in slot to the shown alarm, as the Add limit menu does. */
	public void addLimit(Slot slot) {
		LimitAlarm alarm = shownAlarm();
		if (alarm != null) {
			edit(() -> {
				LimitDefinition limit = new LimitOperation(session(), alarm).add(slot);
				limits.refresh();
				limits.select(limit);
			});
		}
	}

	/** Removes the limit in slot of alarm, as Remove limit does for the selected limit. */
	public void removeLimit(LimitAlarm alarm, Slot slot) {
		edit(() -> new LimitOperation(session(), alarm).remove(slot));
	}

	/** Asks for a boolean variable and adds an alarm raised when it is true. */
	private void addBinaryAlarm() {
		VariableChooser chooser = new VariableChooser(getSite().getShell(), "Add binary alarm: variable to watch",
				session().project().getVariables(), v -> v.getDataType() == tandem.model.DataType.BOOL, false);
		if (chooser.open() == org.eclipse.jface.window.Window.OK && !chooser.chosen().isEmpty()) {
			addBinaryAlarm(chooser.chosen().get(0));
		}
	}

	/** Adds a binary alarm on variable (raised when true, first alarm class), one undo step. */
	public void addBinaryAlarm(Variable variable) {
		edit(() -> {
			tandem.model.BinaryAlarm alarm = TandemFactory.eINSTANCE.createBinaryAlarm();
			alarm.setName(variable.getName() + ".Alarm");
			alarm.setVariable(variable);
			alarm.setAlarmState(true);
			alarm.setText(variable.getDescription() == null ? variable.getName() : variable.getDescription());
			if (!session().project().getAlarmClasses().isEmpty()) {
				alarm.setAlarmClass(session().project().getAlarmClasses().get(0));
			}
			new AddElementsOperation(session(), session().project(), Literals.PROJECT__ALARMS, List.of(alarm), "Add binary alarm on "
					+ variable.getName()).execute();
			alarms.refresh();
			select(alarm);
		});
	}

	/** Asks for the variable to watch and adds a limit alarm with H and HH at 80 % and 90 % of its range. */
	private void addLimitAlarm() {
		org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(), "Add limit alarm",
				"Variable to watch (name):", "", text -> variable(text) == null ? "no variable is named '" + text + "'" : null);
		if (dialog.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		Variable variable = variable(dialog.getValue());
		edit(() -> {
			LimitAlarm alarm = newLimitAlarm(variable, session().project().getAlarmClasses().isEmpty() ? null
					: session().project().getAlarmClasses().get(0));
			new AddElementsOperation(session(), session().project(), Literals.PROJECT__ALARMS, List.of(alarm), "Add limit alarm on "
					+ variable.getName()).execute();
			alarms.refresh();
			select(alarm);
		});
	}

	private Variable variable(String name) {
		return session().project().getVariables().stream().filter(v -> name.strip().equals(v.getName())).findFirst().orElse(null);
	}

	static LimitAlarm newLimitAlarm(Variable variable, AlarmClass alarmClass) {
		LimitAlarm alarm = TandemFactory.eINSTANCE.createLimitAlarm();
		alarm.setName(variable.getName() + ".Limits");
		alarm.setVariable(variable);
		double min = variable.getRangeMin() == null ? 0 : variable.getRangeMin();
		double max = variable.getRangeMax() == null ? 100 : variable.getRangeMax();
		alarm.setHigh(limit(min + 0.8 * (max - min), alarmClass, variable.getName() + " high"));
		alarm.setHighHigh(limit(min + 0.9 * (max - min), alarmClass, variable.getName() + " very high"));
		return alarm;
	}

	private static LimitDefinition limit(double value, AlarmClass alarmClass, String text) {
		LimitDefinition limit = TandemFactory.eINSTANCE.createLimitDefinition();
		limit.setValue(value);
		limit.setAlarmClass(alarmClass);
		limit.setText(text);
		return limit;
	}

	private static String summary(LimitAlarm alarm) {
		List<String> parts = new ArrayList<>();
		for (LimitDefinition limit : limitsOf(alarm)) {
			parts.add(ElementPath.label(limit).replace(" limit", "") + " " + FeatureColumn.show(limit.getValue()));
		}
		return String.join("   ", parts);
	}

	static List<LimitDefinition> limitsOf(LimitAlarm alarm) {
		List<LimitDefinition> list = new ArrayList<>();
		for (LimitDefinition limit : new LimitDefinition[] { alarm.getLowLow(), alarm.getLow(), alarm.getHigh(), alarm.getHighHigh() }) {
			if (limit != null) {
				list.add(limit);
			}
		}
		return list;
	}

	/** The table of the shown alarm's limits. */
	public org.eclipse.jface.viewers.TableViewer limitsViewer() {
		return limits.viewer();
	}

	/** The limit alarm whose limits are shown. */
	public LimitAlarm shownAlarm() {
		Object first = ((IStructuredSelection) alarms.viewer().getSelection()).getFirstElement();
		return first instanceof LimitAlarm la ? la : null;
	}

	private List<? extends EObject> limitRows() {
		LimitAlarm alarm = shownAlarm();
		if (limitsGroup != null && !limitsGroup.isDisposed()) {
			limitsGroup.setText(alarm == null ? "Limits (select a limit alarm)" : "Limits of " + alarm.getName() + " on "
					+ FeatureColumn.show(alarm.getVariable()));
		}
		return alarm == null ? List.of() : limitsOf(alarm);
	}

	@Override
	protected void refresh(Collection<?> affected) {
		alarms.refresh();
		limits.refresh();
	}

	@Override
	public void select(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Alarm alarm) {
				alarms.select(alarm);
				limits.refresh();
				if (element instanceof LimitDefinition limit) {
					limits.select(limit);
				}
				return;
			}
		}
	}

	@Override
	public void setFocus() {
		alarms.viewer().getControl().setFocus();
	}
}
