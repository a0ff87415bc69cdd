package tandem.model.validation;

import java.util.List;

import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.Role;
import tandem.model.User;
import tandem.model.Variable;
import tandem.model.security.PasswordHash;

/** Users have a PBKDF2 password hash (never clear text) and known roles; someone can manage users. */
final class UserRules {

    private final Problems problems;

    UserRules(Problems problems) {
        this.problems = problems;
    }

    void checkRole(Role role) {
        if (role.getPermissions().isEmpty()) {
            problems.warning(role, "grants no permissions");
        }
    }

    /** What concerns all users together: someone manages users, someone may write the writable variables. */
    void checkTogether() {
        Project project = problems.project();
        boolean someoneManagesUsers = project.getUsers().stream().flatMap(u -> u.getRoles().stream())
                .anyMatch(r -> r.getPermissions().contains(Permission.MANAGE_USERS));
        if (!project.getUsers().isEmpty() && !someoneManagesUsers) {
            problems.warning(project, "no user has the permission MANAGE_USERS");
        }
        checkSomeoneMayWrite(project);
    }

    /**
     * Writable variables are there for operators to change; when no user holds a role with WRITE_VARIABLES, no one
     * can, and the engineer should be told rather than find out at commissioning. One warning, not one per variable.
     */
    private void checkSomeoneMayWrite(Project project) {
        if (project.getUsers().isEmpty()) {
            return;
        }
        boolean someoneWrites = project.getUsers().stream().flatMap(u -> u.getRoles().stream())
                .anyMatch(r -> r.getPermissions().contains(Permission.WRITE_VARIABLES));
        if (someoneWrites) {
            return;
        }
        List<Variable> writable = project.getVariables().stream().filter(Variable::isWritable).toList();
        if (!writable.isEmpty()) {
            problems.warning(project, writable.size() + " variable(s) are writable (e.g. '" + writable.get(0).getName()
                    + "'), but no user has a role with WRITE_VARIABLES, so no one may write them");
        }
    }

    void checkUser(User user) {
        String hash = user.getPasswordHash();
        if (hash == null || hash.isEmpty()) {
            problems.error(user, "has no password hash; the user could not log in");
        } else if (!PasswordHash.isWellFormed(hash)) {
            problems.error(user, "password is not stored as a PBKDF2 hash (pbkdf2-sha256$...); clear-text passwords are not allowed");
        }
        if (user.getRoles().isEmpty()) {
            problems.warning(user, "has no role and may do nothing");
        }
        for (Role role : user.getRoles()) {
            if (role.eIsProxy() || role.eContainer() != problems.project()) {
                problems.error(user, "has role '" + role.getName() + "', which is not defined in the project");
            }
        }
    }
}
