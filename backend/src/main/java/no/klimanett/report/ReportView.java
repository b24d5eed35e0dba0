package no.klimanett.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A yearly account with its lines, notation keys and totals. Also the snapshot kept when it is reopened. */
public record ReportView(
        UUID id,
        UUID organisationId,
        int year,
        int revision,
        ReportStatus status,
        ConsolidationApproach consolidationApproach,
        String boundaryNote,
        GwpSet gwpSet,
        String methodsNote,
        UUID factorSetId,
        BigDecimal biogenicCo2T,
        Integer employees,
        BigDecimal floorAreaM2,
        BigDecimal revenueMnok,
        String returnComment,
        Instant submittedAt,
        String submittedBy,
        Instant approvedAt,
        String approvedBy,
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
