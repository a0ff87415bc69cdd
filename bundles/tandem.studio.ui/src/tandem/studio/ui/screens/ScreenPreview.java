package tandem.studio.ui.screens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tandem.hmi.PlantSnapshot;
import tandem.hmi.TrendHistory;
import tandem.model.Variable;
import tandem.runtime.api.Value;
import tandem.studio.core.deploy.ClusterConnection;
import tandem.studio.core.deploy.ClusterValueSource;
import tandem.studio.core.screen.PreviewPlant;

/**
 * The screen editor's preview: the shown screen drawn with live values, twice a second on the UI thread, with
 * trends filling from what the preview has seen. The values come from the project's simulator drivers run in the
 * studio's own process ({@link PreviewPlant}; variables of other drivers keep their design values) or, when the
 * engineer chose the cluster and it is reachable ({@link PreviewSourceChoice}), read-only from the running
 * cluster's server ({@link ClusterValueSource}): while no server publishes, the last values are drawn stale, and
 * variables the cluster has no value for are drawn as having none.
 */
final class ScreenPreview {

	static final int PERIOD_MS = 500;

	private final ScreensEditor editor;
	private final EditorCanvas canvas;
	private final PreviewSourceChoice choice;
	private final Runnable tick = this::tick;
	private PreviewPlant plant;
	private ClusterValueSource cluster;
	private TrendHistory trends;
	private Map<String, Value> design;
	private String fallback = "";
	private String described = "";
	private int ticks;

	ScreenPreview(ScreensEditor editor, EditorCanvas canvas, PreviewSourceChoice choice) {
		this.editor = editor;
		this.canvas = canvas;
		this.choice = choice;
	}

	boolean running() {
		return plant != null || cluster != null;
	}

	/** How many variables the running preview simulates (0 when it shows the cluster). */
	int simulated() {
		return plant == null ? 0 : plant.simulated();
	}

	/** The running preview's cluster source, if it shows the cluster. */
	Optional<ClusterValueSource> cluster() {
		return Optional.ofNullable(cluster);
	}

	/** How many times the values were read since the preview started. */
	int ticks() {
		return ticks;
	}

	/** What the preview shows, for the editor's readout. */
	String describe() {
		if (cluster != null) {
			ClusterValueSource.Status s = cluster.status();
			return s.live() ? "PREVIEW — live values from " + s.server() + " (" + s.role() + "), read-only"
					: "PREVIEW — cluster " + s.text() + ": last values shown stale";
		}
		return "PREVIEW — live values of " + simulated() + " simulated variables, read-only";
	}

	void start() {
		if (running()) {
			return;
		}
		choice.offer();
		Optional<ClusterConnection> connection = choice.cluster();
		fallback = choice.clusterChosen() && connection.isEmpty()
				? "no cluster reachable: simulator in the studio instead · " : "";
		if (connection.isPresent()) {
			cluster = new ClusterValueSource(connection.get(), editor.session().project());
		} else {
			plant = new PreviewPlant(editor.session().project());
		}
		design = DesignValues.of(editor.session().project()).values();
		trends = new TrendHistory();
		ticks = 0;
		tick();
	}

	void stop() {
		if (!running()) {
			return;
		}
		if (!canvas.control().isDisposed()) {
			canvas.control().getDisplay().timerExec(-1, tick);
		}
		if (plant != null) {
			plant.close();
			plant = null;
		}
		if (cluster != null) {
			cluster.close();
			cluster = null;
		}
		if (!canvas.control().isDisposed()) {
			canvas.setValues(DesignValues.of(editor.session().project()));
			choice.showState(choice.idleText());
		}
	}

	private void tick() {
		if (!running() || canvas.control().isDisposed()) {
			return;
		}
		Map<String, Value> values = new HashMap<>(design);
		boolean live = true;
		if (cluster != null) {
			Map<String, Value> read = cluster.values();
			List<String> names = editor.session().project().getVariables().stream().map(Variable::getName).toList();
			Set<String> missing = cluster.missing(names);
			values.keySet().removeAll(names); // design values are not the plant's: a variable not received shows none
			values.putAll(read);
			live = cluster.live();
			if (live) {
				trends.add(read);
			}
			choice.showState(clusterState(cluster.status(), missing));
		} else {
			Map<String, Value> read = plant.read(System.currentTimeMillis());
			values.putAll(read);
			trends.add(read);
			choice.showState(fallback + "simulating " + plant.simulated() + " variables · read-only");
		}
		canvas.setValues(new PlantSnapshot(values, List.of(), live, trends, List.of()));
		if (!describe().equals(described)) {
			described = describe();
			editor.previewChanged();
		}
		ticks++;
		canvas.control().getDisplay().timerExec(PERIOD_MS, tick);
	}

	private static String clusterState(ClusterValueSource.Status s, Set<String> missing) {
		StringBuilder b = new StringBuilder();
		if (s.live()) {
			b.append("Live from ").append(s.server()).append(" (").append(s.role()).append(", epoch ").append(s.epoch())
					.append(") · read-only");
		} else {
			b.append("Cluster ").append(s.text()).append(" · last values shown stale");
		}
		if (!s.runningHash().isEmpty() && !s.sameProject()) {
			b.append(" · the cluster runs another version of the project (")
					.append(s.runningHash(), 0, Math.min(8, s.runningHash().length())).append(')');
		}
		if (!missing.isEmpty()) {
			b.append(" · ").append(missing.size()).append(missing.size() == 1 ? " variable" : " variables")
					.append(" not on the cluster: ").append(String.join(", ", missing.stream().limit(3).toList()))
					.append(missing.size() > 3 ? ", …" : "");
		}
		return b.toString();
	}
}
