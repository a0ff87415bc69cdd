package tandem.model.validation;

import tandem.model.Permission;
import tandem.model.Project;
import tandem.model.Role;
import tandem.model.User;
import tandem.model.security.PasswordHash;

/** Users have a PBKDF2 password hash (never clear text) and known roles; someone can manage users. */
final class UserRules {

    private final Problems problems;

    UserRules(Problems problems) {
        this.problems = problems;
    }

    void check() {
        Project project = problems.project();
        for (Role role : project.getRoles()) {
            if (role.getPermissions().isEmpty()) {
                problems.warning(role, "grants no permissions");
            }
        }
        boolean someoneManagesUsers = false;
        for (User user : project.getUsers()) {
            checkUser(user);
            someoneManagesUsers |= user.getRoles().stream().anyMatch(r -> r.getPermissions().contains(Permission.MANAGE_USERS));
        }
        if (!project.getUsers().isEmpty() && !someoneManagesUsers) {
            problems.warning(project, "no user has the permission MANAGE_USERS");
        }
    }

    private void checkUser(User user) {
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
