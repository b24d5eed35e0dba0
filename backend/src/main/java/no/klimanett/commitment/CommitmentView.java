package no.klimanett.commitment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A commitment as the API shows it. statusHistory is filled for a single commitment and null in lists. */
public record CommitmentView(
        UUID id,
        UUID networkId,
        @Schema(nullable = true) UUID organisationId,
        String title,
        @Schema(nullable = true) String description,
        TargetType targetType,
        @Schema(nullable = true) IntensityMetric intensityMetric,
        @Schema(nullable = true) ScopeCoverage scopeCoverage,
        @Schema(nullable = true) Integer baseYear,
        @Schema(nullable = true) BigDecimal baseYearEmissionsT,
        @Schema(nullable = true) Integer targetYear,
        @Schema(nullable = true) BigDecimal reductionPct,
        @Schema(nullable = true) BigDecimal targetLevelT,
        @Schema(nullable = true) String actionCategory,
        @Schema(nullable = true) LocalDate dueOn,
        CommitmentStatus status,
        boolean demo,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "Oldest first; null in lists (ask for the single commitment)")
        List<StatusChange> statusHistory) {

    public record StatusChange(@Schema(nullable = true) CommitmentStatus fromStatus, CommitmentStatus toStatus,
                               @Schema(nullable = true) String comment, Instant changedAt, String changedBy) {

        static StatusChange of(CommitmentStatusChange c) {
            return new StatusChange(c.fromStatus, c.toStatus, c.comment, c.changedAt, c.changedBy);
        }
    }

    static CommitmentView of(Commitment c, List<StatusChange> history) {
        ScopeCoverage coverage = c.scope1CoveragePct == null && c.scope2CoveragePct == null && c.scope3CoveragePct == null
                ? null : new ScopeCoverage(c.scope1CoveragePct, c.scope2CoveragePct, c.scope3CoveragePct);
        return new CommitmentView(c.id, c.networkId, c.organisationId, c.title, c.description, c.targetType,
                c.intensityMetric, coverage, c.baseYear, c.baseYearEmissionsT, c.targetYear, c.reductionPct, c.targetLevelT,
                c.actionCategory, c.dueOn, c.status, c.demo, c.createdAt, c.updatedAt, history);
    }
}
