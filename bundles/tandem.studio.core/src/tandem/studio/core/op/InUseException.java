package tandem.studio.core.op;

import java.util.List;

import tandem.studio.core.refs.Usage;

/** A delete was refused because other elements still refer to what was to be deleted; nothing was changed. */
public final class InUseException extends Exception {

	private final transient List<Usage> usages;

	public InUseException(String what, List<Usage> usages) {
		super(what + " is still used by " + usages.size() + " element(s): "
				+ String.join(", ", usages.stream().limit(5).map(Usage::describe).toList())
				+ (usages.size() > 5 ? ", ..." : ""));
		this.usages = List.copyOf(usages);
	}

	public List<Usage> usages() {
		return usages;
	}
}
