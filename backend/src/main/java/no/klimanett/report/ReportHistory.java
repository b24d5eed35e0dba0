package no.klimanett.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import no.klimanett.common.AuditLog;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything that happened to a report, and the approved content of every revision that was reopened. */
public record ReportHistory(List<AuditLog.Event> events, List<Revision> revisions) {

    /** The snapshot is the report as it was approved, exactly as it was served then. */
    @Schema(name = "ReportRevision")
    public record Revision(int revision, @Schema(nullable = true) Instant approvedAt, @Schema(nullable = true) String approvedBy,
                           @Schema(nullable = true) String approvedByName, Instant reopenedAt, String reopenedBy,
                           @Schema(nullable = true) String reopenedByName, String reopenReason,
                           @Schema(ref = "ReportView") JsonNode snapshot) {}
}
