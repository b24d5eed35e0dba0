package no.klimanett.report;

import no.klimanett.network.NetworkService;
import no.klimanett.common.FieldCode;
import static no.klimanett.common.Text.blankToNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.auth.ActorNames;
import no.klimanett.common.AuditLog;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.Filters;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Preconditions;
import no.klimanett.common.Problem;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.common.Versioned;
import no.klimanett.common.Years;
import no.klimanett.factor.FactorRef;
import no.klimanett.factor.FactorService;
import no.klimanett.organisation.OrganisationService;
import no.klimanett.organisation.OrganisationSummary;
import no.klimanett.ghg.EmissionCategory;

/** Yearly accounts: creating and filling in drafts, reading them, the review queue and the history. */
@ApplicationScoped
public class ReportService {

    static final String ENTITY = "report";

    /** Lines per report (and per import): far above any real account, low enough to bound memory and time. */
    public static final int MAX_LINES = 100_000;

    /** A file with thousands of bad rows gets the first hundred errors: enough to see the pattern, small to send. */
    static final int MAX_REPORTED_ERRORS = 100;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ActorNames actorNames;

    @Inject
    ReportLineStore lines;

    @Inject
    FactorService factors;

    @Inject
    OrganisationService organisations;

    @Inject
    ReportCsv csv;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ReviewQueue reviewQueue;

    @Inject
    NetworkService networks;

    public record QueueFilter(ReportStatus status, UUID networkId, Integer year) {}

    @Transactional
    public PageResponse<ReportSummary> list(UUID organisationId, PageRequest page) {
        requireReaderOf(organisationId);
        boolean drafts = access.canSeeDrafts(organisationId);
        var filters = new Filters().always("organisationId = :org", "org", organisationId);
        if (!drafts) filters.always("status <> :draft", "draft", ReportStatus.DRAFT);
        var query = Report.<Report>find(filters.query("year desc"), filters.parameters());
        return PageResponse.of(summaries(query.page(page.page(), page.size()).list()), page, query.count());
    }

    /** Submitted (or other non-draft) reports of the organisations the caller reviews; administrators see all. */
    @Transactional
    public PageResponse<ReportSummary> queue(QueueFilter filter, PageRequest page) {
        requireLogin();
        if (filter.networkId() != null) networks.readable(filter.networkId());
        var scope = access.reviewScope(filter.networkId());
        ReportStatus status = filter.status() == null ? ReportStatus.SUBMITTED : filter.status();
        if (!scope.everything()) {
            if (scope.organisations().isEmpty()) return PageResponse.of(List.of(), page, 0);
            // reviewers see what was submitted; drafts stay the reporters' working copy
            if (status == ReportStatus.DRAFT) return PageResponse.of(List.of(), page, 0);
        }
        var found = reviewQueue.find(status, filter.year(), scope, page);
        return PageResponse.of(summaries(found.items()), page, found.total());
    }

    @Transactional
    public Versioned<ReportView> create(UUID organisationId, @Valid NewReportInput input) {
        requireLogin();
        if (!organisationExists(organisationId)) throw ProblemException.notFound("Organisation " + organisationId);
        if (!access.canEditReport(organisationId)) throw denied(organisationId, access.canReadReport(organisationId, false));
        Years.checkReportable(new FieldErrors(), "year", input.year(), clock)
                .check(input.factorSetId() == null || factors.setExists(input.factorSetId()), "factorSetId",
                        FieldCode.NOT_FOUND, "is not a known emission factor set")
                .throwIfAny();
        if (Report.count("organisationId = ?1 and year = ?2", organisationId, input.year()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "year: the organisation already has a report for " + input.year(),
                    List.of(new Problem.FieldError("year", FieldCode.ALREADY_EXISTS, "already has a report")));
        }
        Report report = new Report();
        report.organisationId = organisationId;
        report.year = input.year();
        if (input.consolidationApproach() != null) report.consolidationApproach = input.consolidationApproach();
        if (input.gwpSet() != null) report.gwpSet = input.gwpSet();
        report.factorSetId = input.factorSetId();
        report.createdAt = report.updatedAt = clock.instant();
        report.persist();
        audit.record(actor(), ENTITY, report.id, "created", Map.of("organisationId", organisationId.toString(),
                "year", report.year));
        return versioned(report);
    }

    @Transactional
    public Versioned<ReportView> get(UUID organisationId, int year) {
        return versioned(readable(organisationId, year));
    }

