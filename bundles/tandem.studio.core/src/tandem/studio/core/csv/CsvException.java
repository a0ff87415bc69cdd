package tandem.studio.core.csv;

import java.util.List;

/** A CSV file that cannot be imported; every problem names the file, line and column. Nothing was imported. */
public final class CsvException extends Exception {

	private final List<String> problems;

	public CsvException(String source, int line, int column, String message) {
		this(List.of(source + ":" + line + ":" + column + ": " + message));
	}

	public CsvException(List<String> problems) {
		super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems, first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
