package tandem.runtime.redundancy;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import tandem.model.Project;
import tandem.model.Recipe;
import tandem.model.RecipeGroup;
import tandem.model.RecipeValue;
import tandem.model.User;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.cluster.ClusterMember;
import tandem.runtime.cluster.Confirmation;
import tandem.runtime.cluster.MemberRole;
import tandem.runtime.cluster.ReplicatedFact;
import tandem.runtime.core.alarm.AlarmEngine;
import tandem.runtime.core.alarm.AlarmShelf;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.image.ProcessImage;
import tandem.runtime.core.operator.ActionRefusedException;
import tandem.runtime.core.operator.OperatorActions;
import tandem.runtime.core.operator.OperatorActions.RuntimeChange;
import tandem.runtime.redundancy.deploy.Deployment;

/**
 * The server's execution of operator requests from stations. Permissions, ranges and the action-id idempotence are
 * the runtime's ({@link OperatorActions}); this class adds what the cluster needs:
 * <ul>
 * <li>the outcome (accepted or refused) is recorded as an operator action through the cluster's confirmation path,
 * and the request is answered only once the standby holds that outcome;</li>
 * <li>a session is named by the id of the login action that opened it, and every node learns sessions from the
 * replicated LOGIN outcomes, so after a failover the new server continues the operator's session.</li>
 * <li>a change of runtime data (a recipe's values, a password) is applied as the next project version through the
 * node's {@link Deployment}; its outcome is recorded once that version is active, not when the request came.</li>
 * </ul>
 */
final class OperatorDesk {

	private static final System.Logger LOG = System.getLogger(OperatorDesk.class.getName());
	static final long CONFIRM_TIMEOUT_MS = 2000;

	private final Supplier<ClusterMember> member;
	private final LongSupplier clock;
	private final OperatorActions operators;
	private final ThreadLocal<OperatorAction> outcome = new ThreadLocal<>();
	/** Session id (login action id) → token of the session on this node. */
	private final Map<String, String> tokens = new ConcurrentHashMap<>();
	/** Session id → user, from replicated accepted LOGIN outcomes. */
	private final Map<String, String> knownSessions = new ConcurrentHashMap<>();
	private final ValuePublisher publisher;

	private final AlarmEngine alarms;
	private final Supplier<Deployment> deployment;
	private final RuntimeChanges changes;

