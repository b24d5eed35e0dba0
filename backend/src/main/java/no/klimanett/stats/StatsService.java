package no.klimanett.stats;

import no.klimanett.common.FieldErrors;
import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.ProblemException;
import no.klimanett.common.Years;
import no.klimanett.network.Network;
import no.klimanett.network.NetworkService;
import no.klimanett.stats.NetworkStats.Coverage;
import no.klimanett.stats.NetworkStats.Includes;
import no.klimanett.stats.NetworkStats.YearFigures;
import no.klimanett.stats.Pathways.Actual;
import no.klimanett.stats.Progress.CommitmentProgress;

/** Read-only figures of networks: access and privacy here, SQL in {@link StatsQueries}, arithmetic in {@link StatsMath}. */
@ApplicationScoped
public class StatsService {

    /** Default year range when none is given: the last ten years. */
    static final int DEFAULT_YEARS = 10;
    static final int MAX_COMPARED = 10;

    @Inject
    StatsQueries queries;

    @Inject
    NetworkService networks;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    public record YearRange(Integer from, Integer to) {}

    /** Who sees what of a network's figures; 404 for networks the caller cannot read, 403 without stats access. */
    public record Readable(Network network, Disclosure disclosure, boolean shared) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Readable readable(UUID networkId) {
        Network network = networks.readable(networkId);
        if (!access.canReadStats(networkId, network.isPublic())) {
            throw ProblemException.forbidden("Reading this network's figures needs the stats:read scope or a role in the network");
        }
        Disclosure.View view = access.canSeeOrganisationFigures(networkId) ? Disclosure.View.FULL : Disclosure.View.PUBLISHED;
        boolean shared = network.isPublic() && access.caller().isAnonymous();
        return new Readable(network, new Disclosure(view, network.publicationLevel, network.minGroupSize), shared);
    }

    @Transactional
    public NetworkStats networkStats(Readable r, YearRange range, List<Dimension> dimensions, Scope2Method method) {
        r.disclosure().check(dimensions);
        int to = range.to() == null ? Years.current(clock) : year("to", range.to());
        int from = range.from() == null ? Math.max(Years.FIRST, to - DEFAULT_YEARS + 1) : year("from", range.from());
        if (from > to) throw ProblemException.invalid("from", FieldCode.INCONSISTENT, "must not be after to", "other", "to");
        UUID id = r.network().id;
        Map<Integer, StatsQueries.NetworkYear> headline = queries.networkYears(id, from, to, method);
        Map<Integer, List<GroupFigures>> groups = new HashMap<>();
        if (!dimensions.isEmpty()) {
            for (StatsQueries.GroupRow row : queries.groups(queries.tree(id), from, to, method, dimensions)) {
                groups.computeIfAbsent(row.year(), y -> new ArrayList<>())
                        .add(GroupFigures.of(row.key(), row.organisationName(), row.organisations(), row.emissions()));
            }
        }
        List<YearFigures> years = new ArrayList<>();
        long reports = 0;
        List<Integer> reportYears = new ArrayList<>();
        Instant asOf = null;
        for (int year = from; year <= to; year++) {
            var figures = headline.getOrDefault(year, StatsQueries.NetworkYear.empty(year));
            Emissions e = figures.emissions();
            years.add(new YearFigures(year, e.scope1(), e.scope2(), e.scope12(), e.scope3(),
                    Coverage.of(figures.members(), figures.reporting(), e),
                    r.disclosure().fold(groups.getOrDefault(year, List.of()), dimensions)));
            reports += figures.reporting();
            if (figures.reporting() > 0) reportYears.add(year);
            asOf = latest(asOf, figures.asOf());
        }
        return new NetworkStats(id, from, to, method, dimensions.stream().map(Dimension::parameterValue).toList(),
                r.disclosure(), new Includes(reports, reportYears, asOf), years);
    }

    @Transactional
    public LikeForLike likeForLike(Readable r, Integer fromYear, Integer toYear, Scope2Method method) {
        new FieldErrors().check(fromYear != null, "from", FieldCode.REQUIRED, "is required")
                .check(toYear != null, "to", FieldCode.REQUIRED, "is required").throwIfAny();
        int a = year("from", fromYear), b = year("to", toYear);
        if (a >= b) throw ProblemException.invalid("from", FieldCode.INCONSISTENT, "must be before to", "other", "to");
        var row = queries.likeForLike(queries.tree(r.network().id), a, b, method);
        var from = LikeForLike.Totals.of(row.fromYear());
        var to = LikeForLike.Totals.of(row.toYear());
        List<Integer> years = row.organisations() == 0 ? List.of() : List.of(a, b);
        return new LikeForLike(r.network().id, a, b, method, row.organisations(),
                new Includes(2 * row.organisations(), years, row.asOf()), from, to, LikeForLike.Change.between(from, to));
    }

