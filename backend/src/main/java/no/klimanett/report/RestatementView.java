package no.klimanett.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A restatement with, beside it, the totals of the year's approved report ({@code original}; null when the
 * year has no approved report in Klimanett, e.g. a base year from before the organisation joined).
 */
public record RestatementView(UUID id, UUID organisationId, int year, RestatementReason reasonType, String reason,
                              BigDecimal scope1T, BigDecimal scope2LocationT, @Schema(nullable = true) BigDecimal scope2MarketT,
                              @Schema(nullable = true) BigDecimal scope3T, Instant recordedAt, String recordedBy, @Schema(nullable = true) ReportTotals original) {

    static RestatementView of(Restatement r, ReportTotals original) {
        return new RestatementView(r.id, r.organisationId, r.year, r.reasonType, r.reason, r.scope1T, r.scope2LocationT,
                r.scope2MarketT, r.scope3T, r.recordedAt, r.recordedBy, original);
    }
}
