package no.klimanett.factor;

import java.math.BigDecimal;
import java.util.UUID;
import no.klimanett.ghg.EmissionCategory;

/** A factor as other features use it: what a report line copies when it refers to a factor of a set. */
public record FactorRef(UUID id, UUID setId, String code, int scope, EmissionCategory category, String unit,
                        BigDecimal kgCo2ePerUnit, String source) {

    static FactorRef of(EmissionFactor f) {
        return new FactorRef(f.id, f.set.id, f.code, f.scope, f.category, f.unit, f.kgCo2ePerUnit, f.source);
    }
}
