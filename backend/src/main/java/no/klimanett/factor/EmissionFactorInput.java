package no.klimanett.factor;

import no.klimanett.common.Format;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import no.klimanett.ghg.EmissionCategory;

/** One factor of a set. The code identifies it within the set (and in CSV imports); ids are not input. */
public record EmissionFactorInput(
        @NotNull @Size(max = 80) @Pattern(regexp = "[a-z0-9_.-]{1,80}", message = "must be 1-80 of a-z, 0-9, '_', '.', '-'",
                payload = Format.Identifier.class) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(3) Integer scope,
        @NotNull EmissionCategory category,
        @NotBlank @Size(max = 40) String unit,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) BigDecimal kgCo2ePerUnit,
        @NotBlank @Size(max = 500) String source) {}
