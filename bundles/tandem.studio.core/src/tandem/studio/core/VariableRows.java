package tandem.studio.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import tandem.model.Variable;

/**
 * The rows the variables table shows: the project's variables filtered by a text (every word must appear in
 * the name, description, unit, address, type or driver) and sorted by a column. Kept apart from the table so
 * 100,000 rows can be filtered and measured without a display; the virtual table only asks for visible rows.
 */
public final class VariableRows {

	/** The sortable columns, with how a row reads in each. */
	public enum Column {
		NAME(Variable::getName), TYPE(v -> v.getDataType() == null ? "" : v.getDataType().getName()), UNIT(Variable::getUnit),
		MIN(v -> v.getRangeMin()), MAX(v -> v.getRangeMax()), DRIVER(v -> v.getDriver() == null ? "" : v.getDriver().getName()),
		ADDRESS(Variable::getAddress), RATE(v -> v.getRateMs()), WRITABLE(v -> v.isWritable()), DESCRIPTION(Variable::getDescription);

		private final Function<Variable, Object> value;

		Column(Function<Variable, Object> value) {
			this.value = value;
		}

		public Object value(Variable variable) {
			return value.apply(variable);
		}
	}

	private VariableRows() {
	}

	/** The variables matching filter (case-insensitive, all words), in project order. */
	public static List<Variable> filter(List<Variable> variables, String filter) {
		String[] words = filter == null ? new String[0] : filter.strip().toLowerCase(Locale.ROOT).split("\\s+");
		if (words.length == 0 || words[0].isEmpty()) {
			return new ArrayList<>(variables);
		}
		List<Variable> rows = new ArrayList<>();
		for (Variable variable : variables) {
			if (matches(variable, words)) {
				rows.add(variable);
			}
		}
		return rows;
	}

	private static boolean matches(Variable v, String[] words) {
		for (String word : words) {
			if (!(contains(v.getName(), word) || contains(v.getDescription(), word) || contains(v.getUnit(), word)
					|| contains(v.getAddress(), word) || v.getDataType() != null && contains(v.getDataType().getName(), word)
					|| v.getDriver() != null && contains(v.getDriver().getName(), word))) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(String text, String lowerWord) {
		if (text == null || text.length() < lowerWord.length()) {
			return false;
		}
		// compare the first character before the region, and never make a lower-cased copy of a field
		char first = lowerWord.charAt(0);
		char firstUpper = Character.toUpperCase(first);
		for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
			char c = text.charAt(i);
			if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
				return true;
			}
		}
		return false;
	}

	/** Sorts rows in place by column; empty values last. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void sort(List<Variable> rows, Column column, boolean ascending) {
		Comparator<Object> natural = (a, b) -> a instanceof String s && b instanceof String t ? s.compareToIgnoreCase(t)
				: ((Comparable) a).compareTo(b);
		Comparator<Variable> byColumn = Comparator.comparing(column::value, Comparator.nullsLast(ascending ? natural : natural.reversed()));
		rows.sort(byColumn);
	}
}
