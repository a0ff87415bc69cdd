package tandem.runtime.core.alarm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tandem.runtime.api.client.AlarmShelving;
import tandem.runtime.api.client.AlarmShelving.Mode;
import tandem.runtime.api.fact.ActionKind;
import tandem.runtime.api.fact.OperatorAction;

/**
 * Which alarms are shelved or out of service. The state is nothing but the accepted SHELVE, UNSHELVE,
 * REMOVE_FROM_SERVICE and RETURN_TO_SERVICE operator actions applied in the order they were recorded, so every node
 * that holds the same history (server, standby, a restarted node reading its own) holds the same shelf, and a
 * failover changes nothing an operator sees. An action is applied once: the server applies it when it accepts it and
 * again when its history stores it, a restarted node when it reads its history; the second time is a no-op.
 *
 * <p>The duration travels in the action's detail, which the CEL shows as it is ("timed, 10 min: sensor replaced");
 * the end is the action's time plus the duration, so no node needs a clock of its own to agree on it. The automatic
 * unshelve is an action too, with an id made from the shelving action's, so a new server that finds it due again
 * records the same fact, not a second one.
 */
public final class AlarmShelf {

	/** A shelving that has ended by itself: the alarm returned to normal (one-shot) or its time is up. */
	public record Expiry(AlarmShelving shelving, String why) {

		/** The id of the automatic UNSHELVE action: one per shelving, whichever node records it. */
		public String actionId() {
			return "auto-unshelve:" + shelving.actionId();
		}
	}

	/** What the detail of a SHELVE or REMOVE_FROM_SERVICE action says. */
	record Terms(Mode mode, long minutes, String reason) {
	}

	private static final Pattern SHELVE_DETAIL = Pattern.compile("^(one-shot|timed), (?:at most )?(\\d+) min: (.*)$",
			Pattern.DOTALL);
	private static final int REMEMBERED_ACTIONS = 100_000;

	private final Map<String, AlarmShelving> byAlarm = new LinkedHashMap<>();
	private final Set<String> applied = new LinkedHashSet<>();

	/** The detail of a SHELVE action; {@link #apply} reads it back. */
	public static String shelveDetail(Mode mode, long minutes, String reason) {
		return switch (mode) {
		case ONE_SHOT -> "one-shot, at most " + minutes + " min: " + reason;
		case TIMED -> "timed, " + minutes + " min: " + reason;
		case OUT_OF_SERVICE -> reason;
		};
	}

	/** The target of every shelving action on an alarm definition. */
	public static String target(String alarm) {
		return "alarm:" + alarm;
	}

	static Optional<Terms> terms(OperatorAction a) {
		if (a.kind() == ActionKind.REMOVE_FROM_SERVICE) {
			return Optional.of(new Terms(Mode.OUT_OF_SERVICE, 0, a.detail()));
		}
		Matcher m = SHELVE_DETAIL.matcher(a.detail());
		if (a.kind() != ActionKind.SHELVE || !m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Terms(m.group(1).equals("timed") ? Mode.TIMED : Mode.ONE_SHOT,
				Long.parseLong(m.group(2)), m.group(3)));
	}

	/**
	 * Applies an operator action recorded in the history (or just accepted). Refused actions, other kinds and an
	 * action applied before change nothing.
	 *
	 * @return whether the shelf changed
	 */
	public synchronized boolean apply(OperatorAction a) {
		if (!a.accepted() || !a.target().startsWith("alarm:") || a.kind().ordinal() < ActionKind.SHELVE.ordinal()
				|| !remember(a.actionId())) {
			return false;
		}
		String alarm = a.target().substring("alarm:".length());
		AlarmShelving current = byAlarm.get(alarm);
		switch (a.kind()) {
		case SHELVE, REMOVE_FROM_SERVICE -> {
			Optional<Terms> t = terms(a);
			if (t.isEmpty()) {
				return false;
			}
			long until = t.get().mode() == Mode.OUT_OF_SERVICE ? Long.MAX_VALUE
					: a.time() + t.get().minutes() * 60_000L;
			byAlarm.put(alarm, new AlarmShelving(alarm, t.get().mode(), a.user(), t.get().reason(), a.time(), until,
					a.actionId()));
			return true;
		}
		case UNSHELVE -> {
			if (current == null || current.outOfService() || !endsThis(a, current)) {
				return false;
			}
			byAlarm.remove(alarm);
			return true;
		}
		case RETURN_TO_SERVICE -> {
			if (current == null || !current.outOfService()) {
				return false;
			}
			byAlarm.remove(alarm);
			return true;
		}
		default -> {
			return false;
		}
		}
	}

	/** An automatic unshelve ends only the shelving it was made for, not a later one of the same alarm. */
	private static boolean endsThis(OperatorAction unshelve, AlarmShelving current) {
		return !unshelve.actionId().startsWith("auto-unshelve:")
				|| unshelve.actionId().equals("auto-unshelve:" + current.actionId());
	}

	private boolean remember(String actionId) {
		if (!applied.add(actionId)) {
			return false;
		}
		if (applied.size() > REMEMBERED_ACTIONS) {
			var oldest = applied.iterator();
			oldest.next();
			oldest.remove();
		}
		return true;
	}

	public synchronized Optional<AlarmShelving> of(String alarm) {
		return Optional.ofNullable(byAlarm.get(alarm));
	}

	/** Every shelved or out-of-service alarm, in the order they were shelved. */
	public synchronized List<AlarmShelving> all() {
		return List.copyOf(byAlarm.values());
	}

	/**
	 * The shelvings that have ended by themselves at {@code now}: timed and one-shot ones whose time is up, and
	 * one-shot ones whose alarm returned to normal ({@code inAlarm} is false for it).
	 */
	public synchronized List<Expiry> due(long now, Predicate<String> inAlarm) {
		List<Expiry> out = new ArrayList<>();
		for (AlarmShelving s : byAlarm.values()) {
			if (s.outOfService()) {
				continue;
			}
			if (now >= s.until()) {
				out.add(new Expiry(s, "automatically: its " + s.mode().label() + " shelving time is up"));
			} else if (s.mode() == Mode.ONE_SHOT && !inAlarm.test(s.alarm())) {
				out.add(new Expiry(s, "automatically: the alarm returned to normal"));
			}
		}
		return out;
	}
}
