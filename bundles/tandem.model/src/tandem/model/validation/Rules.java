package tandem.model.validation;

import static tandem.model.TandemPackage.Literals.PROJECT__ALARMS;
import static tandem.model.TandemPackage.Literals.PROJECT__ALARM_CLASSES;
import static tandem.model.TandemPackage.Literals.PROJECT__ALARM_GROUPS;
import static tandem.model.TandemPackage.Literals.PROJECT__ARCHIVES;
import static tandem.model.TandemPackage.Literals.PROJECT__DRIVERS;
import static tandem.model.TandemPackage.Literals.PROJECT__RECIPE_GROUPS;
import static tandem.model.TandemPackage.Literals.PROJECT__ROLES;
import static tandem.model.TandemPackage.Literals.PROJECT__SCREENS;
import static tandem.model.TandemPackage.Literals.PROJECT__SYMBOLS;
import static tandem.model.TandemPackage.Literals.PROJECT__USERS;
import static tandem.model.TandemPackage.Literals.PROJECT__VARIABLES;

import java.util.List;

import tandem.model.Alarm;
import tandem.model.AlarmClass;
import tandem.model.Archive;
import tandem.model.Project;
import tandem.model.RecipeGroup;
import tandem.model.Role;
import tandem.model.Screen;
import tandem.model.SymbolDefinition;
import tandem.model.User;
import tandem.model.Variable;

/**
 * The rules of one validation run, and the order they run in. {@link #BLOCKS} lists every rule block scope by
 * scope; a full run checks every root of every block, an incremental run only some, and both put the problems
 * together in this same order, so they report the same list.
 */
final class Rules {

    static final List<Block> BLOCKS = List.of(
            Block.always(ValidationScope.PROJECT, Rules::checkProject),
            Block.names(PROJECT__DRIVERS, "driver"),
            Block.names(PROJECT__VARIABLES, "variable"),
            Block.names(PROJECT__ALARM_CLASSES, "alarm class"),
            Block.names(PROJECT__ALARM_GROUPS, "alarm group"),
            Block.names(PROJECT__ALARMS, "alarm"),
            Block.names(PROJECT__ARCHIVES, "archive"),
            Block.names(PROJECT__RECIPE_GROUPS, "recipe group"),
            Block.<RecipeGroup>each(ValidationScope.NAMES, PROJECT__RECIPE_GROUPS, (r, group) -> r.names.recipesOf(group)),
            Block.names(PROJECT__ROLES, "role"),
            Block.names(PROJECT__USERS, "user"),
            Block.names(PROJECT__SYMBOLS, "symbol"),
            Block.<SymbolDefinition>each(ValidationScope.NAMES, PROJECT__SYMBOLS, (r, symbol) -> r.names.elementsOf(symbol)),
            Block.names(PROJECT__SCREENS, "screen"),
            Block.<Screen>each(ValidationScope.NAMES, PROJECT__SCREENS, (r, screen) -> r.names.elementsOf(screen)),
            Block.always(ValidationScope.NAMES, (r, project) -> r.names.nodes()),
            Block.each(ValidationScope.COLORS, null, (r, top) -> r.colors.checkTree(top)),
            Block.<Variable>each(ValidationScope.VARIABLES, PROJECT__VARIABLES, (r, variable) -> r.variables.checkVariable(variable)),
            Block.always(ValidationScope.VARIABLES, (r, project) -> r.variables.checkDrivers()),
            Block.<AlarmClass>each(ValidationScope.ALARMS, PROJECT__ALARM_CLASSES, (r, alarmClass) -> r.alarms.checkAlarmClass(alarmClass)),
            Block.<Alarm>each(ValidationScope.ALARMS, PROJECT__ALARMS, (r, alarm) -> r.alarms.checkAlarm(alarm)),
            Block.always(ValidationScope.ALARMS, (r, project) -> r.alarms.checkCel()),
            Block.<Archive>each(ValidationScope.ARCHIVES_AND_RECIPES, PROJECT__ARCHIVES, (r, archive) -> r.archivesAndRecipes.checkArchive(archive)),
            Block.<RecipeGroup>each(ValidationScope.ARCHIVES_AND_RECIPES, PROJECT__RECIPE_GROUPS,
                    (r, group) -> r.archivesAndRecipes.checkRecipeGroup(group)),
            Block.<Role>each(ValidationScope.USERS, PROJECT__ROLES, (r, role) -> r.users.checkRole(role)),
            Block.<User>each(ValidationScope.USERS, PROJECT__USERS, (r, user) -> r.users.checkUser(user)),
            Block.always(ValidationScope.USERS, (r, project) -> r.users.checkTogether()),
            Block.always(ValidationScope.SCREENS, (r, project) -> r.screens.checkStartScreen()),
            Block.<SymbolDefinition>each(ValidationScope.SCREENS, PROJECT__SYMBOLS, (r, symbol) -> r.symbols.checkSymbol(symbol)),
            Block.<Screen>each(ValidationScope.SCREENS, PROJECT__SCREENS, (r, screen) -> r.screens.checkScreen(screen)),
            Block.always(ValidationScope.TOPOLOGY, (r, project) -> r.topology.check()));

    final Problems problems;
    final NameRules names;
    final ColorRules colors;
    final VariableRules variables;
    final AlarmRules alarms;
    final ArchiveAndRecipeRules archivesAndRecipes;
    final UserRules users;
    final ScreenRules screens;
    final SymbolRules symbols;
    final TopologyRules topology;

    Rules(Project project) {
        problems = new Problems(project);
        names = new NameRules(problems);
        colors = new ColorRules(problems);
        variables = new VariableRules(problems);
        alarms = new AlarmRules(problems);
        archivesAndRecipes = new ArchiveAndRecipeRules(problems);
        users = new UserRules(problems);
        screens = new ScreenRules(problems);
        symbols = new SymbolRules(problems, screens);
        topology = new TopologyRules(problems);
    }

    private static void checkProject(Rules rules, Project project) {
        if (project.getName() == null || project.getName().isBlank()) {
            rules.problems.error(project, "the project has no name");
        }
        if (project.getVersion() < 1) {
            rules.problems.error(project, "version must be 1 or higher, is " + project.getVersion());
        }
    }
}
