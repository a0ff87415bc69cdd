package tandem.studio.core.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as tag lists from PLC tools write it: comma or semicolon separated (taken from the header line),
 * fields optionally in double quotes with "" for a quote, quoted fields may span lines. Every field keeps the line
 * and column it started at, so errors can point at it. Written here rather than taken from a library because the
 * positions of fields are what the import reports, and the parser is this one class.
 */
public final class CsvTable {

	/** One field and where it starts (1-based line and column). */
	public record Field(String text, int line, int column) {
	}

	/** One record: its fields, and the line it starts on. */
	public record Row(int line, List<Field> fields) {
	}

	private CsvTable() {
	}

	/**
	 * @throws CsvException when a quoted field is not closed or text follows a closing quote
	 */
	public static List<Row> parse(String content, String source) throws CsvException {
		return new Parser(content, source).rows();
	}

	/** Reads content once, character by character, keeping the position where each field starts. */
	private static final class Parser {
		private final String content;
		private final String source;
		private final char separator;
		private final List<Row> rows = new ArrayList<>();
		private List<Field> fields = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();
		private int line = 1;
		private int column = 1;
		private int fieldLine = 1;
		private int fieldColumn = 1;
		private int rowLine = 1;
		private boolean quoted;
		private boolean wasQuoted;

		Parser(String content, String source) {
			this.content = content;
			this.source = source;
			this.separator = separator(content);
		}

		List<Row> rows() throws CsvException {
			int i = content.startsWith("\uFEFF") ? 1 : 0;
			while (i < content.length()) {
				i = quoted ? inQuotes(i) : outsideQuotes(i);
			}
			if (quoted) {
				throw new CsvException(source, fieldLine, fieldColumn, "the quoted field is not closed");
			}
			if (text.length() > 0 || wasQuoted || !fields.isEmpty()) {
				endField();
				endRow();
			}
			return rows;
		}

		/** One character inside quotes; returns the index of the next one. */
		private int inQuotes(int i) {
			char c = content.charAt(i);
			if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
				text.append('"');
				column += 2;
				return i + 2;
			}
			if (c == '"') {
				quoted = false;
			} else {
				text.append(c);
			}
			if (c == '\n') {
				line++;
				column = 0;
			}
			column++;
			return i + 1;
		}

		/** One character outside quotes; returns the index of the next one. */
		private int outsideQuotes(int i) throws CsvException {
			char c = content.charAt(i);
			if (c == '"' && text.length() == 0 && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			} else if (c == separator) {
				endField();
				fieldLine = line;
				fieldColumn = column + 1;
			} else if (c == '\n' || c == '\r') {
				endField();
				endRow();
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				line++;
				column = 0;
				rowLine = line;
				fieldLine = line;
				fieldColumn = 1;
			} else if (wasQuoted) {
				throw new CsvException(source, line, column, "unexpected '" + c + "' after a closing quote");
			} else {
				text.append(c);
			}
			column++;
			return i + 1;
		}

		private void endField() {
			fields.add(new Field(text.toString(), fieldLine, fieldColumn));
			text.setLength(0);
			wasQuoted = false;
		}

		private void endRow() {
			boolean blank = fields.size() == 1 && fields.get(0).text().isBlank();
			if (!blank) {
				rows.add(new Row(rowLine, fields));
			}
			fields = new ArrayList<>();
		}
	}

	/** Semicolon when the first line has more semicolons than commas (European spreadsheet exports). */
	private static char separator(String content) {
		int end = content.indexOf('\n');
		String first = end < 0 ? content : content.substring(0, end);
		long commas = first.chars().filter(c -> c == ',').count();
		long semicolons = first.chars().filter(c -> c == ';').count();
		return semicolons > commas ? ';' : ',';
	}

	/** One record as a line, quoting fields that need it. */
	public static String line(List<String> fields) {
		StringBuilder out = new StringBuilder();
		for (String field : fields) {
			if (out.length() > 0) {
				out.append(',');
			}
			String f = field == null ? "" : field;
			if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r") || f.contains(";")) {
				out.append('"').append(f.replace("\"", "\"\"")).append('"');
			} else {
				out.append(f);
			}
		}
		return out.append('\n').toString();
	}
}
