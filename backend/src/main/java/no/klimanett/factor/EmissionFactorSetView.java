package no.klimanett.factor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klimanett.ghg.GwpSet;

/** A factor set; {@code factors} is null in list items, which only say how many there are. */
public record EmissionFactorSetView(UUID id, String name, String version, @Schema(nullable = true) String country, int year, GwpSet gwpSet,
                                    @Schema(nullable = true) String description, boolean illustrative, int factorCount, Instant createdAt,
                                    Instant updatedAt,
                                    @Schema(nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) List<EmissionFactorView> factors) {

    static EmissionFactorSetView full(EmissionFactorSet s) {
        return of(s, s.factors.size(), s.factors.stream().map(EmissionFactorView::of).toList());
    }

    static EmissionFactorSetView summary(EmissionFactorSet s) {
        return of(s, s.factorCount, null);
    }

    private static EmissionFactorSetView of(EmissionFactorSet s, int count, List<EmissionFactorView> factors) {
        return new EmissionFactorSetView(s.id, s.name, s.version, s.country, s.year, s.gwpSet, s.description,
                s.illustrative, count, s.createdAt, s.updatedAt, factors);
    }
}
