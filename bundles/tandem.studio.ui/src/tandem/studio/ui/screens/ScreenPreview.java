package tandem.studio.ui.screens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.hmi.PlantSnapshot;
import tandem.hmi.TrendHistory;
import tandem.runtime.api.Value;
import tandem.studio.core.screen.PreviewPlant;

/**
 * The screen editor's preview: the shown screen drawn with live values from the project's simulator drivers,
 * run in the studio's own process ({@link PreviewPlant}), twice a second on the UI thread, with trends filling
 * from what the preview has seen. Variables of other drivers keep their design values. Reading from a running
 * cluster is not done here.
 */
final class ScreenPreview {

	static final int PERIOD_MS = 500;

	private final ScreensEditor editor;
	private final EditorCanvas canvas;
	private final Runnable tick = this::tick;
	private PreviewPlant plant;
	private TrendHistory trends;
	private Map<String, Value> design;
	private int ticks;

	ScreenPreview(ScreensEditor editor, EditorCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
	}

	boolean running() {
		return plant != null;
	}

	/** How many variables the running preview simulates. */
	int simulated() {
		return plant == null ? 0 : plant.simulated();
	}

	/** How many times the values were read since the preview started. */
	int ticks() {
		return ticks;
	}

	void start() {
		if (plant != null) {
			return;
		}
		plant = new PreviewPlant(editor.session().project());
		design = DesignValues.of(editor.session().project()).values();
		trends = new TrendHistory();
		ticks = 0;
		tick();
	}

	void stop() {
		if (plant == null) {
			return;
		}
		if (!canvas.control().isDisposed()) {
			canvas.control().getDisplay().timerExec(-1, tick);
		}
		plant.close();
		plant = null;
		if (!canvas.control().isDisposed()) {
			canvas.setValues(DesignValues.of(editor.session().project()));
		}
	}

	private void tick() {
		if (plant == null || canvas.control().isDisposed()) {
			return;
		}
		Map<String, Value> read = plant.read(System.currentTimeMillis());
		Map<String, Value> values = new HashMap<>(design);
		values.putAll(read);
		trends.add(read);
		canvas.setValues(new PlantSnapshot(values, List.of(), true, trends, List.of()));
		ticks++;
		canvas.control().getDisplay().timerExec(PERIOD_MS, tick);
	}
}
