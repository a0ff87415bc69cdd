package tandem.runtime.core.config;

import java.util.Set;

/** A user who may log in: the stored password hash and the permissions of all their roles. */
public record UserDefinition(String name, String passwordHash, Set<Permission> permissions) {

	public UserDefinition {
		permissions = Set.copyOf(permissions);
	}
}
