package tandem.runtime.history.h2;

import java.util.Set;

import tandem.runtime.api.fact.CelCategory;

/**
 * Filter for CEL queries; empty sets and blank strings mean "any".
 *
 * @param textContains case-insensitive substring of the entry text
 */
public record CelQuery(long from, long to, Set<CelCategory> categories, String source, String user,
		String textContains, int limit) {

	public CelQuery {
		categories = Set.copyOf(categories == null ? Set.of() : categories);
		source = source == null ? "" : source;
		user = user == null ? "" : user;
		textContains = textContains == null ? "" : textContains;
	}

	public static CelQuery between(long from, long to) {
		return new CelQuery(from, to, Set.of(), "", "", "", 10_000);
	}

	public CelQuery withCategories(Set<CelCategory> c) {
		return new CelQuery(from, to, c, source, user, textContains, limit);
	}

	public CelQuery withUser(String u) {
		return new CelQuery(from, to, categories, source, u, textContains, limit);
	}

	public CelQuery withSource(String s) {
		return new CelQuery(from, to, categories, s, user, textContains, limit);
	}

	public CelQuery withText(String t) {
		return new CelQuery(from, to, categories, source, user, t, limit);
	}
}
