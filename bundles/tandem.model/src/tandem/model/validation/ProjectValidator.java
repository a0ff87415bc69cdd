package tandem.model.validation;

import tandem.model.Project;

/**
 * Checks a whole project and reports every problem an engineer should be told before deploying it. Plain code
 * rather than an EMF EValidator: rules need the whole project (unique names, topology, bindings), and the result
 * must read like the engineer's words, with the element path.
 */
public class ProjectValidator {

    public ValidationResult validate(Project project) {
        Problems problems = new Problems(project);
        if (project.getName() == null || project.getName().isBlank()) {
            problems.error(project, "the project has no name");
        }
        if (project.getVersion() < 1) {
            problems.error(project, "version must be 1 or higher, is " + project.getVersion());
        }
        new NameRules(problems).check();
        new ColorRules(problems).check();
        new VariableRules(problems).check();
        new AlarmRules(problems).check();
        new ArchiveAndRecipeRules(problems).check();
        new UserRules(problems).check();
        new ScreenRules(problems).check();
        new TopologyRules(problems).check();
        return problems.result();
    }
}
