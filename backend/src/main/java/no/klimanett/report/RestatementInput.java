package no.klimanett.report;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Restated totals of a year (tCO2e, 3 decimals). Scope 2 market-based and scope 3 are optional, as in reports. */
public record RestatementInput(
        @NotNull @Min(1990) @Max(2100) Integer year,
        @NotNull RestatementReason reasonType,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal scope1T,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal scope2LocationT,
        @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal scope2MarketT,
        @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal scope3T) {}
