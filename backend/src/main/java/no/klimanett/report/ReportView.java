package no.klimanett.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klimanett.ghg.GwpSet;
import no.klimanett.ghg.ConsolidationApproach;

/** A yearly account with its lines, notation keys and totals. Also the snapshot kept when it is reopened. */
public record ReportView(
        UUID id,
        UUID organisationId,
        int year,
        int revision,
        ReportStatus status,
        ConsolidationApproach consolidationApproach,
        @Schema(nullable = true) String boundaryNote,
        GwpSet gwpSet,
        @Schema(nullable = true) String methodsNote,
        @Schema(nullable = true) UUID factorSetId,
        @Schema(nullable = true) BigDecimal biogenicCo2T,
        @Schema(nullable = true) Integer employees,
        @Schema(nullable = true) BigDecimal floorAreaM2,
        @Schema(nullable = true) BigDecimal revenueMnok,
        @Schema(nullable = true) String returnComment,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) String submittedBy,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) String approvedBy,
        boolean demo,
        Instant createdAt,
        Instant updatedAt,
        List<ReportLineView> lines,
        List<Scope3Notation> scope3Notations,
        ReportTotals totals) {

    static ReportView of(Report r, List<ReportLine> lines, ReportTotals totals) {
        return new ReportView(r.id, r.organisationId, r.year, r.revision, r.status, r.consolidationApproach,
                r.boundaryNote, r.gwpSet, r.methodsNote, r.factorSetId, r.biogenicCo2T, r.employees, r.floorAreaM2,
                r.revenueMnok, r.returnComment, r.submittedAt, r.submittedBy, r.approvedAt, r.approvedBy, r.demo,
                r.createdAt, r.updatedAt, lines.stream().map(ReportLineView::of).toList(),
                r.scope3Notations.stream().map(Scope3Notation::of)
                        .sorted(java.util.Comparator.comparing(n -> n.category().ordinal())).toList(),
                totals);
    }
}
