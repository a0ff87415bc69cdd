package tandem.runtime.redundancy.deploy;

import java.util.List;
import java.util.Objects;

/**
 * One deployed version of a project: its number (1 for the file a cluster first ran, then one more per deploy or
 * rollback), the content hash of the project, the version it was based on, who deployed it and when, the diff
 * against its base in the engineer's words, and the serialized project (XMI).
 */
public record ProjectVersion(int number, String hash, int base, String author, long time, List<String> changes,
		byte[] content) {

	public ProjectVersion {
		Objects.requireNonNull(hash, "hash");
		author = author == null ? "" : author;
		changes = List.copyOf(changes);
		Objects.requireNonNull(content, "content");
		if (number < 1) {
			throw new IllegalArgumentException("a project version number starts at 1, not " + number);
		}
	}

	/** Without the content: what a version list shows. */
	public ProjectVersion summary() {
		return new ProjectVersion(number, hash, base, author, time, changes, new byte[0]);
	}

	/** One line for listings: number first. */
	public String line() {
		String diff = changes.isEmpty() ? "no changes" : changes.size() == 1 ? changes.get(0)
				: changes.size() + " changes: " + String.join("; ", changes.subList(0, Math.min(3, changes.size())))
						+ (changes.size() > 3 ? "; ..." : "");
		return number + " " + java.time.Instant.ofEpochMilli(time) + " by " + (author.isEmpty() ? "-" : author)
				+ " base " + base + " hash " + hash.substring(0, Math.min(12, hash.length())) + " " + diff;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ProjectVersion v && v.number == number && v.hash.equals(hash);
	}

	@Override
	public int hashCode() {
		return number * 31 + hash.hashCode();
	}

	@Override
	public String toString() {
		return "version " + number + " (" + hash.substring(0, Math.min(12, hash.length())) + ")";
	}
}
