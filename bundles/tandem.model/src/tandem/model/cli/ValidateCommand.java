package tandem.model.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import tandem.model.Project;
import tandem.model.io.LoadException;
import tandem.model.io.ProjectStore;
import tandem.model.validation.Problem;
import tandem.model.validation.ProjectValidator;
import tandem.model.validation.Severity;
import tandem.model.validation.ValidationResult;

/**
 * {@code tandem validate FILE}: prints every problem (path + message) and returns 1 when the project is invalid
 * or unreadable; prints a one-line summary and returns 0 when it is valid (warnings are printed too).
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: tandem validate FILE.tandem");
            return 2;
        }
        Path file = Path.of(args[0]);
        Project project;
        try {
            project = new ProjectStore().load(file);
        } catch (LoadException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        ValidationResult result = new ProjectValidator().validate(project);
        for (Problem problem : result.problems()) {
            (problem.severity() == Severity.ERROR ? err : out)
                    .println((problem.severity() == Severity.ERROR ? "error: " : "warning: ") + problem.elementPath() + ": " + problem.message());
        }
        String name = file.getFileName().toString();
        if (!result.isValid()) {
            err.println(name + ": invalid — " + result.errors().size() + " error(s), " + result.warnings().size() + " warning(s)");
            return 1;
        }
        out.println(name + ": valid — " + summary(project) + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warning(s)"));
        return 0;
    }

    static String summary(Project project) {
        return project.getVariables().size() + " variables, " + project.getScreens().size() + " screens, " + project.getAlarms().size()
                + " alarms, " + project.getArchives().size() + " archives, "
                + project.getRecipeGroups().stream().mapToInt(g -> g.getRecipes().size()).sum() + " recipes, " + project.getUsers().size()
                + " users, " + (project.getTopology() == null ? 0 : project.getTopology().getNodes().size()) + " nodes";
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }
}