    @Transactional
    public Versioned<ReportView> update(UUID organisationId, int year, String ifMatch, @Valid ReportInput input) {
        Report report = editableDraft(organisationId, year, ifMatch);
        var errors = new FieldErrors();
        errors.check(input.factorSetId() == null || factors.setExists(input.factorSetId()), "factorSetId",
                FieldCode.NOT_FOUND, "is not a known emission factor set");
        var prepared = ReportLineRules.prepare(input.lines(), factorsOf(input.lines()), errors);
        ReportLineRules.checkNotations(input.scope3Notations(),
                input.lines().stream().map(ReportLineInput::category).toList(), errors);
        errors.throwIfAny();

        report.consolidationApproach = input.consolidationApproach();
        report.boundaryNote = blankToNull(input.boundaryNote());
        report.gwpSet = input.gwpSet();
        report.methodsNote = blankToNull(input.methodsNote());
        report.factorSetId = input.factorSetId();
        report.biogenicCo2T = input.biogenicCo2T();
        report.employees = input.employees();
        report.floorAreaM2 = input.floorAreaM2();
        report.revenueMnok = input.revenueMnok();
        report.scope3Notations.clear();
        input.scope3Notations().forEach(n -> report.scope3Notations.add(ReportNotation.of(n)));
        touchAndFlush(report);
        lines.deleteAll(report.id);
        lines.insert(report.id, 0, prepared);
        audit.record(actor(), ENTITY, report.id, "updated", Map.of("lines", prepared.size(),
                "scope3Notations", input.scope3Notations().size()));
        return versioned(report);
    }

    /** The result of an import: how many lines came in, and the report's totals after it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ReportLinesImport")
    public record ImportResult(int importedLines, ReportTotals totals) {}

    /** Appends the lines of a CSV file to the draft, all or nothing. */
    @Transactional
    public Versioned<ImportResult> importLines(UUID organisationId, int year, String ifMatch, String body) {
        Report report = editableDraft(organisationId, year, ifMatch);
        var errors = new FieldErrors();
        // rows that could not be read are null here, so that every error keeps the index of its row
        List<ReportLineInput> rows = csv.parse(body, report.factorSetId == null ? null
                : factors.factorsByCode(report.factorSetId), MAX_LINES, errors);
        long existing = lines.count(report.id);
        if (existing + rows.size() > MAX_LINES) {
            errors.add("lines", FieldCode.TOO_MANY, "a report holds at most " + MAX_LINES + " lines; it has " + existing,
                    "max", MAX_LINES);
        }
        var prepared = ReportLineRules.prepare(rows, factorsOf(rows), errors);
        List<EmissionCategory> categories = new ArrayList<>(lines.categoriesOf(report.id));
        rows.stream().filter(java.util.Objects::nonNull).forEach(l -> categories.add(l.category()));
        ReportLineRules.checkNotations(report.scope3Notations.stream().map(Scope3Notation::of).toList(), categories, errors);
        errors.throwIfAny(MAX_REPORTED_ERRORS);

        touchAndFlush(report);
        lines.insert(report.id, lines.nextPosition(report.id), prepared);
        audit.record(actor(), ENTITY, report.id, "lines-imported", Map.of("lines", prepared.size()));
        Report.flush();
        var totals = lines.totals(List.of(report.id)).get(report.id);
        return new Versioned<>(new ImportResult(prepared.size(), totals), report.version);
    }

    @Transactional
    public ReportHistory history(UUID organisationId, int year) {
        Report report = readable(organisationId, year);
        List<ReportRevision> kept = ReportRevision.list("reportId = ?1 order by revision", report.id);
        List<AuditLog.Event> events = audit.eventsOf(ENTITY, report.id);
        // who did it, by name: reporters and reviewers read the history, and "user:<uuid>" tells them nothing
        List<String> actors = new ArrayList<>(events.stream().map(AuditLog.Event::actor).toList());
        kept.forEach(r -> actors.addAll(Arrays.asList(r.approvedBy, r.reopenedBy)));
        Map<String, String> names = actorNames.of(actors);
        List<ReportHistory.Revision> revisions = kept.stream().map(r -> new ReportHistory.Revision(r.revision,
                r.approvedAt, r.approvedBy, names.get(r.approvedBy), r.reopenedAt, r.reopenedBy, names.get(r.reopenedBy),
                r.reopenReason, parse(r.snapshot))).toList();
        return new ReportHistory(events.stream().map(e -> e.named(names)).toList(), revisions);
    }

    // ------------------------------------------------------------------ shared with the workflow and restatements

    /** Anyone who may read some report of the organisation (its reporters, reviewers, viewers); 404 for others. */
    void requireReaderOf(UUID organisationId) {
        requireLogin();
        boolean reader = access.canSeeDrafts(organisationId) || access.canReadReport(organisationId, false);
        if (!reader || !organisationExists(organisationId)) {
            throw ProblemException.notFound("Organisation " + organisationId);
        }
    }

    /** Totals of the organisation's approved reports of the given years, by year. */
    Map<Integer, ReportTotals> approvedTotals(UUID organisationId, List<Integer> years) {
        if (years.isEmpty()) return Map.of();
        List<Report> approved = Report.list("organisationId = ?1 and year in ?2 and status = ?3", organisationId, years,
                ReportStatus.APPROVED);
        var totals = lines.totals(approved.stream().map(r -> r.id).toList());
        Map<Integer, ReportTotals> byYear = new HashMap<>();
        approved.forEach(r -> byYear.put(r.year, totals.get(r.id)));
        return byYear;
    }

