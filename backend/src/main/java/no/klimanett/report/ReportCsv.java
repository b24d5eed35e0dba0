package no.klimanett.report;

import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klimanett.common.Csv;
import no.klimanett.common.FieldErrors;
import no.klimanett.factor.FactorRef;
import no.klimanett.ghg.EmissionCategory;

/**
 * Reads report lines from CSV (format rules in {@link Csv}). A header row names the columns, in any order:
 * scope, category, activity, quantity, unit, factorCode, factorKgPerUnit, factorSource, marketFactorKgPerUnit,
 * directT, directMarketT. When the file is separated by ';', decimals may use ',' as well. Errors name the row as
 * {@code lines[i]} (the i-th data row, from 0, as in the JSON form) and say the line of the file.
 */
@ApplicationScoped
public class ReportCsv {

    private static final List<String> COLUMNS = List.of("scope", "category", "activity", "quantity", "unit",
            "factorCode", "factorKgPerUnit", "factorSource", "marketFactorKgPerUnit", "directT", "directMarketT");

    @Inject
    Validator validator;

    /**
     * @param factorsByCode the factors of the report's set, or null when the report has none
     * @return one entry per data row; null where the row could not be read (its errors are in {@code errors})
     */
    public List<ReportLineInput> parse(String body, Map<String, FactorRef> factorsByCode, int maxRows, FieldErrors errors) {
        Csv.Sheet table = Csv.read(body, COLUMNS, List.of("scope", "category"), maxRows, "lines");
        List<ReportLineInput> lines = new ArrayList<>(table.rows().size());
        for (int i = 0; i < table.rows().size(); i++) {
            var reader = new RowReader(table, table.rows().get(i), "lines[" + i + "].", errors);
            lines.add(reader.read(factorsByCode, validator));
        }
        return lines;
    }

    /** Reads one row's fields into a line, noting each unreadable field. */
    private static final class RowReader extends Csv.RowReader {

        RowReader(Csv.Sheet table, Csv.Row row, String at, FieldErrors errors) {
            super(table, row, at, errors);
        }

        ReportLineInput read(Map<String, FactorRef> factorsByCode, Validator validator) {
            Integer scope = scope();
            EmissionCategory category = category();
            UUID factorId = factor(factorsByCode);
            var line = new ReportLineInput(scope, category, text("activity"), decimal("quantity"), text("unit"),
                    factorId, decimal("factorKgPerUnit"), text("factorSource"), decimal("marketFactorKgPerUnit"),
                    decimal("directT"), decimal("directMarketT"));
            if (hasErrors()) return null;
            for (ConstraintViolation<ReportLineInput> v : validator.validate(line)) {
                String field = v.getPropertyPath().toString();
                error(field.equals("emissionFactorId") ? "factorCode" : field, v);
            }
            return hasErrors() ? null : line;
        }

        private Integer scope() {
            String value = text("scope");
            if (value == null) return null; // reported as required by the constraints
            return switch (value) {
                case "1" -> 1;
                case "2" -> 2;
                case "3" -> 3;
                default -> {
                    error("scope", FieldCode.INVALID_VALUE, "must be 1, 2 or 3", "allowed", List.of(1, 2, 3));
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
                error("category", FieldCode.INVALID_VALUE,
                        "is not an emission category (e.g. STATIONARY_COMBUSTION, ELECTRICITY, BUSINESS_TRAVEL)");
                return null;
            }
        }

        private BigDecimal decimal(String column) {
            String normalised = number(column);
            if (normalised == null) return null;
            if (table.decimalComma()) normalised = normalised.replace(',', '.');
            try {
                return new BigDecimal(normalised);
            } catch (NumberFormatException e) {
                error(column, FieldCode.WRONG_TYPE, "must be a decimal number", "expected", "number");
                return null;
            }
        }

        private UUID factor(Map<String, FactorRef> factorsByCode) {
            String code = text("factorCode");
            if (code == null) return null;
            if (factorsByCode == null) {
                error("factorCode", FieldCode.NOT_FOUND, "the report has no factor set (factorSetId) to look the code up in");
                return null;
            }
            FactorRef factor = factorsByCode.get(code);
            if (factor == null) {
                error("factorCode", FieldCode.NOT_FOUND, "is not a code of the report's factor set");
                return null;
            }
            return factor.id();
        }
    }
}
