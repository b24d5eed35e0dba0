package no.klimanett.factor;

import no.klimanett.common.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.klimanett.ghg.GwpSet;

/** A factor set with all its factors (create and full update); the update matches factors by code. */
public record EmissionFactorSetInput(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String version,
        @CountryCode String country,
        @NotNull @Min(1990) @Max(2100) Integer year,
        @NotNull GwpSet gwpSet,
        @Size(max = 4000) String description,
        Boolean illustrative,
        @NotNull @Size(max = FactorService.MAX_FACTORS) List<@NotNull @Valid EmissionFactorInput> factors) {}
