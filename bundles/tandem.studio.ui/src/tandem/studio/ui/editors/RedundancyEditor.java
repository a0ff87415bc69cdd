package tandem.studio.ui.editors;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import tandem.model.Node;
import tandem.model.NodeRole;
import tandem.model.TandemFactory;
import tandem.model.TandemPackage.Literals;
import tandem.model.Topology;
import tandem.model.validation.Problem;
import tandem.model.validation.RedundancyFigures;
import tandem.studio.core.op.AddElementsOperation;
import tandem.studio.core.op.SetFeatureOperation;

/**
 * The redundancy of a project: nodes, witness, failure-detection timings and the cluster secret reference, with
 * what follows from them shown live beside the fields (the server's lease, the worst-case failover, split-brain
 * protection; {@link RedundancyFigures}, the runtime's formulas) and the topology drawn as a small diagram.
 */
public final class RedundancyEditor extends ProjectEditor {

	public static final String ID = "tandem.studio.ui.redundancyEditor";

	private FormFields fields;
	private Combo witness;
	private ElementTable nodes;
	private Label figures;
	private Label verdict;
	private Label problems;
	private TopologyDiagram diagram;

	@Override
	protected void createContent(Composite parent) {
		if (session().project().getTopology() == null) {
			Topology topology = TandemFactory.eINSTANCE.createTopology();
			topology.setClusterName(session().project().getName());
			new SetFeatureOperation(session(), session().project(), Literals.PROJECT__TOPOLOGY, topology).execute();
		}
		org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite content = new Composite(scroll, SWT.NONE);
		scroll.setContent(content);
		createForm(content);
		scroll.setMinSize(content.computeSize(900, SWT.DEFAULT));
		getSite().setSelectionProvider(nodes.viewer());
		refresh(List.of());
	}

	private void createForm(Composite parent) {
		parent.setLayout(new GridLayout(2, true));
		Group settings = group(parent, "Cluster and failure detection", 2);
		fields = new FormFields(this, () -> session().project().getTopology());
		fields.add(settings, "Cluster name:", Literals.TOPOLOGY__CLUSTER_NAME);
		fields.add(settings, "Secret reference:", Literals.TOPOLOGY__SECRET_REF).setToolTipText(
				"env:NAME or file:path — the secret itself never enters the project");
		fields.add(settings, "Redundancy:", Literals.TOPOLOGY__REDUNDANCY);
		fields.add(settings, "Failure detection timeout (ms):", Literals.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS);
		fields.add(settings, "Heartbeat interval (ms):", Literals.TOPOLOGY__HEARTBEAT_INTERVAL_MS);
		fields.add(settings, "Verify-suspect timeout (ms):", Literals.TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS);
		new Label(settings, SWT.NONE).setText("Witness:");
		witness = new Combo(settings, SWT.READ_ONLY);
		witness.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		witness.addListener(SWT.Selection, e -> chooseWitness());

		Group derived = group(parent, "What follows (live)", 1);
		figures = new Label(derived, SWT.WRAP);
		figures.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		verdict = new Label(derived, SWT.WRAP);
		verdict.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		problems = new Label(derived, SWT.WRAP);
		problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Group nodesGroup = group(parent, "Nodes", 1);
		ToolBar bar = new ToolBar(nodesGroup, SWT.FLAT | SWT.RIGHT);
		nodes = new ElementTable(nodesGroup, this, () -> session().project().getTopology().getNodes(),
				List.of(FeatureColumn.of("Name", 110, Literals.NAMED_ELEMENT__NAME), FeatureColumn.of("Host", 110, Literals.NODE__HOST),
						FeatureColumn.of("Port", 60, Literals.NODE__PORT), FeatureColumn.of("Role", 130, Literals.NODE__ROLE),
						FeatureColumn.of("Priority", 60, Literals.NODE__PRIORITY)));
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 150;
		nodes.viewer().getTable().setLayoutData(tableData);
		ToolItem add = new ToolItem(bar, SWT.PUSH);
		add.setText("Add node");
		add.addListener(SWT.Selection, e -> addNode());
		ToolItem delete = new ToolItem(bar, SWT.PUSH);
		delete.setText("Delete…");
		delete.addListener(SWT.Selection, e -> Deletion.ask(this, nodes.selected()));

		Group drawing = group(parent, "Topology", 1);
		diagram = new TopologyDiagram(drawing, () -> session().project().getTopology());
		GridData diagramData = new GridData(SWT.FILL, SWT.FILL, true, true);
		diagramData.heightHint = 170;
		diagram.setLayoutData(diagramData);
		((GridData) nodesGroup.getLayoutData()).verticalAlignment = SWT.FILL;
		((GridData) drawing.getLayoutData()).verticalAlignment = SWT.FILL;
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
	}

