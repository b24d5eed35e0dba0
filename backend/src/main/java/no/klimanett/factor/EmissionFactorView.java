package no.klimanett.factor;

import java.math.BigDecimal;
import java.util.UUID;
import no.klimanett.ghg.EmissionCategory;

public record EmissionFactorView(UUID id, String code, String name, int scope, EmissionCategory category, String unit,
                                 BigDecimal kgCo2ePerUnit, String source) {

    static EmissionFactorView of(EmissionFactor f) {
        return new EmissionFactorView(f.id, f.code, f.name, f.scope, f.category, f.unit, f.kgCo2ePerUnit, f.source);
    }
}
