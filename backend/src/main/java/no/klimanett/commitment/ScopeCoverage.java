package no.klimanett.commitment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Share of each scope's emissions that a target covers, in percent (GHG Protocol target boundary). */
public record ScopeCoverage(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal scope1Pct,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal scope2Pct,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal scope3Pct) {

    boolean coversAnything() {
        return scope1Pct.signum() > 0 || scope2Pct.signum() > 0 || scope3Pct.signum() > 0;
    }
}
