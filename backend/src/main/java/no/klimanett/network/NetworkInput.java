package no.klimanett.network;

import no.klimanett.common.CountryCode;
import no.klimanett.common.Format;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What may be set on a network (create and full update). */
public record NetworkInput(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters, digits and single hyphens",
                payload = Format.Slug.class) String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull @CountryCode String country,
        @Size(max = 120) String region,
        @PastOrPresent LocalDate foundedOn,
        @Size(max = 4000) String description,
        UUID parentId,
        Visibility visibility,
        PublicationLevel publicationLevel,
        @Min(1) @Max(100) Integer minGroupSize,
        @Size(max = 8) List<@NotNull @Pattern(regexp = "nb|nn|sv|da|fi|is|en", message = "must be one of nb, nn, sv, da, fi, is, en", payload = Format.Language.class) String> defaultLanguages) {}
