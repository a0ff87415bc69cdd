package tandem.studio.ui.screens;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.core.deploy.ClusterValueSource;
import tandem.studio.ui.StudioPlugin;

/**
 * Where the preview takes its values from: "Simulator (in the studio)" or "Cluster (live, read-only)", with the
 * preview's state beside it. The cluster is chosen by itself while the engineer has not chosen, as soon as the
 * studio is connected to the project's cluster (Cluster view) and a server is in view; a cluster chosen but not
 * reachable falls back to the simulator, and the state says so.
 */
final class PreviewSourceChoice {

	static final String SIMULATOR = "Simulator (in the studio)";
	static final String CLUSTER = "Cluster (live, read-only)";

	private final ScreensEditor editor;
	private final Combo combo;
	private final Label state;
	private final Runnable clustersChanged = this::clustersChanged;
	private boolean chosenByEngineer;

	PreviewSourceChoice(Composite parent, ScreensEditor editor) {
		this.editor = editor;
		Composite box = new Composite(parent, SWT.NONE); // label, choice and state wrap as one
		org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		row.wrap = false;
		row.center = true;
		row.spacing = 6;
		row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
		box.setLayout(row);
		new Label(box, SWT.NONE).setText("Values:");
		combo = new Combo(box, SWT.READ_ONLY);
		combo.setItems(SIMULATOR, CLUSTER);
		combo.select(0);
		combo.setToolTipText("Where ▶ Preview takes its values from: the project's simulator drivers run in the studio, "
				+ "or the live values of the running cluster the Cluster view is connected to (never written to)");
		combo.addListener(SWT.Selection, e -> {
			chosenByEngineer = true;
			editor.restartPreview();
		});
		state = new Label(box, SWT.NONE);
		state.setText(idleText());
		StudioPlugin.get().clusters().addListener(clustersChanged);
		combo.addListener(SWT.Dispose, e -> StudioPlugin.get().clusters().removeListener(clustersChanged));
		offer();
	}

	/** The connection to preview from when the cluster is chosen and reachable; empty: the simulator. */
	Optional<ClusterConnection> cluster() {
		return combo.getSelectionIndex() == 1 ? reachable() : Optional.empty();
	}

	boolean clusterChosen() {
		return combo.getSelectionIndex() == 1;
	}

	/** As the engineer choosing in the drop-down (tests). */
	void choose(boolean fromCluster) {
		combo.select(fromCluster ? 1 : 0);
		chosenByEngineer = true;
		editor.restartPreview();
	}

	Optional<ClusterConnection> reachable() {
		return StudioPlugin.get().clusters().connection(editor.session()).filter(ClusterValueSource::reachable);
	}

	void showState(String text) {
		if (!state.isDisposed() && !text.equals(state.getText())) {
			state.setText(text);
			state.getParent().getParent().layout(true, true);
		}
	}

	String stateText() {
		return state.getText();
	}

	String idleText() {
		if (reachable().isPresent()) {
			return "cluster reachable: ▶ Preview shows its live values";
		}
		return StudioPlugin.get().clusters().connection(editor.session()).isPresent() ? "cluster connected, no server in view"
				: "no cluster connected (Cluster view)";
	}

	/** Chooses the cluster when it is reachable and the engineer has not chosen himself; true when it did. */
	boolean offer() {
		boolean switched = false;
		if (!chosenByEngineer && !combo.isDisposed() && reachable().isPresent() && combo.getSelectionIndex() != 1) {
			combo.select(1);
			switched = true;
		}
		if (!editor.previewing()) {
			showState(idleText());
		}
		return switched;
	}

	private void clustersChanged() {
		if (!combo.isDisposed()) {
			combo.getDisplay().asyncExec(() -> {
				if (!combo.isDisposed() && offer()) {
					editor.restartPreview();
				}
			});
		}
	}
}
