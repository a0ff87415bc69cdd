package tandem.runtime.api.history;

import java.util.Objects;
import java.util.Set;

/**
 * Which CEL entries an operator wants to see, newest first, one page at a time: a time range, categories
 * ({@link Category}; none means all), the user, the variable or alarm the entry is about, and a piece of its text
 * (blank: any). A following page starts strictly before the last entry of the previous one
 * ({@code beforeTime}/{@code beforeKey}; {@link Long#MAX_VALUE} and "" for the first page).
 */
public record CelFilter(long from, long to, Set<Category> categories, String user, String subject, String text,
		long beforeTime, String beforeKey, int pageSize) {

	/** The bound of one page: what a list shows and a cluster message carries comfortably. */
	public static final int MAX_PAGE = 1000;

	/** What an operator filters by; ROLE is the part of SYSTEM that records a node's role changes. */
	public enum Category {
		ALARM, OPERATOR, SYSTEM, ROLE
	}

	public CelFilter {
		categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
		user = user == null ? "" : user.trim();
		subject = subject == null ? "" : subject.trim();
		text = text == null ? "" : text.trim();
		beforeKey = beforeKey == null ? "" : beforeKey;
		if (to <= from) {
			throw new IllegalArgumentException("CEL filter: the range ends before it starts");
		}
		if (pageSize < 1 || pageSize > MAX_PAGE) {
			throw new IllegalArgumentException("CEL filter: page size " + pageSize + "; allowed 1 to " + MAX_PAGE);
		}
	}

	public static CelFilter newest(long from, long to, int pageSize) {
		return new CelFilter(from, to, Set.of(), "", "", "", Long.MAX_VALUE, "", pageSize);
	}

	public CelFilter withCategories(Set<Category> c) {
		return new CelFilter(from, to, c, user, subject, text, beforeTime, beforeKey, pageSize);
	}

	public CelFilter withUser(String u) {
		return new CelFilter(from, to, categories, u, subject, text, beforeTime, beforeKey, pageSize);
	}

	public CelFilter withSubject(String s) {
		return new CelFilter(from, to, categories, user, s, text, beforeTime, beforeKey, pageSize);
	}

	public CelFilter withText(String t) {
		return new CelFilter(from, to, categories, user, subject, t, beforeTime, beforeKey, pageSize);
	}

	/** The page after one that ended with the given entry. */
	public CelFilter after(long time, String key) {
		return new CelFilter(from, to, categories, user, subject, text, time, key, pageSize);
	}
}
