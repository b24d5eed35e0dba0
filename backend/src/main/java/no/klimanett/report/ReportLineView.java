package no.klimanett.report;

import java.math.BigDecimal;
import java.util.UUID;

public record ReportLineView(UUID id, int position, int scope, EmissionCategory category, String activity,
                             BigDecimal quantity, String unit, UUID emissionFactorId, BigDecimal factorKgPerUnit,
                             String factorSource, BigDecimal marketFactorKgPerUnit, BigDecimal directT,
                             BigDecimal directMarketT, LineMethod method, BigDecimal emissionsT,
                             BigDecimal marketEmissionsT) {

    static ReportLineView of(ReportLine l) {
        return new ReportLineView(l.id, l.position, l.scope, l.category, l.activity, l.quantity, l.unit,
                l.emissionFactorId, l.factorKgPerUnit, l.factorSource, l.marketFactorKgPerUnit, l.directT,
                l.directMarketT, l.method, l.emissionsT, l.marketEmissionsT);
    }
}
