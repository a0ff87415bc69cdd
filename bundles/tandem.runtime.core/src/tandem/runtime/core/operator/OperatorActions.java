package tandem.runtime.core.operator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import tandem.model.security.PasswordHash;
import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.driver.DriverException;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.OperatorAction;
import tandem.runtime.core.alarm.AlarmEngine;
import tandem.runtime.core.alarm.AlarmShelf;
import tandem.runtime.core.config.AlarmDefinition;
import tandem.runtime.core.config.Permission;
import tandem.runtime.core.config.RecipeDefinition;
import tandem.runtime.core.config.RuntimeConfiguration;
import tandem.runtime.core.config.UserDefinition;
import tandem.runtime.core.config.VariableDefinition;
import tandem.runtime.core.image.ProcessImage;

/**
 * Executes operator actions. Each one: checks the session and permission, checks the input against the project
 * (writable, range, type), acts, and records an {@link OperatorAction} (accepted or refused). An action id seen
 * before returns the first outcome without acting again, so a client may resend after a failover.
 */
public final class OperatorActions {

	private record Outcome(Object result, ActionRefusedException refusal) {
	}

	/** The longest reason a shelving keeps (the CEL shows it in one line). */
	public static final int MAX_REASON = 200;

	private final RuntimeConfiguration configuration;
	private final ProcessImage image;
	private final AlarmEngine alarms;
	private final AlarmShelf shelf;
	private final Consumer<OperatorAction> sink;
	private final LongSupplier clock;
	private final Map<String, Session> sessions = new ConcurrentHashMap<>();
	private final Map<String, Outcome> outcomes = new LinkedHashMap<>(16, 0.75f, false) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
			return size() > 100_000;
		}
	};

	public OperatorActions(RuntimeConfiguration configuration, ProcessImage image, AlarmEngine alarms,
			Consumer<OperatorAction> sink, LongSupplier clock) {
		this(configuration, image, alarms, new AlarmShelf(), sink, clock);
	}

	/** @param shelf the node's shelf: outlives a deploy's new configuration, so it is passed in */
	public OperatorActions(RuntimeConfiguration configuration, ProcessImage image, AlarmEngine alarms,
			AlarmShelf shelf, Consumer<OperatorAction> sink, LongSupplier clock) {
		this.configuration = configuration;
		this.image = image;
		this.alarms = alarms;
		this.shelf = shelf;
		this.sink = sink;
		this.clock = clock;
	}

	/** Logs a user in with a password checked against the stored hash. */
	public Session login(String actionId, String user, char[] password) throws ActionRefusedException {
		return (Session) once(actionId, () -> {
			UserDefinition u = configuration.user(user).orElse(null);
			if (u == null || u.passwordHash() == null || !PasswordHash.verify(password, u.passwordHash())) {
				throw refuse(actionId, ActionKind.LOGIN, user, "", "", "login of user " + user + " refused: unknown"
						+ " user or wrong password");
			}
			Session s = new Session(UUID.randomUUID().toString(), user, u.permissions(), clock.getAsLong());
			sessions.put(s.token(), s);
			accept(actionId, ActionKind.LOGIN, user, "", "");
			return s;
		});
	}

	/**
	 * Continues a session that the previous server opened (its accepted LOGIN is in the replicated history), so a
	 * failover does not log the operator out. Permissions come from this node's project; nothing is recorded,
	 * because the login itself is. Empty for a user the project does not know (any more).
	 */
	public Optional<Session> resume(String user) {
		return configuration.user(user).map(u -> {
			Session s = new Session(UUID.randomUUID().toString(), user, u.permissions(), clock.getAsLong());
			sessions.put(s.token(), s);
			return s;
		});
	}

	public void logout(String actionId, String token) throws ActionRefusedException {
		once(actionId, () -> {
			Session s = session(actionId, ActionKind.LOGOUT, token, null, "");
			sessions.remove(token);
			accept(actionId, ActionKind.LOGOUT, s.user(), "", "");
			return Boolean.TRUE;
		});
	}

	/** Acknowledges an alarm occurrence; needs ACKNOWLEDGE_ALARMS. */
	public boolean acknowledge(String actionId, String token, String alarm, long raiseTime)
			throws ActionRefusedException {
		return (Boolean) once(actionId, () -> {
			String target = "alarm:" + alarm + "@" + raiseTime;
			Session s = session(actionId, ActionKind.ACKNOWLEDGE, token, Permission.ACKNOWLEDGE_ALARMS, target);
			long now = clock.getAsLong();
			boolean done = alarms.acknowledge(alarm, raiseTime, s.user(), now);
			accept(actionId, ActionKind.ACKNOWLEDGE, s.user(), target, done ? "" : "already acknowledged or unknown");
			return done;
		});
	}

	/**
	 * Shelves an alarm or takes it out of service (ISA-18.2). Shelving needs SHELVE_ALARMS, a reason, an alarm whose
	 * class allows shelving and a time within its maximum; one-shot shelving an alarm that is in alarm now. Out of
	 * service needs REMOVE_ALARMS_FROM_SERVICE and a reason. Shelving again replaces the earlier shelving (from now).
	 */
	public void shelve(String actionId, String token, String alarm, AlarmShelving.Mode mode, long minutes,
			String reason) throws ActionRefusedException {
		once(actionId, () -> {
			boolean service = mode == AlarmShelving.Mode.OUT_OF_SERVICE;
			ActionKind kind = service ? ActionKind.REMOVE_FROM_SERVICE : ActionKind.SHELVE;
			String target = AlarmShelf.target(alarm);
			String text = reason == null ? "" : reason.strip();
			Session s = session(actionId, kind, token, service ? Permission.REMOVE_ALARMS_FROM_SERVICE
					: Permission.SHELVE_ALARMS, target);
			AlarmDefinition d = alarms.definition(alarm).orElseThrow(() -> refuse(actionId, kind, s.user(), target,
					text, "alarm " + alarm + " does not exist"));
			long max = d.maxShelveMillis() / 60_000;
			String problem = shelveProblem(d, mode, minutes, text);
			if (problem != null) {
				throw refuse(actionId, kind, s.user(), target, text, problem);
			}
			long duration = mode == AlarmShelving.Mode.ONE_SHOT ? max : minutes;
			accept(actionId, kind, s.user(), target, AlarmShelf.shelveDetail(mode, duration, text));
			return Boolean.TRUE;
		});
	}

	private String shelveProblem(AlarmDefinition d, AlarmShelving.Mode mode, long minutes, String reason) {
		String alarm = d.id();
		long max = d.maxShelveMillis() / 60_000;
		boolean service = mode == AlarmShelving.Mode.OUT_OF_SERVICE;
		if (reason.isEmpty()) {
			return "a reason is required to " + (service ? "take alarm " + alarm + " out of service"
					: "shelve alarm " + alarm);
		}
		if (reason.length() > MAX_REASON) {
			return "the reason may have at most " + MAX_REASON + " characters, not " + reason.length();
		}
		if (shelf.of(alarm).map(AlarmShelving::outOfService).orElse(false)) {
			return "alarm " + alarm + " is out of service; return it to service first";
		}
		if (service) {
			return null;
		}
		if (max == 0) {
			return "alarm " + alarm + " may not be shelved (its alarm class allows no shelving)";
		}
		if (mode == AlarmShelving.Mode.TIMED && (minutes < 1 || minutes > max)) {
			return "alarm " + alarm + " may be shelved for 1 to " + max + " min, not " + minutes;
		}
		if (mode == AlarmShelving.Mode.ONE_SHOT && !alarms.inAlarm(alarm)) {
			return "alarm " + alarm + " is not in alarm: one-shot shelving lasts until it returns to normal;"
					+ " shelve it timed";
		}
		return null;
	}

	/** Unshelves an alarm (SHELVE_ALARMS) or returns it to service (REMOVE_ALARMS_FROM_SERVICE). */
	public void unshelve(String actionId, String token, String alarm) throws ActionRefusedException {
		once(actionId, () -> {
			String target = AlarmShelf.target(alarm);
			AlarmShelving current = shelf.of(alarm).orElse(null);
			boolean service = current != null && current.outOfService();
			ActionKind kind = service ? ActionKind.RETURN_TO_SERVICE : ActionKind.UNSHELVE;
			Session s = session(actionId, kind, token, service ? Permission.REMOVE_ALARMS_FROM_SERVICE
					: Permission.SHELVE_ALARMS, target);
			if (current == null) {
				throw refuse(actionId, kind, s.user(), target, "", "alarm " + alarm
						+ " is neither shelved nor out of service");
			}
			accept(actionId, kind, s.user(), target, "");
			return Boolean.TRUE;
		});
	}

	/**
	 * Records the automatic end of a shelving (the server does, when {@link AlarmShelf#due} says so). Its id comes
	 * from the shelving's, so a second server recording it again records the same fact.
	 */
	public OperatorAction unshelveAutomatically(AlarmShelf.Expiry expiry) {
		OperatorAction a = new OperatorAction(expiry.actionId(), ActionKind.UNSHELVE, "",
				AlarmShelf.target(expiry.shelving().alarm()), expiry.why(), clock.getAsLong(), true);
		shelf.apply(a);
		sink.accept(a);
		return a;
	}

	public AlarmShelf shelf() {
		return shelf;
	}

	/** Writes a value (text in the variable's syntax); needs WRITE_VARIABLES, a writable variable and the range. */
	public void write(String actionId, String token, String variable, String valueText) throws ActionRefusedException {
		once(actionId, () -> {
			Session s = session(actionId, ActionKind.WRITE, token, Permission.WRITE_VARIABLES, variable);
			Object value = checked(actionId, ActionKind.WRITE, s.user(), variable, valueText);
			try {
				image.write(variable, value, clock.getAsLong());
			} catch (DriverException e) {
				throw refuse(actionId, ActionKind.WRITE, s.user(), variable, valueText, e.getMessage());
			}
			accept(actionId, ActionKind.WRITE, s.user(), variable, valueText);
			return Boolean.TRUE;
		});
	}

	/**
	 * Downloads a recipe: every value is checked first (type, writability, range), then all are written; needs
	 * DOWNLOAD_RECIPES. One action is recorded with all values.
	 */
	public void downloadRecipe(String actionId, String token, String recipe) throws ActionRefusedException {
		once(actionId, () -> {
			Session s = session(actionId, ActionKind.RECIPE_DOWNLOAD, token, Permission.DOWNLOAD_RECIPES, recipe);
			RecipeDefinition r = configuration.recipe(recipe).orElseThrow(() -> refuse(actionId,
					ActionKind.RECIPE_DOWNLOAD, s.user(), recipe, "", "recipe " + recipe + " does not exist"));
			Map<String, Object> values = new LinkedHashMap<>();
			for (Map.Entry<String, String> e : r.values().entrySet()) {
				values.put(e.getKey(), checked(actionId, ActionKind.RECIPE_DOWNLOAD, s.user(), recipe, e.getKey()
						+ "=" + e.getValue(), e.getKey(), e.getValue()));
			}
			String detail = String.join(", ", r.values().entrySet().stream()
					.map(e -> e.getKey() + "=" + e.getValue()).toList());
			long now = clock.getAsLong();
			for (Map.Entry<String, Object> e : values.entrySet()) {
				try {
					image.write(e.getKey(), e.getValue(), now);
				} catch (DriverException ex) {
					throw refuse(actionId, ActionKind.RECIPE_DOWNLOAD, s.user(), recipe, detail,
							"recipe " + recipe + " stopped at " + e.getKey() + ": " + ex.getMessage());
				}
			}
			accept(actionId, ActionKind.RECIPE_DOWNLOAD, s.user(), recipe, detail);
			return Boolean.TRUE;
		});
	}

	/** The shortest password a user may set on the running system. */
	public static final int MIN_PASSWORD = 8;

	/**
	 * A change of runtime data that passed the checks: what the server applies as a new project version, and the
	 * outcome it records once that version is active ({@link #changeOutcome}).
	 *
	 * @param values recipe edit: variable → value text, in the recipe's order; empty for a password change
	 * @param hash   password change: the new password's hash (the password itself is never kept)
	 */
	public record RuntimeChange(String actionId, ActionKind kind, String user, String target, Map<String, String> values,
			String hash) {
	}

	/**
	 * Checks a change of a recipe's values on the running system: needs EDIT_RECIPES, an existing recipe, only
	 * variables of that recipe, and values of the variable's type within its range (the values a download would
	 * write). Records a refusal; an accepted change is recorded by {@link #changeOutcome} once it is applied.
	 */
	public RuntimeChange checkRecipeEdit(String actionId, String token, String recipe, Map<String, String> values)
			throws ActionRefusedException {
		return (RuntimeChange) once(actionId, () -> {
			ActionKind kind = ActionKind.RECIPE_EDIT;
			String detail = describe(values);
			Session s = session(actionId, kind, token, Permission.EDIT_RECIPES, recipe);
			RecipeDefinition r = configuration.recipe(recipe).orElseThrow(() -> refuse(actionId, kind, s.user(),
					recipe, detail, "recipe " + recipe + " does not exist"));
			if (values.isEmpty()) {
				throw refuse(actionId, kind, s.user(), recipe, detail, "no values to change in recipe " + recipe);
			}
			Map<String, String> normalized = new LinkedHashMap<>();
			for (Map.Entry<String, String> e : values.entrySet()) {
				if (!r.values().containsKey(e.getKey())) {
					throw refuse(actionId, kind, s.user(), recipe, detail, "variable " + e.getKey()
							+ " is not part of recipe " + recipe + " (it holds " + String.join(", ", r.values().keySet())
							+ ")");
				}
				String text = e.getValue() == null ? "" : e.getValue().strip();
				checked(actionId, kind, s.user(), recipe, detail, e.getKey(), text);
				normalized.put(e.getKey(), text);
			}
			return new RuntimeChange(actionId, kind, s.user(), recipe, normalized, "");
		});
	}

	/**
	 * Checks a password change: a user changes their own password with the current one; a user with MANAGE_USERS
	 * sets another user's without it. The new password has at least {@link #MIN_PASSWORD} characters and is not the
	 * user name. Only its hash leaves this method.
	 */
	public RuntimeChange checkPasswordChange(String actionId, String token, String user, char[] current,
			char[] password) throws ActionRefusedException {
		return (RuntimeChange) once(actionId, () -> {
			ActionKind kind = ActionKind.PASSWORD_CHANGE;
			Session s = session(actionId, kind, token, null, user);
			UserDefinition u = configuration.user(user).orElseThrow(() -> refuse(actionId, kind, s.user(), user, "",
					"user " + user + " does not exist"));
			if (s.user().equals(user)) {
				if (u.passwordHash() == null || !PasswordHash.verify(current, u.passwordHash())) {
					throw refuse(actionId, kind, s.user(), user, "", "the current password of " + user
							+ " is wrong");
				}
			} else if (!s.may(Permission.MANAGE_USERS)) {
				throw refuse(actionId, kind, s.user(), user, "", "user " + s.user() + " may not set the password of "
						+ user + ": permission MANAGE_USERS missing");
			}
			String np = new String(password);
			if (np.length() < MIN_PASSWORD) {
				throw refuse(actionId, kind, s.user(), user, "", "the new password must have at least " + MIN_PASSWORD
						+ " characters");
			}
			if (np.equalsIgnoreCase(user)) {
				throw refuse(actionId, kind, s.user(), user, "", "the new password must not be the user name");
			}
			return new RuntimeChange(actionId, kind, s.user(), user, Map.of(), new PasswordHash().hash(password));
		});
	}

	/**
	 * The outcome of a runtime change, once the server applied it ({@code failure} null) or could not: an accepted
	 * or refused operator action, ready to record. The detail never holds a password.
	 */
	public static OperatorAction changeOutcome(RuntimeChange c, String applied, String failure, long time) {
		String what = c.kind() == ActionKind.RECIPE_EDIT ? describe(c.values()) : "password changed";
		String detail = failure == null ? what + (applied.isEmpty() ? "" : " (" + applied + ")")
				: what + ": " + failure;
		return new OperatorAction(c.actionId(), c.kind(), c.user(), c.target(), detail, time, failure == null);
	}

	private static String describe(Map<String, String> values) {
		return String.join(", ", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

	public List<Session> sessions() {
		return List.copyOf(sessions.values());
	}

	private Object checked(String actionId, ActionKind kind, String user, String variable, String text)
			throws ActionRefusedException {
		return checked(actionId, kind, user, variable, text, variable, text);
	}

	private Object checked(String actionId, ActionKind kind, String user, String target, String detail,
			String variable, String text) throws ActionRefusedException {
		VariableDefinition v = image.definition(variable).orElseThrow(
				() -> refuse(actionId, kind, user, target, detail, "variable " + variable + " does not exist"));
		Object value = v.parse(text);
		if (value == null) {
			throw refuse(actionId, kind, user, target, detail,
					"'" + text + "' is not a valid " + v.type() + " value for variable " + variable);
		}
		String problem = v.checkWritable(value);
		if (problem != null) {
			throw refuse(actionId, kind, user, target, detail, problem);
		}
		return value;
	}

	private Session session(String actionId, ActionKind kind, String token, Permission needed, String target)
			throws ActionRefusedException {
		Session s = token == null ? null : sessions.get(token);
		if (s == null) {
			throw refuse(actionId, kind, "", target, "", kind + " refused: not logged in");
		}
		if (needed != null && !s.may(needed)) {
			throw refuse(actionId, kind, s.user(), target, "",
					"user " + s.user() + " may not " + kind + " " + target + ": permission " + needed + " missing");
		}
		return s;
	}

	private void accept(String actionId, ActionKind kind, String user, String target, String detail) {
		OperatorAction a = new OperatorAction(actionId, kind, user, target, detail, clock.getAsLong(), true);
		shelf.apply(a); // the next request sees it at once, before the history has stored it
		sink.accept(a);
	}

	private ActionRefusedException refuse(String actionId, ActionKind kind, String user, String target, String detail,
			String reason) {
		sink.accept(new OperatorAction(actionId, kind, user, target, detail.isEmpty() ? reason : detail + ": " + reason,
				clock.getAsLong(), false));
		return new ActionRefusedException(reason);
	}

	private interface Action {
		Object run() throws ActionRefusedException;
	}

	private Object once(String actionId, Action action) throws ActionRefusedException {
		if (actionId == null || actionId.isBlank()) {
			throw new ActionRefusedException("an operator action needs an action id");
		}
		Outcome outcome;
		synchronized (outcomes) {
			outcome = outcomes.get(actionId);
			if (outcome == null) {
				try {
					outcome = new Outcome(action.run(), null);
				} catch (ActionRefusedException e) {
					outcome = new Outcome(null, e);
				}
				outcomes.put(actionId, outcome);
			}
		}
		if (outcome.refusal() != null) {
			throw outcome.refusal();
		}
		return outcome.result();
	}
}
