package tandem.runtime.api.fact;

import java.util.Objects;

/**
 * Something an operator did, identified by the action id the client generated: a client that resends an action
 * after a failover sends the same id, so it is applied once.
 *
 * @param target   what the action was on (variable, alarm occurrence key, recipe name; empty for login/logout)
 * @param detail   the written value or a short description
 * @param accepted false when the runtime refused it (no permission, out of range); refusals are recorded too
 */
public record OperatorAction(String actionId, ActionKind kind, String user, String target, String detail, long time,
		boolean accepted) implements Fact {

	public OperatorAction {
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(kind, "kind");
		user = user == null ? "" : user;
		target = target == null ? "" : target;
		detail = detail == null ? "" : detail;
	}

	@Override
	public String key() {
		return "action:" + actionId;
	}
}
