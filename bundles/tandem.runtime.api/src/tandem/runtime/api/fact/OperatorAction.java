package tandem.runtime.api.fact;

import java.util.Objects;

/**
 * Something an operator did, identified by the action id the client generated: a client that resends an action
 * after a failover sends the same id, so it is applied once.
 *
 * @param target   what the action was on (variable, alarm occurrence key, recipe name; empty for login/logout)
 * @param detail   the written value or a short description
 * @param accepted false when the runtime refused it (no permission, out of range); refusals are recorded too
 * @param node     the node that decided it (the serving node), for the event list; empty when not known (histories
 *                 written before the node was kept). Not part of the identity.
 */
public record OperatorAction(String actionId, ActionKind kind, String user, String target, String detail, long time,
		boolean accepted, String node) implements Fact {

	public OperatorAction {
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(kind, "kind");
		user = user == null ? "" : user;
		target = target == null ? "" : target;
		detail = detail == null ? "" : detail;
		node = node == null ? "" : node;
	}

	/** An action whose deciding node is not (yet) known: {@link #withNode} names it where it is decided. */
	public OperatorAction(String actionId, ActionKind kind, String user, String target, String detail, long time,
			boolean accepted) {
		this(actionId, kind, user, target, detail, time, accepted, "");
	}

	/** This action as decided by {@code decidedBy}; unchanged when it already names a node. */
	public OperatorAction withNode(String decidedBy) {
		return node.isEmpty() ? new OperatorAction(actionId, kind, user, target, detail, time, accepted, decidedBy) : this;
	}

	@Override
	public String key() {
		return "action:" + actionId;
	}

	/**
	 * Equal when every field but {@code node} is: the node is where the fact was recorded, not what it says, so the
	 * same fact stored by two nodes (one the other's copy, or each its own observation) stays one fact.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof OperatorAction o && actionId.equals(o.actionId) && kind == o.kind && user.equals(o.user) && target.equals(o.target)
				&& detail.equals(o.detail) && time == o.time && accepted == o.accepted;
	}

	@Override
	public int hashCode() {
		return Objects.hash(actionId, kind, user, target, detail, time, accepted);
	}
}
