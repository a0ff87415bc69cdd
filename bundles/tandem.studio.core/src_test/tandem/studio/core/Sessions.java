package tandem.studio.core;

import java.nio.file.Path;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.Project;
import tandem.model.Variable;
import tandem.model.demo.DemoProjectFactory;
import tandem.model.io.ProjectStore;

/** Test fixtures: the demo project saved to a file and opened in a fresh workspace. */
public final class Sessions {

	private Sessions() {
	}

	public static ProjectSession demo(StudioWorkspace workspace, Path folder) throws Exception {
		Path file = folder.resolve("demo.tandem");
		new ProjectStore().save(new DemoProjectFactory().create(), file);
		return new OpenProjectOperation(workspace, file).execute();
	}

	public static ProjectSession demo(Path folder) throws Exception {
		return demo(new StudioWorkspace(), folder);
	}

	public static Variable variable(Project project, String name) {
		return project.getVariables().stream().filter(v -> name.equals(v.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("demo has no variable " + name));
	}

	public static Alarm alarm(Project project, String name) {
		return project.getAlarms().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("demo has no alarm " + name));
	}

	public static AlarmClass alarmClass(Project project, String name) {
		return project.getAlarmClasses().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("demo has no alarm class " + name));
	}
}
