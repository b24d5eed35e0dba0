package no.klimanett.report;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import no.klimanett.ghg.EmissionCategory;

/**
 * One line as a reporter gives it: quantity + unit + a factor (from a set by {@code emissionFactorId}, or a
 * custom {@code factorKgPerUnit} with its {@code factorSource}), or a direct tCO2e figure — never both. The
 * rules across fields are checked by {@link ReportLineRules}; the computed figures are not input.
 * Digits follow the database columns.
 */
public record ReportLineInput(
        @NotNull @Min(1) @Max(3) Integer scope,
        @NotNull EmissionCategory category,
        @Size(max = 500) String activity,
        @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal quantity,
        @Size(max = 40) String unit,
        UUID emissionFactorId,
        @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal factorKgPerUnit,
        @Size(max = 500) String factorSource,
        @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal marketFactorKgPerUnit,
        @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal directT,
        @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal directMarketT) {}
