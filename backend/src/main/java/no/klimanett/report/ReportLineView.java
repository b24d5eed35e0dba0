package no.klimanett.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;
import no.klimanett.ghg.EmissionCategory;

public record ReportLineView(UUID id, int position, int scope, EmissionCategory category, @Schema(nullable = true) String activity,
                             @Schema(nullable = true) BigDecimal quantity, @Schema(nullable = true) String unit, @Schema(nullable = true) UUID emissionFactorId, @Schema(nullable = true) BigDecimal factorKgPerUnit,
                             @Schema(nullable = true) String factorSource, @Schema(nullable = true) BigDecimal marketFactorKgPerUnit, @Schema(nullable = true) BigDecimal directT,
                             @Schema(nullable = true) BigDecimal directMarketT, LineMethod method, BigDecimal emissionsT,
                             @Schema(nullable = true) BigDecimal marketEmissionsT) {

    static ReportLineView of(ReportLine l) {
        return new ReportLineView(l.id, l.position, l.scope, l.category, l.activity, l.quantity, l.unit,
                l.emissionFactorId, l.factorKgPerUnit, l.factorSource, l.marketFactorKgPerUnit, l.directT,
                l.directMarketT, l.method, l.emissionsT, l.marketEmissionsT);
    }
}