	private void chooseWitness() {
		Topology topology = session().project().getTopology();
		int index = witness.getSelectionIndex();
		Node chosen = index <= 0 ? null : topology.getNodes().get(index - 1);
		edit(() -> new SetFeatureOperation(session(), topology, Literals.TOPOLOGY__WITNESS, chosen).execute());
	}

	private void addNode() {
		Topology topology = session().project().getTopology();
		Node node = TandemFactory.eINSTANCE.createNode();
		node.setName("node" + (topology.getNodes().size() + 1));
		node.setHost("127.0.0.1");
		node.setPort(7800 + topology.getNodes().size());
		node.setRole(NodeRole.CLIENT);
		edit(() -> new AddElementsOperation(session(), topology, Literals.TOPOLOGY__NODES, List.of(node), "Add node").execute());
	}

	@Override
	protected void refresh(Collection<?> affected) {
		if (figures.isDisposed()) {
			return;
		}
		Topology topology = session().project().getTopology();
		fields.refresh();
		nodes.refresh();
		witness.removeAll();
		witness.add("(none)");
		topology.getNodes().forEach(n -> witness.add(n.getName()));
		witness.select(topology.getWitness() == null ? 0 : topology.getNodes().indexOf(topology.getWitness()) + 1);
		RedundancyFigures f = RedundancyFigures.of(topology);
		figures.setText(describe(f));
		verdict.setText(f.splitBrainSafe() ? "Protected against split brain: " + f.voters() + " voters, one side always has a majority."
				: "NOT protected against split brain: " + f.voters() + " voter(s). Add a witness (an operator station or a small witness node).");
		verdict.setForeground(verdict.getDisplay().getSystemColor(f.splitBrainSafe() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		List<String> topologyProblems = session().problems().problems().stream()
				.filter(p -> p.elementPath().contains("/ Topology")).map(Problem::toString).toList();
		problems.setText(topologyProblems.isEmpty() ? "No problems in the topology." : String.join("\n", topologyProblems));
		diagram.redraw();
		figures.getParent().getParent().layout(true, true);
	}

	static String describe(RedundancyFigures f) {
		return "Server lease on the field: " + f.leaseMs() + " ms" + (f.leaseMs() < RedundancyFigures.MIN_LEASE_MS ? "  (too short!)" : "")
				+ "\nA crashed server is detected after: " + f.crashDetectionMs() + " ms"
				+ "\nA silent or frozen server is detected after: " + f.silenceDetectionMs() + " ms"
				+ "\nWorst-case failover, standby recording as server: " + f.worstCaseServingMs() + " ms"
				+ "\nWorst-case until it also writes to the field: " + f.worstCaseActingMs() + " ms";
	}

	/** The figures the form shows now, for tests. */
	public String figuresText() {
		return figures.getText() + "\n" + verdict.getText();
	}

	@Override
	public void select(EObject element) {
		if (element instanceof Node) {
			nodes.select(element);
		}
	}

	@Override
	public void setFocus() {
		nodes.viewer().getControl().setFocus();
	}
}