    /** The report if the caller may read it in its current state; 404 otherwise, so nothing is revealed. */
    Report readable(UUID organisationId, int year) {
        requireLogin();
        Report report = find(organisationId, year);
        if (report == null || !access.canReadReport(organisationId, report.status == ReportStatus.DRAFT)) {
            throw notFound(organisationId, year);
        }
        return report;
    }

    /** The report for a step of its reporters (edit, import, submit), checked against If-Match. */
    Report editable(UUID organisationId, int year, String ifMatch) {
        return forStep(organisationId, year, ifMatch, access.canEditReport(organisationId),
                "Only the organisation's reporters change its account");
    }

    /** The report for a step of its reviewers (approve, return, reopen), checked against If-Match. */
    Report reviewable(UUID organisationId, int year, String ifMatch) {
        return forStep(organisationId, year, ifMatch, access.canReviewReport(organisationId, year),
                "Only coordinators of a network the organisation belonged to in " + year
                        + " or belongs to now review this account");
    }

    /**
     * Who cannot see the report in its current state gets 404 (a reviewer does not learn of a draft); who can
     * see it but not take this step gets 403. Only then is If-Match checked, and after it the workflow state.
     */
    private Report forStep(UUID organisationId, int year, String ifMatch, boolean allowed, String whoMay) {
        Report report = readable(organisationId, year);
        if (!allowed) throw ProblemException.forbidden(whoMay);
        Preconditions.requireIfMatch(ifMatch, report.version);
        return report;
    }

    Versioned<ReportView> versioned(Report report) {
        return new Versioned<>(view(report), report.version);
    }

    ReportView view(Report report) {
        Report.flush(); // the version and the lines as the database has them now
        return ReportView.of(report, lines.linesOf(report.id), lines.totals(List.of(report.id)).get(report.id));
    }

    void touchAndFlush(Report report) {
        report.touch(clock.instant());
        // the version check happens here, before any line is written, so a concurrent change loses cleanly
        Report.flush();
    }

    String actor() {
        return access.caller().actor();
    }

    // ------------------------------------------------------------------ internals

    private Report editableDraft(UUID organisationId, int year, String ifMatch) {
        Report report = editable(organisationId, year, ifMatch);
        if (report.status != ReportStatus.DRAFT) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    "Only a draft can be changed; this report is " + report.status
                            + (report.status == ReportStatus.APPROVED ? " (a coordinator can reopen it)" : ""));
        }
        return report;
    }

    private List<ReportSummary> summaries(List<Report> reports) {
        var totals = lines.totals(reports.stream().map(r -> r.id).toList());
        Map<UUID, OrganisationSummary> orgs = organisations.summaries(reports.stream().map(r -> r.organisationId).distinct().toList());
        return reports.stream().map(r -> new ReportSummary(r.id, orgs.get(r.organisationId), r.year, r.revision, r.status,
                r.submittedAt, r.approvedAt, r.updatedAt, r.demo, r.version, totals.get(r.id))).toList();
    }

    private Map<UUID, FactorRef> factorsOf(List<ReportLineInput> input) {
        var ids = new java.util.HashSet<UUID>();
        input.forEach(l -> {
            if (l != null && l.emissionFactorId() != null) ids.add(l.emissionFactorId());
        });
        return ids.isEmpty() ? new HashMap<>() : factors.factors(ids);
    }

    private boolean organisationExists(UUID organisationId) {
        return !organisations.summaries(List.of(organisationId)).isEmpty();
    }

    private static Report find(UUID organisationId, int year) {
        return Report.<Report>find("organisationId = ?1 and year = ?2", organisationId, year).firstResult();
    }

    /** Reports are never public: without a login nothing about them is answered but 401. */
    private void requireLogin() {
        if (access.caller().isAnonymous()) {
            throw ProblemException.unauthenticated("Log in to work with yearly reports");
        }
    }

    /** 403 for callers who may see the report but not do this; 404 for everyone else. */
    private static ProblemException denied(UUID organisationId, boolean maySee) {
        return maySee ? ProblemException.forbidden("Your role does not allow this step on this report")
                : ProblemException.notFound("Reports of organisation " + organisationId);
    }

    private static ProblemException notFound(UUID organisationId, int year) {
        return ProblemException.notFound("The " + year + " report of organisation " + organisationId);
    }

    /** Decimals exactly as kept (0.300 stays 0.300), not through a double. */
    private com.fasterxml.jackson.databind.JsonNode parse(String snapshot) {
        try {
            return json.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
                    .readTree(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept revision is not valid JSON", e);
        }
    }
}
