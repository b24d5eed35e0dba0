package no.klimanett.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.AuditLog;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.ProblemException;
import no.klimanett.common.Versioned;
import no.klimanett.common.Years;

/**
 * Base-year recalculations. The organisation's reporters record them (they own the figures); whoever may
 * read the organisation's submitted reports reads them. Restatements are never changed or deleted.
 */
@ApplicationScoped
public class RestatementService {

    static final String ENTITY = "restatement";

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ReportService reports;

    @Inject
    Clock clock;

    @Transactional
    public PageResponse<RestatementView> list(UUID organisationId, PageRequest page) {
        reports.requireReaderOf(organisationId);
        var query = Restatement.<Restatement>find("organisationId = ?1 order by year, recordedAt, id", organisationId);
        List<Restatement> rows = query.page(page.page(), page.size()).list();
        Map<Integer, ReportTotals> originals = reports.approvedTotals(organisationId,
                rows.stream().map(r -> r.year).distinct().toList());
        return PageResponse.of(rows.stream().map(r -> RestatementView.of(r, originals.get(r.year))).toList(), page,
                query.count());
    }

    @Transactional
    public Versioned<RestatementView> get(UUID organisationId, UUID id) {
        reports.requireReaderOf(organisationId);
        Restatement r = Restatement.findById(id);
        if (r == null || !r.organisationId.equals(organisationId)) throw ProblemException.notFound("Restatement " + id);
        return versioned(r);
    }

    @Transactional
    public Versioned<RestatementView> create(UUID organisationId, @Valid RestatementInput input) {
        reports.requireReaderOf(organisationId);
        if (!access.canEditReport(organisationId)) {
            throw ProblemException.forbidden("Only the organisation's reporters record restatements");
        }
        Years.checkReportable(new FieldErrors(), "year", input.year(), clock).throwIfAny();
        Restatement r = new Restatement();
        r.organisationId = organisationId;
        r.year = input.year();
        r.reasonType = input.reasonType();
        r.reason = input.reason().trim();
        r.scope1T = tonnes(input.scope1T());
        r.scope2LocationT = tonnes(input.scope2LocationT());
        r.scope2MarketT = tonnes(input.scope2MarketT());
        r.scope3T = tonnes(input.scope3T());
        r.recordedAt = clock.instant();
        r.recordedBy = access.caller().actor();
        r.persist();
        Map<String, Object> details = new HashMap<>();
        details.put("organisationId", organisationId.toString());
        details.put("year", r.year);
        details.put("reasonType", r.reasonType.name());
        audit.record(r.recordedBy, ENTITY, r.id, "recorded", details);
        return versioned(r);
    }

    /** Restatements never change, so their version (ETag) is always the first. */
    private Versioned<RestatementView> versioned(Restatement r) {
        var original = reports.approvedTotals(r.organisationId, List.of(r.year)).get(r.year);
        return new Versioned<>(RestatementView.of(r, original), 0);
    }

    private static BigDecimal tonnes(BigDecimal value) {
        return value == null ? null : value.setScale(ReportLineCalculator.SCALE, RoundingMode.UNNECESSARY);
    }
}
