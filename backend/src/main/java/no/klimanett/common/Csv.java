package no.klimanett.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV, written and read. Written: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled. Read (imports as people produce them from spreadsheets): quoted fields, doubled quotes,
 * line breaks inside quotes, an optional UTF-8 byte order mark, and a header row that names the columns in any
 * order (matched without regard to case). Spreadsheets in Norway, Sweden and Denmark save CSV with ';' between
 * fields (and a decimal comma): when the header is separated by ';' and has no ',', ';' is the delimiter.
 * Blank lines are skipped. Each row read keeps the line of the file it starts on, for error messages.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    /** A representation that can also be written as one CSV table with a header row. */
    public interface Table {
        List<String> csvHeader();

        List<List<Object>> csvRows();
    }

    private Csv() {}

    public static String write(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.csvHeader());
        for (List<Object> row : table.csvRows()) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) return "";
        // plain decimals: 1E+3 would be read as text (or a float) by spreadsheets and scripts
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (!(value instanceof Number) && startsAFormula(text)) {
            // OWASP CSV injection: a spreadsheet runs a text cell that starts like a formula (=HYPERLINK(...) in an
            // organisation's name); a leading apostrophe makes it text again. Numbers (-5.000) stay numbers.
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && text.indexOf('\'') != 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The characters that make spreadsheets read a cell as a formula, full-width forms included. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    public static boolean startsAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    // ------------------------------------------------------------------ reading

    public record Row(int fileLine, List<String> fields) {}

    /** The data rows of an imported file and where each column is. */
    public record Sheet(char delimiter, Map<String, Integer> columns, List<Row> rows) {

        /** The trimmed value of the column in the row; null when the column is absent or the cell empty. */
        public String text(Row row, String column) {
            Integer index = columns.get(column);
            if (index == null || index >= row.fields().size()) return null;
            String value = row.fields().get(index).trim();
            return value.isEmpty() ? null : value;
        }

        /** Files separated by ';' come from locales that write decimals with a comma. */
        public boolean decimalComma() {
            return delimiter == ';';
        }
    }

    /**
     * Reads the cells of one data row and notes what is wrong with them as {@code prefix + column}, saying the
     * line of the file, so that every bad cell of every row is reported at once.
     */
    public static class RowReader {
        protected final Sheet table;
        protected final Row row;
        private final String prefix;
        private final FieldErrors errors;
        private final int errorsBefore;

        public RowReader(Sheet table, Row row, String prefix, FieldErrors errors) {
            this.table = table;
            this.row = row;
            this.prefix = prefix;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        protected String text(String column) {
            return table.text(row, column);
        }

        /** The cell without the spaces (also no-break) that group thousands in Nordic number formats. */
        protected String number(String column) {
            String value = text(column);
            return value == null ? null : value.replaceAll("[\\s\\u00A0\\u202F]", "");
        }

        /** An error of this row's field; the file line is added to the message and to the params ({@code line}). */
        protected void error(String field, FieldCode code, String message, Object... params) {
            Object[] withLine = java.util.Arrays.copyOf(params, params.length + 2);
            withLine[params.length] = "line";
            withLine[params.length + 1] = row.fileLine();
            errors.add(prefix + field, code, message + " (file line " + row.fileLine() + ")", withLine);
        }

        /** A bean-validation failure of this row's field, with the code the API gives it everywhere. */
        protected void error(String field, jakarta.validation.ConstraintViolation<?> violation) {
            var described = Violations.describe(violation);
            error(field, described.code(), violation.getMessage(), described.params());
        }

        /** Whether this row has errors (errors of earlier rows do not count). */
        protected boolean hasErrors() {
            return errors.size() > errorsBefore;
        }
    }

    /**
     * Reads the header and the data rows. A bad header is a 400 naming {@code header}; an empty file or one
     * without data rows a 400 naming {@code body}; more than {@code maxRows} data rows a 413.
     *
     * @param rowNoun what a row is called in messages ("lines", "rows")
     */
    public static Sheet read(String body, List<String> columns, List<String> required, int maxRows, String rowNoun) {
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body;
        int headerEnd = text.indexOf('\n');
        String headerLine = headerEnd < 0 ? text : text.substring(0, headerEnd);
        char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        List<Row> rows = split(text, delimiter, maxRows + 1);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", FieldCode.INVALID_FORMAT, "must be CSV: a header row, then the " + rowNoun,
                    "format", "csv");
        }
        Map<String, Integer> header = header(rows.get(0).fields(), columns, required);
        if (rows.size() == 1) throw ProblemException.invalid("body", FieldCode.REQUIRED, "has a header but no " + rowNoun);
        if (rows.size() > maxRows + 1) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An import holds at most " + maxRows + " " + rowNoun);
        }
        return new Sheet(delimiter, header, List.copyOf(rows.subList(1, rows.size())));
    }

    private static Map<String, Integer> header(List<String> fields, List<String> known, List<String> required) {
        var errors = new FieldErrors();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).trim();
            String column = known.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                errors.add("header", FieldCode.UNKNOWN_FIELD, "unknown column '" + name + "'; the columns are " + String.join(", ", known),
                        "column", name, "allowed", List.copyOf(known));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add("header", FieldCode.DUPLICATE, "column '" + column + "' appears twice", "column", column);
            }
        }
        for (String column : required) {
            errors.check(columns.containsKey(column), "header", FieldCode.REQUIRED, "needs a '" + column + "' column", "column", column);
        }
        errors.throwIfAny();
        return columns;
    }

    /** Splits CSV text into rows of fields; blank lines are skipped. Stops after {@code limit} rows. */
    private static List<Row> split(String text, char delimiter, int limit) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean rowHasContent = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length() && rows.size() <= limit; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                rowHasContent = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (rowHasContent || !field.toString().isBlank()) {
                    fields.add(field.toString());
                    rows.add(new Row(rowStart, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                rowHasContent = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
                if (!Character.isWhitespace(c)) rowHasContent = true;
            }
        }
        if (rowHasContent || !field.toString().isBlank()) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }
}
