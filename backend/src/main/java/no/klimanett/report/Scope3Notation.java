package no.klimanett.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.klimanett.ghg.EmissionCategory;
import no.klimanett.ghg.Notation;

/** A notation key for a scope-3 category without figures; the same shape in requests and responses. */
public record Scope3Notation(
        @NotNull EmissionCategory category,
        @NotNull Notation notation,
        @NotBlank @Size(max = 1000) String reason) {

    static Scope3Notation of(ReportNotation n) {
        return new Scope3Notation(n.category, n.notation, n.reason);
    }
}
