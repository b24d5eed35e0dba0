package no.klimanett.organisation;

import no.klimanett.common.Format;
import no.klimanett.common.CountryCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a caller may set on an organisation (create and full update). Ids, flags and audit fields are not here. */
public record OrganisationInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull @CountryCode String country,
        @Size(max = 40) String orgNumber,
        @NotNull Sector sector,
        @Size(max = 6) @Pattern(regexp = "[A-U](\\d{2}(\\.\\d{1,2})?)?", message = "must be a NACE code such as C or C10.1",
                payload = Format.Nace.class) String naceCode,
        @Size(max = 120) String municipality,
        @PositiveOrZero @Max(10_000_000) Integer employeeCount) {}
