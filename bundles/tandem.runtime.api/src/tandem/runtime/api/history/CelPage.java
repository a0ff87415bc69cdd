package tandem.runtime.api.history;

import java.util.List;

import tandem.runtime.api.fact.CelEntry;

/**
 * One page of the CEL, newest first, as the node named {@code node} answered it; {@code more} when older entries
 * match the filter.
 */
public record CelPage(List<CelEntry> entries, boolean more, String node) {

	public CelPage {
		entries = List.copyOf(entries);
	}
}
