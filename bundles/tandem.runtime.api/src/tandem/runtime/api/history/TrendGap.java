package tandem.runtime.api.history;

import tandem.runtime.api.Quality;

/**
 * A time of a trend in which the value is not known: from a bad or invalid sample until the next usable one
 * ({@code quality} BAD or INVALID), or a time without any sample longer than the query's gap time ({@code quality}
 * null). Drawn as such, never bridged by a line.
 */
public record TrendGap(long from, long to, Quality quality) {

	public boolean noData() {
		return quality == null;
	}
}