    @Transactional
    public Progress progress(Readable r, Integer evaluationYear, Scope2Method method) {
        int year = evaluationYear == null ? Years.current(clock) : year("year", evaluationYear);
        UUID id = r.network().id;
        List<StatsQueries.CommitmentRow> commitments = queries.commitments(id);
        Set<UUID> organisations = new HashSet<>();
        int firstYear = year;
        for (var c : commitments) {
            if (c.organisationId() != null) organisations.add(c.organisationId());
            else if (c.baseYear() != null) firstYear = Math.min(firstYear, c.baseYear());
        }
        // the network's own actuals are its yearly totals; partners' are their own approved reports
        NavigableMap<Integer, Actual> network = new TreeMap<>();
        Map<Integer, StatsQueries.NetworkYear> headline = Map.of();
        if (commitments.stream().anyMatch(c -> c.organisationId() == null)) {
            headline = queries.networkYears(id, firstYear, year, method);
            for (var figures : headline.values()) {
                if (figures.reporting() == 0) continue;
                Long employees = figures.reportingWithoutEmployees() == 0 ? figures.employees() : null;
                network.put(figures.year(), new Actual(figures.emissions(), employees));
            }
        }
        Map<UUID, NavigableMap<Integer, Actual>> partners = new HashMap<>();
        Map<UUID, Map<Integer, Instant>> approvals = new HashMap<>();
        for (var oy : queries.organisationYears(organisations, year, method)) {
            partners.computeIfAbsent(oy.organisationId(), o -> new TreeMap<>()).put(oy.year(), new Actual(oy.emissions(), oy.employees()));
            approvals.computeIfAbsent(oy.organisationId(), o -> new HashMap<>()).put(oy.year(), oy.approvedAt());
        }
        boolean showPartners = r.disclosure().showsOrganisations();
        List<CommitmentProgress> shown = new ArrayList<>();
        long onTrack = 0, offTrack = 0, noData = 0, reports = 0;
        Set<Integer> years = new java.util.TreeSet<>();
        Instant asOf = null;
        for (var c : commitments) {
            boolean own = c.organisationId() == null;
            var result = Pathways.evaluate(c, own ? network : partners.getOrDefault(c.organisationId(), new TreeMap<>()), year);
            if (!own) {
                switch (result.status()) {
                    case ON_TRACK -> onTrack++;
                    case OFF_TRACK -> offTrack++;
                    case NO_DATA -> noData++;
                }
                if (!showPartners) continue;
            }
            shown.add(result);
            if (result.actualYear() != null) {
                years.add(result.actualYear());
                if (own) {
                    var figures = headline.get(result.actualYear());
                    reports += figures.reporting();
                    asOf = latest(asOf, figures.asOf());
                } else {
                    reports++;
                    asOf = latest(asOf, approvals.get(c.organisationId()).get(result.actualYear()));
                }
            }
        }
        return new Progress(id, year, method, r.disclosure(), new Includes(reports, List.copyOf(years), asOf),
                new Progress.Summary(onTrack, offTrack, noData), shown);
    }

    /** The same year's figures of several networks, each of which the caller must be able to read figures of. */
    @Transactional
    public Comparison compare(List<UUID> networkIds, Integer year, Scope2Method method) {
        if (networkIds.isEmpty()) throw ProblemException.invalid("networkId", FieldCode.REQUIRED, "give at least one network");
        if (networkIds.size() > MAX_COMPARED) {
            throw ProblemException.invalid("networkId", FieldCode.TOO_MANY, "at most " + MAX_COMPARED + " networks",
                    "max", MAX_COMPARED);
        }
        int y = year == null ? Years.current(clock) : year("year", year);
        List<Comparison.NetworkFigures> rows = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(networkIds)) {
            Network n = readable(id).network();
            var cov = queries.networkYears(id, y, y, method).getOrDefault(y, StatsQueries.NetworkYear.empty(y));
            Emissions e = cov.emissions();
            long perEmployee = cov.reportingWithoutEmployees() == 0 ? cov.employees() : 0;
            rows.add(new Comparison.NetworkFigures(id, n.slug, n.name, cov.members(), cov.reporting(), cov.employees(),
                    cov.reportingWithoutEmployees(), e.scope12(), e.scope3(), StatsMath.per(e.scope12(), cov.reporting()),
                    StatsMath.per(e.scope3(), cov.reporting()), StatsMath.per(e.scope12(), perEmployee),
                    StatsMath.per(e.scope3(), perEmployee), cov.asOf()));
        }
        return new Comparison(y, method, rows);
    }

    /** Whether every network compared may be cached by shared caches (all public, caller anonymous). */
    @Transactional
    public boolean shared(List<UUID> networkIds) {
        return access.caller().isAnonymous()
                && networkIds.stream().map(id -> networks.readable(id)).allMatch(Network::isPublic);
    }

    private int year(String field, int year) {
        Years.checkReportable(new FieldErrors(), field, year, clock).throwIfAny();
        return year;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
