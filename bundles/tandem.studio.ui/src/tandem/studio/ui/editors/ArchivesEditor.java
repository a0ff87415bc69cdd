package tandem.studio.ui.editors;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.Archive;
import tandem.model.TandemPackage.Literals;
import tandem.model.Variable;
import tandem.studio.core.op.ReferenceListOperation;

/**
 * Archives: the list of archives (add, delete, settings in place) and below it the variables the selected archive
 * records, with Add variables… (chosen with a filter from the whole project) and Remove; each one undo step.
 */
public final class ArchivesEditor extends ElementsEditor {

	public static final String ID = "tandem.studio.ui.archivesEditor";

	private ElementTable variables;
	private Group variablesGroup;

	@Override
	protected boolean hasDetail() {
		return true;
	}

	@Override
	protected List<ElementTable> createDetail(Composite area) {
		variablesGroup = new Group(area, SWT.NONE);
		variablesGroup.setLayout(new GridLayout(1, false));
		ToolBar bar = new ToolBar(variablesGroup, SWT.FLAT | SWT.RIGHT);
		ToolItem add = new ToolItem(bar, SWT.PUSH);
		add.setText("Add variables…");
		add.addListener(SWT.Selection, e -> chooseVariables());
		ToolItem remove = new ToolItem(bar, SWT.PUSH);
		remove.setText("Remove");
		remove.addListener(SWT.Selection, e -> removeVariables(selectedVariables()));
		variables = new ElementTable(variablesGroup, this, this::recorded,
				List.of(FeatureColumn.readOnly("Variable", 240, v -> ((Variable) v).getName()),
						FeatureColumn.readOnly("Unit", 70, v -> FeatureColumn.show(((Variable) v).getUnit())),
						FeatureColumn.readOnly("Poll rate (ms)", 100, v -> String.valueOf(((Variable) v).getRateMs())),
						FeatureColumn.readOnly("Description", 320, v -> FeatureColumn.show(((Variable) v).getDescription()))));
		variables.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		archives().viewer().addSelectionChangedListener(e -> variables.refresh());
		if (!session().project().getArchives().isEmpty()) {
			archives().select(session().project().getArchives().get(0));
		}
		variables.refresh();
		return List.of(variables);
	}

	private ElementTable archives() {
		return tables().get(0);
	}

	/** The archive whose variables are shown. */
	public Archive shownArchive() {
		Object first = ((IStructuredSelection) archives().viewer().getSelection()).getFirstElement();
		return first instanceof Archive a ? a : null;
	}

	/** The table of the shown archive's variables. */
	public ElementTable variablesTable() {
		return variables;
	}

	private List<? extends EObject> recorded() {
		Archive archive = shownArchive();
		if (variablesGroup != null && !variablesGroup.isDisposed()) {
			variablesGroup.setText(archive == null ? "Variables (select an archive)"
					: "Variables recorded by " + archive.getName() + " (" + archive.getVariables().size() + ")");
		}
		return archive == null ? List.of() : archive.getVariables();
	}

	@SuppressWarnings("unchecked")
	private List<Variable> selectedVariables() {
		return ((IStructuredSelection) variables.viewer().getSelection()).toList();
	}

	/** Add variables…: asks for the variables in a {@link VariableChooser} and adds the chosen ones. */
	public void chooseVariables() {
		Archive archive = shownArchive();
		if (archive == null) {
			return;
		}
		VariableChooser chooser = new VariableChooser(getSite().getShell(), "Variables for " + archive.getName(),
				session().project().getVariables(), v -> !archive.getVariables().contains(v), true);
		if (chooser.open() == Window.OK) {
			addVariables(chooser.chosen());
		}
	}

	/** Adds variables to the shown archive as one undo step (what Add variables… does with the chosen ones). */
	public void addVariables(List<Variable> chosen) {
		Archive archive = shownArchive();
		edit(() -> new ReferenceListOperation(session(), archive, Literals.ARCHIVE__VARIABLES).add(chosen));
	}

	/** Takes variables out of the shown archive as one undo step. */
	public void removeVariables(List<Variable> chosen) {
		Archive archive = shownArchive();
		if (archive != null && !chosen.isEmpty()) {
			edit(() -> new ReferenceListOperation(session(), archive, Literals.ARCHIVE__VARIABLES).remove(chosen));
		}
	}

	@Override
	protected void refresh(Collection<?> affected) {
		super.refresh(affected);
		variables.refresh();
	}

	@Override
	public void select(EObject element) {
		super.select(element);
		variables.refresh();
	}
}
