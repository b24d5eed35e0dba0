package no.klimanett.report;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction of the workflow step, whenever a report's status changes.
 * The stats feature observes it to keep its aggregate tables exact in the same transaction.
 */
public record ReportStatusChanged(UUID reportId, UUID organisationId, int year, ReportStatus from, ReportStatus to) {}
