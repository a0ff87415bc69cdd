package tandem.runtime.core.log;

/** A fact stamped with an epoch older than the node has seen: it comes from a stale server and is refused. */
public class StaleEpochException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StaleEpochException(String message) {
		super(message);
	}
}
