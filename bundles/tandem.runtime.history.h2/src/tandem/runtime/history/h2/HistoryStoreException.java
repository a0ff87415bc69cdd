package tandem.runtime.history.h2;

/** The history store cannot be opened, written or read; the message names the database file. */
public class HistoryStoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public HistoryStoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public HistoryStoreException(String message) {
		super(message);
	}
}
