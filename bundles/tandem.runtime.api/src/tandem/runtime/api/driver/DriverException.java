package tandem.runtime.api.driver;

/** The driver cannot talk to its device (connection lost, refused write); the message names driver and tag. */
public class DriverException extends Exception {

	public DriverException(String message) {
		super(message);
	}

	public DriverException(String message, Throwable cause) {
		super(message, cause);
	}
}
