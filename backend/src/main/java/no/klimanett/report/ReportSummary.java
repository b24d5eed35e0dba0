package no.klimanett.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import no.klimanett.organisation.OrganisationSummary;

/** A report in lists (an organisation's years, the review queue): state and totals, without lines. */
public record ReportSummary(UUID id, OrganisationSummary organisation, int year, int revision, ReportStatus status,
                            @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant approvedAt, Instant updatedAt, boolean demo, long version,
                            ReportTotals totals) {}
