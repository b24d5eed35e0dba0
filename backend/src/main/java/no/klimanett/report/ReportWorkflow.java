package no.klimanett.report;

import no.klimanett.common.FieldCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.klimanett.common.AuditLog;
import no.klimanett.common.Problem;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.common.Versioned;
import no.klimanett.ghg.EmissionCategory;

/**
 * The workflow of a yearly account: draft → submitted → approved; a submitted report can be returned to
 * draft with a comment; an approved one can be reopened, which keeps its approved content as a revision.
 * Every step checks If-Match, writes the audit log and fires {@link ReportStatusChanged} in its transaction.
 */
@ApplicationScoped
public class ReportWorkflow {

    @Inject
    ReportService reports;

    @Inject
    ReportLineStore lines;

    @Inject
    AuditLog audit;

    @Inject
    Event<ReportStatusChanged> statusChanged;

    @Inject
    ObjectMapper json;

    @Inject
    java.time.Clock clock;

    /**
     * Submitting needs a complete account: at least one line, and every one of the 15 scope-3 categories
     * either with lines or with a notation key (GHG Protocol: exclusions are disclosed and justified).
     */
    @Transactional
    public Versioned<ReportView> submit(UUID organisationId, int year, String ifMatch) {
        Report report = reports.editable(organisationId, year, ifMatch);
        requireStatus(report, ReportStatus.DRAFT, "submit");
        requireComplete(report);
        Instant now = clock.instant();
        report.submittedAt = now;
        report.submittedBy = reports.actor();
        report.returnComment = null; // it answered the previous submission; the audit log keeps it
        return move(report, ReportStatus.SUBMITTED, "submitted", Map.of(), now);
    }

    @Transactional
    public Versioned<ReportView> approve(UUID organisationId, int year, String ifMatch) {
        Report report = reports.reviewable(organisationId, year, ifMatch);
        requireStatus(report, ReportStatus.SUBMITTED, "approve");
        Instant now = clock.instant();
        report.approvedAt = now;
        report.approvedBy = reports.actor();
        return move(report, ReportStatus.APPROVED, "approved", Map.of(), now);
    }

    @Transactional
    public Versioned<ReportView> returnToReporter(UUID organisationId, int year, String ifMatch, @Valid ReturnInput input) {
        Report report = reports.reviewable(organisationId, year, ifMatch);
        requireStatus(report, ReportStatus.SUBMITTED, "return");
        report.returnComment = input.comment().trim();
        return move(report, ReportStatus.DRAFT, "returned", Map.of("comment", report.returnComment), clock.instant());
    }

    /** Keeps the approved content, exactly as it was served, as a revision; the next revision starts as a draft. */
    @Transactional
    public Versioned<ReportView> reopen(UUID organisationId, int year, String ifMatch, @Valid ReopenInput input) {
        Report report = reports.reviewable(organisationId, year, ifMatch);
        requireStatus(report, ReportStatus.APPROVED, "reopen");
        Instant now = clock.instant();
        ReportRevision kept = new ReportRevision();
        kept.reportId = report.id;
        kept.revision = report.revision;
        kept.snapshot = toJson(reports.view(report));
        kept.approvedAt = report.approvedAt;
        kept.approvedBy = report.approvedBy;
        kept.reopenedAt = now;
        kept.reopenedBy = reports.actor();
        kept.reopenReason = input.reason().trim();
        kept.persist();
        report.revision++;
        report.submittedAt = null;
        report.submittedBy = null;
        report.approvedAt = null;
        report.approvedBy = null;
        return move(report, ReportStatus.DRAFT, "reopened",
                Map.of("reason", kept.reopenReason, "keptRevision", kept.revision), now);
    }

    private Versioned<ReportView> move(Report report, ReportStatus to, String action, Map<String, Object> details,
                                       Instant now) {
        ReportStatus from = report.status;
        report.status = to;
        reports.touchAndFlush(report);
        Map<String, Object> all = new HashMap<>(details);
        all.put("from", from.name());
        all.put("to", to.name());
        all.put("revision", report.revision);
        audit.record(reports.actor(), ReportService.ENTITY, report.id, action, all);
        statusChanged.fire(new ReportStatusChanged(report.id, report.organisationId, report.year, from, to));
        return reports.versioned(report);
    }

    private static void requireStatus(Report report, ReportStatus required, String step) {
        if (report.status != required) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    "Cannot " + step + " a report that is " + report.status + "; only a " + required + " report");
        }
    }

    private void requireComplete(Report report) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (lines.count(report.id) == 0) {
            missing.add(new Problem.FieldError("lines", FieldCode.REQUIRED, "a report needs at least one line to be submitted"));
        }
        Set<EmissionCategory> covered = new java.util.HashSet<>(lines.categoriesOf(report.id));
        report.scope3Notations.forEach(n -> covered.add(n.category));
        for (EmissionCategory category : EmissionCategory.ofScope(3)) {
            if (!covered.contains(category)) {
                missing.add(Problem.FieldError.of("scope3Notations", FieldCode.REQUIRED, category + " (scope 3 category "
                        + category.ghgNumber() + ") needs lines or a notation key (NO, NE, IE or C) with a reason",
                        "category", category.name()));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    "The report is not complete enough to be submitted", missing);
        }
    }

    private String toJson(ReportView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
