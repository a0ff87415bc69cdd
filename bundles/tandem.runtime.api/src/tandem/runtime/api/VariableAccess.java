package tandem.runtime.api;

import java.util.Optional;
import java.util.Set;

/** Read access to the live values of a node (the process image) and subscriptions to their changes. */
public interface VariableAccess {

	/** The variables this node knows. */
	Set<String> variableNames();

	/** The current value, or empty for an unknown variable; a variable not yet polled reads as UNCERTAIN. */
	Optional<Value> read(String variable);

	/** Notifies the listener of every new value of the variable (not of repeats of the same poll slot). */
	Subscription subscribe(String variable, ValueListener listener);

	/** Notifies the listener of every new value of every variable. */
	Subscription subscribeAll(ValueListener listener);
}
