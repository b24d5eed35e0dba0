package no.klimanett.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.factor.FactorRef;

/**
 * Reads report lines from CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). A header
 * row names the columns, in any order: scope, category, activity, quantity, unit, factorCode,
 * factorKgPerUnit, factorSource, marketFactorKgPerUnit, directT, directMarketT.
 *
 * <p>Spreadsheets in Norway, Sweden and Denmark save CSV with ';' between fields and a decimal comma; when the
 * header is separated by ';', decimals may use ',' as well. Errors name the row as {@code lines[i]} (the
 * i-th data row, from 0, as in the JSON form) and say the line of the file.
 */
@ApplicationScoped
public class ReportCsv {

    private static final List<String> COLUMNS = List.of("scope", "category", "activity", "quantity", "unit",
            "factorCode", "factorKgPerUnit", "factorSource", "marketFactorKgPerUnit", "directT", "directMarketT");

    @Inject
    Validator validator;

    private record Row(int fileLine, List<String> fields) {}

    /**
     * @param factorsByCode the factors of the report's set, or null when the report has none
     * @return one entry per data row; null where the row could not be read (its errors are in {@code errors})
     */
    public List<ReportLineInput> parse(String body, Map<String, FactorRef> factorsByCode, int maxRows, FieldErrors errors) {
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body;
        int headerEnd = text.indexOf('\n');
        String headerLine = headerEnd < 0 ? text : text.substring(0, headerEnd);
        char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        List<Row> rows = split(text, delimiter, maxRows + 1);
        if (rows.isEmpty()) throw ProblemException.invalid("body", "must be CSV with a header row and at least one line");
        Map<String, Integer> columns = header(rows.get(0).fields(), errors);
        errors.throwIfAny();
        if (rows.size() == 1) throw ProblemException.invalid("body", "has a header but no lines");
        if (rows.size() > maxRows + 1) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An import holds at most " + maxRows + " lines");
        }
        List<ReportLineInput> lines = new ArrayList<>(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            var reader = new RowReader(rows.get(i), columns, "lines[" + (i - 1) + "].", delimiter == ';', errors);
            lines.add(reader.read(factorsByCode, validator));
        }
        return lines;
    }

    private static Map<String, Integer> header(List<String> fields, FieldErrors errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).trim();
            String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known == null) {
                errors.add("header", "unknown column '" + name + "'; the columns are " + String.join(", ", COLUMNS));
            } else if (columns.putIfAbsent(known, i) != null) {
                errors.add("header", "column '" + known + "' appears twice");
            }
        }
        errors.check(columns.containsKey("scope"), "header", "needs a 'scope' column");
        errors.check(columns.containsKey("category"), "header", "needs a 'category' column");
        return columns;
    }

    /** Reads one row's fields into a line, noting each unreadable field. */
    private static final class RowReader {
        private final Row row;
        private final Map<String, Integer> columns;
        private final String at;
        private final boolean decimalComma;
        private final FieldErrors errors;
        private final int errorsBefore;

        RowReader(Row row, Map<String, Integer> columns, String at, boolean decimalComma, FieldErrors errors) {
            this.row = row;
            this.columns = columns;
            this.at = at;
            this.decimalComma = decimalComma;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        ReportLineInput read(Map<String, FactorRef> factorsByCode, Validator validator) {
            Integer scope = scope();
            EmissionCategory category = category();
            UUID factorId = factor(factorsByCode);
            var line = new ReportLineInput(scope, category, text("activity"), decimal("quantity"), text("unit"),
                    factorId, decimal("factorKgPerUnit"), text("factorSource"), decimal("marketFactorKgPerUnit"),
                    decimal("directT"), decimal("directMarketT"));
            if (errors.size() > errorsBefore) return null;
            for (ConstraintViolation<ReportLineInput> v : validator.validate(line)) {
                String field = v.getPropertyPath().toString();
                error(field.equals("emissionFactorId") ? "factorCode" : field, v.getMessage());
            }
            return errors.size() > errorsBefore ? null : line;
        }

        private String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= row.fields().size()) return null;
            String value = row.fields().get(index).trim();
            return value.isEmpty() ? null : value;
        }

        private Integer scope() {
            String value = text("scope");
            if (value == null) return null; // reported as required by the constraints
            return switch (value) {
                case "1" -> 1;
                case "2" -> 2;
                case "3" -> 3;
                default -> {
                    error("scope", "must be 1, 2 or 3");
                    yield null;
                }
            };
        }

        private EmissionCategory category() {
            String value = text("category");
            if (value == null) return null;
            try {
                return EmissionCategory.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                error("category", "is not an emission category (e.g. STATIONARY_COMBUSTION, ELECTRICITY, BUSINESS_TRAVEL)");
                return null;
            }
        }

        private BigDecimal decimal(String column) {
            String value = text(column);
            if (value == null) return null;
            // spaces (also no-break) group thousands in Nordic number formats
            String normalised = value.replaceAll("[\\s\\u00A0\\u202F]", "");
            if (decimalComma) normalised = normalised.replace(',', '.');
            try {
                return new BigDecimal(normalised);
            } catch (NumberFormatException e) {
                error(column, "must be a decimal number");
                return null;
            }
        }

        private UUID factor(Map<String, FactorRef> factorsByCode) {
            String code = text("factorCode");
            if (code == null) return null;
            if (factorsByCode == null) {
                error("factorCode", "the report has no factor set (factorSetId) to look the code up in");
                return null;
            }
            FactorRef factor = factorsByCode.get(code);
            if (factor == null) {
                error("factorCode", "is not a code of the report's factor set");
                return null;
            }
            return factor.id();
        }

        private void error(String field, String message) {
            errors.add(at + field, message + " (file line " + row.fileLine() + ")");
        }
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
