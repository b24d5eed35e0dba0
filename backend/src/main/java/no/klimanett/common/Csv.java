package no.klimanett.common;

import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled. */
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
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
