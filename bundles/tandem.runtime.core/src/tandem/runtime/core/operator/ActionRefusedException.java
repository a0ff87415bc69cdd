package tandem.runtime.core.operator;

/** The runtime refused an operator action; the message says why, naming user, target and permission. */
public class ActionRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public ActionRefusedException(String message) {
		super(message);
	}
}
