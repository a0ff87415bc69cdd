package tandem.studio.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.TandemPackage;
import tandem.studio.core.op.AddElementsOperation;

/**
 * The editor of a category that is a list of elements (drivers, alarm classes and groups, archives, screens, and
 * the tables of other editors): one table per list of the category, columns from the model, in-place editing,
 * add (choosing the kind for drivers) and delete with uses. The screen editor replaces this for screens.
 */
public class ElementsEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.elementsEditor";

	private final List<ElementTable> tables = new ArrayList<>();

	@Override
	protected void createContent(Composite parent) {
		List<EReference> features = category().features();
		boolean split = features.size() > 1 || hasDetail();
		Composite area = split ? new SashForm(parent, SWT.VERTICAL) : parent;
		if (!split) {
			parent.setLayout(new GridLayout(1, false));
		}
		for (EReference feature : features) {
			tables.add(section(area, feature));
		}
		List<ElementTable> viewers = new ArrayList<>(tables);
		viewers.addAll(createDetail(area));
		if (!viewers.isEmpty()) {
			getSite().setSelectionProvider(new MergedSelection(viewers.stream().map(ElementTable::viewer).toList()));
		}
	}

	/** Whether the editor shows a detail of the selected row below its tables (archives: the variables). */
	protected boolean hasDetail() {
		return false;
	}

	/** Creates the detail below the tables; returns its tables, whose selection the Properties view follows. */
	protected List<ElementTable> createDetail(Composite area) {
		return List.of();
	}

	/** The tables of the category's lists, in order. */
	protected List<ElementTable> tables() {
		return tables;
	}

	protected ElementTable section(Composite parent, EReference feature) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(ReflectiveColumns.header(feature.getName()));
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		ToolBar bar = new ToolBar(group, SWT.FLAT | SWT.RIGHT);
		ElementTable table = new ElementTable(group, this, () -> rows(feature), ReflectiveColumns.of(feature.getEReferenceType(), session().project()));
		table.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		addButton(bar, feature, table);
		ToolItem delete = new ToolItem(bar, SWT.PUSH);
		delete.setText("Delete…");
		delete.addListener(SWT.Selection, e -> Deletion.ask(this, table.selected()));
		return table;
	}

	private void addButton(ToolBar bar, EReference feature, ElementTable table) {
		List<EClass> kinds = concreteKinds(feature.getEReferenceType());
		ToolItem add = new ToolItem(bar, kinds.size() > 1 ? SWT.DROP_DOWN : SWT.PUSH);
		add.setText("Add " + (kinds.size() == 1 ? kinds.get(0).getName() : "…"));
		Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
		for (EClass kind : kinds) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(kind.getName());
			item.addListener(SWT.Selection, e -> add(feature, kind, table));
		}
		add.addListener(SWT.Selection, e -> {
			if (kinds.size() == 1) {
				add(feature, kinds.get(0), table);
			} else {
				var point = bar.toDisplay(add.getBounds().x, add.getBounds().y + add.getBounds().height);
				menu.setLocation(point);
				menu.setVisible(true);
			}
		});
	}

	private void add(EReference feature, EClass kind, ElementTable table) {
		EObject element = EcoreUtil.create(kind);
		if (element instanceof tandem.model.NamedElement named) {
			named.setName("New" + kind.getName());
		}
		edit(() -> new AddElementsOperation(session(), owner(feature), feature, List.of(element), "Add " + kind.getName()).execute());
		table.refresh();
		table.select(element);
	}

	/** What the Add button of the list feature does for an element of kind; returns the element added. */
	public EObject add(EReference feature, EClass kind) {
		ElementTable table = tables.get(category().features().indexOf(feature));
		int before = ((List<?>) owner(feature).eGet(feature)).size();
		add(feature, kind, table);
		List<?> list = (List<?>) owner(feature).eGet(feature);
		return list.size() > before ? (EObject) list.get(list.size() - 1) : null;
	}

	private static List<EClass> concreteKinds(EClass type) {
		if (!type.isAbstract()) {
			return List.of(type);
		}
		List<EClass> kinds = new ArrayList<>();
		for (var classifier : TandemPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c && !c.isAbstract() && type.isSuperTypeOf(c)) {
				kinds.add(c);
			}
		}
		return kinds;
	}

	/** The element that holds the list (the project; subclasses may show lists further down). */
	protected EObject owner(EReference feature) {
		return session().project();
	}

	@SuppressWarnings("unchecked")
	protected List<? extends EObject> rows(EReference feature) {
		Object value = owner(feature).eGet(feature);
		return value instanceof List<?> list ? (List<? extends EObject>) list : value == null ? List.of() : List.of((EObject) value);
	}

	@Override
	protected void refresh(Collection<?> affected) {
		tables.forEach(ElementTable::refresh);
	}

	@Override
	public void select(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			for (ElementTable table : tables) {
				if (List.of((Object[]) table.viewer().getInput()).contains(e)) {
					table.select(e);
					return;
				}
			}
		}
	}

	@Override
	public void setFocus() {
		if (!tables.isEmpty()) {
			tables.get(0).viewer().getControl().setFocus();
		}
	}
}
