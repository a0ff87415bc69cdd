package tandem.studio.ui.deploy;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import tandem.runtime.cluster.MemberInfo;
import tandem.runtime.cluster.MemberRole;
import tandem.studio.core.ProjectSession;
import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.ui.StudioPlugin;

/**
 * The members of the project's cluster, live like {@code tandem status}: node, role, epoch, running project
 * version, hash, history high-water mark and alignment, refreshed every second while connected. Connect joins
 * the cluster as a STUDIO member (authenticated with the project's cluster secret); Deploy opens the wizard.
 */
public final class ClusterView extends ViewPart {

	public static final String ID = "tandem.studio.ui.cluster";
	private static final int REFRESH_MS = 1000;

	private Label state;
	private Button connect;
	private Button deploy;
	private TableViewer table;
	private ProjectSession session;
	private final Runnable changed = () -> Display.getDefault().asyncExec(this::refresh);

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(area, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(3, false);
		barLayout.marginWidth = 0;
		bar.setLayout(barLayout);
		state = new Label(bar, SWT.NONE);
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		connect = new Button(bar, SWT.PUSH);
		connect.addListener(SWT.Selection, e -> toggleConnection());
		deploy = new Button(bar, SWT.PUSH);
		deploy.setText("Deploy…");
		deploy.addListener(SWT.Selection, e -> DeployHandler.openWizard(getSite().getShell(), getSite().getPage()));
		Composite holder = new Composite(area, SWT.NONE);
		holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Node", 14, MemberInfo::node);
		column(columns, "Role", 10, i -> i.role().name());
		column(columns, "Epoch", 6, i -> Long.toString(i.epoch()));
		column(columns, "Version", 8, this::version);
		column(columns, "Project hash", 14, i -> i.projectHash().isEmpty() ? "—"
				: i.projectHash().substring(0, Math.min(12, i.projectHash().length())));
		column(columns, "History (epoch, seq)", 14, i -> "(" + i.highWaterMark().epoch() + ", "
				+ i.highWaterMark().seq() + ")");
		column(columns, "Aligned", 7, i -> i.role() == MemberRole.SERVER || i.role() == MemberRole.STANDBY
				? (i.aligned() ? "yes" : "not yet") : "");
		StudioPlugin.get().clusters().addListener(changed);
		refresh();
		tick();
	}

	private String version(MemberInfo i) {
		if (i.projectHash().isEmpty()) {
			return "—";
		}
		return StudioPlugin.get().clusters().versionOf(session, i.projectHash()).map(n -> "v" + n).orElse("?");
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<MemberInfo, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((MemberInfo) element);
			}

			@Override
			public Color getForeground(Object element) {
				MemberInfo i = (MemberInfo) element;
				return i.role() == MemberRole.DEGRADED ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED) : null;
			}
		});
	}

	private void tick() {
		if (table.getTable().isDisposed()) {
			return;
		}
		refresh();
		Display.getCurrent().timerExec(REFRESH_MS, this::tick);
	}

	/** Shows the active project's cluster: its members while connected, or how to connect. */
	void refresh() {
		if (state.isDisposed()) {
			return;
		}
		session = ActiveSession.of(getSite().getPage()).orElse(null);
		Optional<ClusterConnection> c = session == null ? Optional.empty()
				: StudioPlugin.get().clusters().connection(session);
		connect.setEnabled(session != null);
		deploy.setEnabled(session != null);
		if (c.isEmpty()) {
			state.setText(session == null ? "Open a project to see its cluster."
					: "Not connected to the cluster of " + session.displayName() + ".");
			connect.setText("Connect");
			table.setInput(List.of());
		} else {
			List<MemberInfo> members = c.get().members();
			String server = members.stream().filter(m -> m.role() == MemberRole.SERVER).map(MemberInfo::node)
					.findFirst().orElse("none");
			state.setText("Cluster " + c.get().clusterName() + " — " + members.size() + " members, server " + server
					+ " — connected as " + c.get().nodeName());
			connect.setText("Disconnect");
			table.setInput(members);
		}
		state.getParent().layout(true);
	}

	private void toggleConnection() {
		ProjectSession s = session;
		if (s == null) {
			return;
		}
		if (StudioPlugin.get().clusters().connection(s).isPresent()) {
			StudioPlugin.get().clusters().disconnect(s);
			return;
		}
		connect.setEnabled(false);
		state.setText("Connecting to the cluster of " + s.displayName() + "…");
		connectInBackground(s);
	}

	/** Joins the cluster and reads the version history in a Job; failures go to the Job's error dialog. */
	static void connectInBackground(ProjectSession s) {
		Job job = Job.create("Connecting to the cluster of " + s.displayName(), monitor -> {
			try {
				StudioPlugin.get().clusters().connect(s);
				StudioPlugin.get().clusters().refreshVersions(s);
				return Status.OK_STATUS;
			} catch (Exception e) {
				return new Status(IStatus.ERROR, StudioPlugin.ID, "Cannot connect to the cluster of "
						+ s.displayName() + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	/** The members table (tests read what the engineer sees). */
	public org.eclipse.swt.widgets.Table membersTable() {
		return table.getTable();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		StudioPlugin.get().clusters().removeListener(changed);
		super.dispose();
	}
}
