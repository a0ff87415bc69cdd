package tandem.runtime.redundancy;

import java.util.Objects;

import tandem.runtime.api.fact.ActionKind;

/**
 * What an operator station asks the server to do. It travels through the cluster as an operator action under the
 * key {@code request:<actionId>}; the server executes it with the runtime's permission checks and records the
 * outcome as an {@link tandem.runtime.api.fact.OperatorAction} under {@code action:<actionId>}. The request itself
 * is never written to a history (it may carry a password).
 *
 * @param actionId client-generated id; a resend after a failover carries the same id
 * @param session  the id of the login action that opened the operator's session (empty for a login)
 * @param user     the user name (login) or the session's user (informational)
 * @param target   variable, alarm occurrence key or recipe name; empty for login and logout
 * @param argument the value text of a write, the password of a login, a shelving's {@code MODE|minutes|reason}, a
 *                 recipe edit's {@code variable=value} lines, a password change's current and new password
 *                 separated by NUL; empty otherwise
 */
public record OperatorRequest(String actionId, ActionKind kind, String session, String user, String target,
		String argument) {

	public OperatorRequest {
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(kind, "kind");
		session = session == null ? "" : session;
		user = user == null ? "" : user;
		target = target == null ? "" : target;
		argument = argument == null ? "" : argument;
	}

	/** Key of the request in the cluster (what the client waits to see confirmed). */
	public String requestKey() {
		return requestKey(actionId);
	}

	public static String requestKey(String actionId) {
		return "request:" + actionId;
	}

	@Override
	public String toString() { // never print the password
		return kind + " " + target + " by " + user + " (" + actionId + ")";
	}
}
