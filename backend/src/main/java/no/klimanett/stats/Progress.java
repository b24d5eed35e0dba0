package no.klimanett.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.Csv;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /networks/{id}/stats/progress: every quantitative commitment of the network (its own and its partners')
 * against the straight line from its base year value to its target. Callers who may not see organisations get
 * the network's own commitments and only the counts of the partners'.
 */
public record Progress(UUID networkId, int year, Scope2Method scope2Method, Disclosure disclosure,
                       NetworkStats.Includes includes, Summary partners, List<CommitmentProgress> commitments) implements Csv.Table {

    @Schema(name = "ProgressStatus")
    public enum Status { ON_TRACK, OFF_TRACK, NO_DATA }

    @Schema(name = "PartnerProgressSummary")
    public record Summary(long onTrack, long offTrack, long noData) {}

    /**
     * unit is tCO2e, or tCO2e per employee for intensity targets. expected is the pathway at actualYear; deviation
     * is actual − expected (negative: ahead of the pathway). reason says why a commitment has NO_DATA.
     */
    public record CommitmentProgress(UUID commitmentId, String title, @Schema(nullable = true) UUID organisationId,
                                     @Schema(nullable = true) String organisationName, String targetType,
                                     String commitmentStatus, List<Integer> scopes, String unit,
                                     @Schema(nullable = true) Integer baseYear, @Schema(nullable = true) BigDecimal baseValue,
                                     @Schema(nullable = true) Integer targetYear, @Schema(nullable = true) BigDecimal targetValue,
                                     @Schema(nullable = true) Integer actualYear, @Schema(nullable = true) BigDecimal actualValue,
                                     @Schema(nullable = true) BigDecimal expectedValue, @Schema(nullable = true) BigDecimal deviation,
                                     Status status, @Schema(nullable = true) String reason) {}

    public static final List<String> CSV_HEADER = List.of("commitment_id", "title", "organisation_id", "organisation_name",
            "target_type", "commitment_status", "scopes", "unit", "base_year", "base_value", "target_year", "target_value",
            "actual_year", "actual_value", "expected_value", "deviation", "status", "reason");

    @Override
    public List<String> csvHeader() {
        return CSV_HEADER;
    }

    @Override
    public List<List<Object>> csvRows() {
        return commitments.stream().map(c -> java.util.stream.Stream.<Object>of(c.commitmentId(), c.title(),
                c.organisationId(), c.organisationName(), c.targetType(), c.commitmentStatus(),
                String.join(" ", c.scopes().stream().map(String::valueOf).toList()), c.unit(), c.baseYear(), c.baseValue(),
                c.targetYear(), c.targetValue(), c.actualYear(), c.actualValue(), c.expectedValue(), c.deviation(), c.status(),
                c.reason()).map(NetworkStats::nullable).toList()).toList();
    }
}
