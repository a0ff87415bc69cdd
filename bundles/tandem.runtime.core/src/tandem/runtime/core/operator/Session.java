package tandem.runtime.core.operator;

import java.util.Set;

import tandem.runtime.core.config.Permission;

/** A logged-in user; the token is what a client presents with each action. */
public record Session(String token, String user, Set<Permission> permissions, long loginTime) {

	public Session {
		permissions = Set.copyOf(permissions);
	}

	public boolean may(Permission p) {
		return permissions.contains(p);
	}
}
