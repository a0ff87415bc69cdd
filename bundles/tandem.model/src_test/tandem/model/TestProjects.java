package tandem.model;

import tandem.model.demo.DemoProjectFactory;

/** Lookups into the demo project for tests; they fail loudly when the demo changes. */
public final class TestProjects {

    private TestProjects() {
    }

    public static Project demo() {
        return new DemoProjectFactory().create();
    }

    public static Variable variable(Project project, String name) {
        return project.getVariables().stream().filter(v -> name.equals(v.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo has no variable " + name));
    }

    public static Screen screen(Project project, String name) {
        return project.getScreens().stream().filter(s -> name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo has no screen " + name));
    }

    @SuppressWarnings("unchecked")
    public static <T extends ScreenElement> T element(Project project, String screen, String name) {
        return (T) screen(project, screen).getElements().stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo screen " + screen + " has no element " + name));
    }

    public static Node node(Project project, String name) {
        return project.getTopology().getNodes().stream().filter(n -> name.equals(n.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("demo has no node " + name));
    }

    public static <T extends Alarm> T alarm(Project project, String name, Class<T> type) {
        return project.getAlarms().stream().filter(a -> name.equals(a.getName())).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("demo has no alarm " + name));
    }
}
