package tandem.runtime.api;

/** Told about every new value of the variables it subscribed to, on the polling thread: return quickly. */
@FunctionalInterface
public interface ValueListener {
	void valueChanged(String variable, Value value);
}