	/**
	 * The runtime data changes a node has under way or recorded, by action id. Outlives the desk: applying a change
	 * activates a new configuration and with it a new desk, and a resent request must neither start the change
	 * again nor be checked anew against the data it changed (a password change would be refused with its new
	 * password in place).
	 */
	static final class RuntimeChanges {
		private final java.util.Set<String> underWay = ConcurrentHashMap.newKeySet();
		private final Map<String, OperatorAction> recorded = new LinkedHashMap<>(16, 0.75f, false) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, OperatorAction> eldest) {
				return size() > 10_000;
			}
		};

		synchronized OperatorAction recorded(String id) {
			return recorded.get(id);
		}

		synchronized void record(OperatorAction a) {
			recorded.put(a.actionId(), a);
			underWay.remove(a.actionId());
		}

		boolean start(String id) {
			return underWay.add(id);
		}

		void abandon(String id) {
			underWay.remove(id);
		}
	}

	OperatorDesk(RuntimeConfiguration configuration, ProcessImage image, AlarmEngine alarms, AlarmShelf shelf,
			LongSupplier clock, Supplier<ClusterMember> member, ValuePublisher publisher,
			Supplier<Deployment> deployment, RuntimeChanges changes) {
		this.member = member;
		this.clock = clock;
		this.publisher = publisher;
		this.alarms = alarms;
		this.deployment = deployment;
		this.changes = changes;
		this.operators = new OperatorActions(configuration, image, alarms, shelf, a -> outcome.set(decidedHere(a)),
				clock);
	}

	/** The outcome names the node that decided it, for the event list. */
	private OperatorAction decidedHere(OperatorAction a) {
		ClusterMember m = member.get();
		return m == null ? a : a.withNode(m.nodeName());
	}

	OperatorActions operators() {
		return operators;
	}

	/** A request replicated into this node's store; only the server acts on it. */
	void request(OperatorRequest request) {
		ClusterMember m = member.get();
		if (m == null || m.role() != MemberRole.SERVER) {
			return;
		}
		OperatorAction result = execute(request);
		if (result == null) {
			return; // executed before (same action id): its outcome is recorded already; or a change under way
		}
		record(m, request, result);
	}

	private void record(ClusterMember m, Object request, OperatorAction result) {
		publisher.outcome(result);
		// recorded now; the standby's acknowledgement is not waited for here: this runs on the delivery thread of
		// the station's messages, and JGroups delivers a sender's next message only when it returns. Waiting held
		// back every later message of the station (its announcements too: the server lost its lease) for as long
		// as a cut-off standby did not answer (fault harness, cut-link step)
		m.confirmOutcome(FactPayload.unstamped(result), CONFIRM_TIMEOUT_MS).whenComplete((c, e) -> {
			if (e != null || c.outcome() == Confirmation.Outcome.TIMED_OUT
					|| c.outcome() == Confirmation.Outcome.REFUSED) {
				LOG.log(Level.WARNING, "operator action {0} was executed; its outcome: {1}", request, e != null ? e : c);
			} else {
				LOG.log(Level.DEBUG, "operator action {0}: {1}", request, c);
			}
		});
	}

	/**
	 * After a promotion: requests the previous server took (they were replicated here) but whose outcome never came
	 * are executed now, through the same path as a station's request, so the operator's action is neither lost nor
	 * confirmed without an outcome. The station's own resend of such a request meets the same action id and gets
	 * the outcome recorded here. Blocks until each outcome is held by the standby (or the timeout passes).
	 *
	 * @return how many were taken up
	 */
	int takeUpUnanswered(List<ReplicatedFact> requests) {
		ClusterMember m = member.get();
		int taken = 0;
		for (ReplicatedFact f : requests) {
			if (m == null || !awaitActing(m)) {
				break;
			}
			try {
				Confirmation c = m.confirmOperatorAction(ReplicatedFact.unstamped(f.key(), f.subject(), f.time(),
						f.payload()), CONFIRM_TIMEOUT_MS).get(CONFIRM_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
				LOG.log(Level.INFO, "unanswered operator request {0} taken up: {1}", f.key(), c.outcome());
				taken++;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			} catch (Exception e) {
				LOG.log(Level.WARNING, "unanswered operator request " + f.key() + " not taken up yet (the station's "
						+ "resend will be): " + e);
			}
		}
		return taken;
	}

	/**
	 * While still the server, waits for the lease: a newly elected server's first grant (one lease and a margin after
	 * its promotion) or a lost lease coming back. A station whose request was confirmed does not resend it.
	 */
	private static boolean awaitActing(ClusterMember m) {
		long end = System.currentTimeMillis() + m.leaseMs() + CONFIRM_TIMEOUT_MS;
		while (m.role() == MemberRole.SERVER && !m.actsOnField() && System.currentTimeMillis() < end) {
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return m.actsOnField();
	}

	private OperatorAction execute(OperatorRequest r) {
		outcome.remove();
		String id = r.actionId();
		try {
			switch (r.kind()) {
			case LOGIN -> tokens.put(id, operators.login(id, r.user(), r.argument().toCharArray()).token());
			case LOGOUT -> {
				operators.logout(id, token(r.session()));
				tokens.remove(r.session());
			}
			case WRITE -> operators.write(id, token(r.session()), r.target(), r.argument());
			case ACKNOWLEDGE -> acknowledge(id, r);
			case RECIPE_DOWNLOAD -> operators.downloadRecipe(id, token(r.session()), r.target());
			case SHELVE, REMOVE_FROM_SERVICE -> shelve(id, r);
			case UNSHELVE, RETURN_TO_SERVICE -> operators.unshelve(id, token(r.session()), r.target());
			case RECIPE_EDIT, PASSWORD_CHANGE -> changeRuntimeData(id, r);
			}
		} catch (ActionRefusedException e) {
			LOG.log(Level.INFO, "operator action {0} refused: {1}", r, e.getMessage());
		}
		OperatorAction result = outcome.get();
		outcome.remove();
		return result;
	}

	/**
	 * A recipe edit's argument holds one {@code variable=value} per line; a password change's the current and the
	 * new password separated by a NUL character (the current one is empty when an administrator sets another
	 * user's). Checked here and applied on the deployer's thread; the outcome is recorded when the new version is
	 * active everywhere it could be, or refused with why nothing changed.
	 */
	private void changeRuntimeData(String id, OperatorRequest r) throws ActionRefusedException {
		OperatorAction known = changes.recorded(id);
		if (known != null) {
			outcome.set(known); // a resend after the outcome was recorded: confirmed again, not applied again
			return;
		}
		if (!changes.start(id)) {
			return; // under way: its outcome is recorded when it is applied
		}
		RuntimeChange change;
		try {
			if (r.kind() == ActionKind.RECIPE_EDIT) {
				change = operators.checkRecipeEdit(id, token(r.session()), r.target(), recipeValues(r.argument()));
			} else {
				int cut = r.argument().indexOf('\u0000');
				String current = cut < 0 ? "" : r.argument().substring(0, cut);
				String password = cut < 0 ? r.argument() : r.argument().substring(cut + 1);
				change = operators.checkPasswordChange(id, token(r.session()), r.target(), current.toCharArray(),
						password.toCharArray());
			}
		} catch (ActionRefusedException e) {
			changes.abandon(id);
			throw e;
		}
		Deployment d = deployment.get();
		if (d == null) {
			changes.abandon(id);
			outcome.set(OperatorActions.changeOutcome(change, "", "this node runs without online deployment, so "
					+ "runtime data can only change with the project file", clock.getAsLong()));
			return;
		}
		d.changeRunning(change.user(), p -> apply(change, p)).whenComplete((v, e) -> {
			Throwable why = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause()
					: e;
			OperatorAction a = OperatorActions.changeOutcome(change, why == null ? "project version " + v.number()
					: "", why == null ? null : why.getMessage(), clock.getAsLong());
			changes.record(a);
			ClusterMember m = member.get();
			if (m != null) {
				record(m, r, a);
			}
		});
	}

	/** {@code var=value} lines, in order; a line without '=' sets nothing and is refused as an unknown variable. */
	static Map<String, String> recipeValues(String argument) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String line : argument.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int eq = line.indexOf('=');
			out.put(eq < 0 ? line.strip() : line.substring(0, eq).strip(), eq < 0 ? "" : line.substring(eq + 1));
		}
		return out;
	}

	/** The checked change, on a copy of the running project; null or why it cannot be applied. */
	private static String apply(RuntimeChange c, Project p) {
		if (c.kind() == ActionKind.PASSWORD_CHANGE) {
			User u = p.getUsers().stream().filter(x -> x.getName().equals(c.target())).findFirst().orElse(null);
			if (u == null) {
				return "user " + c.target() + " is no longer in the running project";
			}
			u.setPasswordHash(c.hash());
			return null;
		}
		for (RecipeGroup g : p.getRecipeGroups()) {
			for (Recipe recipe : g.getRecipes()) {
				if (recipe.getName().equals(c.target())) {
					for (RecipeValue v : recipe.getValues()) {
						if (v.getVariable() != null && c.values().containsKey(v.getVariable().getName())) {
							v.setValue(c.values().get(v.getVariable().getName()));
						}
					}
					return null;
				}
			}
		}
		return "recipe " + c.target() + " is no longer in the running project";
	}

	/** A shelving request's argument: {@code MODE|minutes|reason} (what the station's connection sends). */
	private void shelve(String id, OperatorRequest r) throws ActionRefusedException {
		String[] parts = r.argument().split("\\|", 3);
		AlarmShelving.Mode mode;
		long minutes;
		try {
			mode = AlarmShelving.Mode.valueOf(parts[0]);
			minutes = Long.parseLong(parts[1]);
		} catch (RuntimeException e) {
			mode = AlarmShelving.Mode.TIMED;
			minutes = -1; // refused below with the allowed range
		}
		operators.shelve(id, token(r.session()), r.target(), mode, minutes, parts.length > 2 ? parts[2] : "");
	}

	/**
	 * While this node serves and acts on the field: records the automatic end of every shelving that is due (its
	 * time is up, or a one-shot shelved alarm returned to normal). Called on the publisher's tick.
	 *
	 * @return how many were recorded
	 */
	int expireShelving() {
		ClusterMember m = member.get();
		if (m == null || m.role() != MemberRole.SERVER || !m.actsOnField()) {
			return 0;
		}
		List<AlarmShelf.Expiry> due = operators.shelf().due(clock.getAsLong(), alarms::inAlarm);
		for (AlarmShelf.Expiry e : due) {
			OperatorAction a = operators.unshelveAutomatically(e);
			LOG.log(Level.INFO, "alarm {0} unshelved {1}", e.shelving().alarm(), e.why());
			// not a field action: held by a lost lease like any new record; one per shelving by its id
			m.confirmOperatorAction(FactPayload.unstamped(a), CONFIRM_TIMEOUT_MS).whenComplete((c, x) -> {
				if (x != null || c.outcome() == Confirmation.Outcome.TIMED_OUT) {
					LOG.log(Level.WARNING, "automatic unshelve of {0}: {1}", e.shelving().alarm(), x != null ? x : c);
				}
			});
		}
		return due.size();
	}

	private void acknowledge(String id, OperatorRequest r) throws ActionRefusedException {
		String key = r.target(); // alarm:<definition>@<raise time>
		int at = key.lastIndexOf('@');
		long raise;
		try {
			raise = Long.parseLong(key.substring(at + 1));
		} catch (NumberFormatException | StringIndexOutOfBoundsException e) {
			raise = -1;
		}
		String alarm = key.startsWith("alarm:") && at > 6 ? key.substring(6, at) : key;
		operators.acknowledge(id, token(r.session()), alarm, raise);
	}

	/** The token of a session on this node; continues a session another server opened when it is known. */
	private String token(String session) {
		if (session.isEmpty()) {
			return null;
		}
		return tokens.computeIfAbsent(session, s -> {
			String user = knownSessions.get(s);
			return user == null ? null : operators.resume(user).map(x -> x.token()).orElse(null);
		});
	}

	/** An operator action stored in this node's history (own or replicated): keeps the sessions and the shelf. */
	void stored(OperatorAction a) {
		if (a.kind() == ActionKind.RECIPE_EDIT || a.kind() == ActionKind.PASSWORD_CHANGE) {
			changes.record(a); // a resend to a new server is answered with it
			return;
		}
		if (!a.accepted()) {
			return;
		}
		operators.shelf().apply(a);
		if (a.kind() == ActionKind.LOGIN) {
			knownSessions.put(a.actionId(), a.user());
		} else if (a.kind() == ActionKind.LOGOUT) {
			knownSessions.values().removeAll(List.of(a.user()));
		}
	}

	long now() {
		return clock.getAsLong();
	}
}
