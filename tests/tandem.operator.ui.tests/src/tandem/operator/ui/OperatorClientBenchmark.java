package tandem.operator.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import tandem.model.DataType;
import tandem.model.Project;
import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;
import tandem.runtime.api.Value;
import tandem.runtime.api.client.ConnectionState;
import tandem.runtime.api.client.ServerInfo;

/**
 * Benchmark, not a test (run with -Dtest=OperatorClientBenchmark under Xvfb): the heap the operator client uses
 * with the demo project, its screens live, after 30 s of every variable changing ten times a second and a switch
 * through every screen, beside the heap of the same process before the window opened. Goal: < 256 MiB.
 */
class OperatorClientBenchmark {

	@Test
	void theOperatorClientWithTheDemoProjectStaysSmall() {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		Project project = new DemoProjectFactory().create();
		long baseline = usedAfterGc();
		FakePlant plant = new FakePlant(new ServerInfo("alpha", 1, "hash", ConnectionState.CONNECTED));
		OperatorWindow window = new OperatorWindow(display, project, plant, Clock.systemDefaultZone());
		window.open();
		long end = System.currentTimeMillis() + 30_000;
		long next = 0;
		int step = 0;
		while (System.currentTimeMillis() < end) {
			if (System.currentTimeMillis() >= next) {
				plant.publishValues(values(project, step++));
				next = System.currentTimeMillis() + 100;
				if (step % 50 == 0) {
					window.screens().navigate(project.getScreens().get(step / 50 % project.getScreens().size()));
				}
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
		long used = usedAfterGc();
		System.out.printf(Locale.ROOT, "BENCHMARK operator client heap with the demo project (%d variables, %d screens,"
				+ " %d batches): %.1f MiB used after GC; baseline before the window opened %.1f MiB%n",
				project.getVariables().size(), project.getScreens().size(), step, used / 1048576.0,
				baseline / 1048576.0);
		window.shell().dispose();
		plant.close();
	}

	private static Map<String, Value> values(Project project, int step) {
		Map<String, Value> out = new HashMap<>();
		long now = System.currentTimeMillis();
		for (Variable v : project.getVariables()) {
			double min = v.getRangeMin() == null ? 0 : v.getRangeMin();
			double max = v.getRangeMax() == null ? 100 : v.getRangeMax();
			double x = min + (max - min) * (0.5 + 0.5 * Math.sin(step / 20.0 + v.getName().hashCode()));
			Object data = v.getDataType() == DataType.BOOL ? (Object) (x > (min + max) / 2)
					: v.getDataType() == DataType.INT ? (Object) Math.round(x)
							: v.getDataType() == DataType.STRING ? "text " + step : (Object) x;
			out.put(v.getName(), Value.good(data, now));
		}
		return out;
	}

	private static long usedAfterGc() {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return rt.totalMemory() - rt.freeMemory();
	}
}
