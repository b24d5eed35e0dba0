package no.klimanett.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL of the figures, in one place. Every query reads the aggregate tables of V4–V7__stats
 * ({@code network_year_figures}: a network-year's headline; {@code org_year_report}: one row per approved report
 * with its totals; {@code org_year_emissions}: per scope and category, for those breakdowns), the last two joined
 * with memberships; none reads report lines.
 *
 * <p>Definitions (the same words are used in openapi and docs/stats.md):
 * <ul>
 *   <li><b>members of a network in year Y</b>: organisations with a membership of the network, or of any
 *       network below it (umbrella roll-up, recursively), at any time in Y — each organisation once;</li>
 *   <li><b>network figure for Y</b>: the sum over the approved reports for Y of those members;</li>
 *   <li><b>reporting members</b>: members with an approved report for Y (a report with no lines counts, as 0).</li>
 * </ul>
 */
@ApplicationScoped
public class StatsQueries {

    /**
     * The network and every network below it. Read first, on its own: given to the figure queries as a list, the
     * planner knows how few networks there are and looks members up by index instead of scanning.
     * UNION (not UNION ALL) ends a cycle should one ever exist.
     */
    static final String TREE = """
            WITH RECURSIVE tree(id) AS (
                SELECT CAST(:network AS uuid)
                UNION
                SELECT n.id FROM network n JOIN tree t ON n.parent_id = t.id
            )
            SELECT id FROM tree""";

    /** (year, organisation) for every member of the networks at any time in each year of [from, to], each once. */
    static final String MEMBERS = """
            members AS (
                SELECT DISTINCT y.year, m.organisation_id
                FROM generate_series(CAST(:from AS integer), CAST(:to AS integer)) AS y(year)
                JOIN membership m ON m.network_id IN (:networks)
                 AND m.joined_on <= make_date(y.year, 12, 31)
                 AND (m.left_on IS NULL OR m.left_on >= make_date(y.year, 1, 1))
            )""";

    /**
     * The rows of one member-year, for a LATERAL join from {@code members mb}. OFFSET 0 keeps it a key look-up
     * per member-year: flattened into a plain join, the planner (which cannot know how few members a network has)
     * prefers scanning the whole aggregate table, and the cost would grow with the country instead of the network.
     */
    static final String MEMBER_YEAR = " WHERE organisation_id = mb.organisation_id AND year = mb.year OFFSET 0";

    /** The four sums of {@link Emissions} over rows {@code e} of org_year_emissions (breakdowns by scope, category). */
    static final String SUMS = """
            coalesce(sum(e.location_t) FILTER (WHERE e.scope = 1), 0) AS scope1_t,
            coalesce(sum(CASE WHEN :market THEN e.market_t ELSE e.location_t END) FILTER (WHERE e.scope = 2), 0) AS scope2_t,
            coalesce(sum(e.location_t) FILTER (WHERE e.scope = 3), 0) AS scope3_t,
            coalesce(sum(CASE WHEN :market THEN e.direct_market_t ELSE e.direct_location_t END)
                     FILTER (WHERE e.scope IN (1, 2)), 0) AS direct12_t""";

    /** The same four sums over rows {@code r} of org_year_report, which holds each approved report's totals. */
    static final String REPORT_SUMS = """
            coalesce(sum(r.scope1_t), 0) AS scope1_t,
            coalesce(sum(CASE WHEN :market THEN r.scope2_market_t ELSE r.scope2_location_t END), 0) AS scope2_t,
            coalesce(sum(r.scope3_t), 0) AS scope3_t,
            coalesce(sum(CASE WHEN :market THEN r.direct12_market_t ELSE r.direct12_location_t END), 0) AS direct12_t""";


    @Inject
    EntityManager em;

    /** The network and the networks below it (umbrella roll-up). */
    public List<UUID> tree(UUID network) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(TREE, UUID.class).setParameter("network", network).getResultList();
        return ids;
    }

    /**
     * A network-year's headline: members, reporting members and their employees (with how many reported none), the
     * latest approval included, and the sums of the scope-2 method asked for.
     */
    public record NetworkYear(int year, long members, long reporting, long employees, long reportingWithoutEmployees,
                              Instant asOf, Emissions emissions) {
        static NetworkYear empty(int year) {
            return new NetworkYear(year, 0, 0, 0, 0, null, Emissions.ZERO);
        }
    }

    /**
     * Per year of [from, to]: the materialised row of network_year_figures (V7), or when there is none — a year
     * nothing has touched yet — the same figures computed on the spot. LIMIT 1 over UNION ALL stops at the first
     * branch that has a row, so the computation runs only for missing years.
     */
    public Map<Integer, NetworkYear> networkYears(UUID network, int from, int to, Scope2Method method) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT y.year, f.members, f.reporting, f.employees, f.reporting_without_employees, f.as_of, f.scope1_t,
                       CASE WHEN :market THEN f.scope2_market_t ELSE f.scope2_location_t END,
                       f.scope3_t,
                       CASE WHEN :market THEN f.direct12_market_t ELSE f.direct12_location_t END
                FROM generate_series(CAST(:from AS integer), CAST(:to AS integer)) AS y(year)
                CROSS JOIN LATERAL (
                    (SELECT * FROM network_year_figures WHERE network_id = :network AND year = y.year)
                    UNION ALL
                    (SELECT * FROM stats_network_year_from_scratch(:network, y.year))
                    LIMIT 1) f""")
                .setParameter("network", network)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("market", method == Scope2Method.MARKET)
                .getResultList();
        Map<Integer, NetworkYear> result = new HashMap<>();
        for (Object[] r : rows) {
            int year = ((Number) r[0]).intValue();
            result.put(year, new NetworkYear(year, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), instant(r[5]), emissions(r, 6)));
        }
        return result;
    }

    /** One group of a year's figures (see {@link #groups}). */
    public record GroupRow(int year, Map<Dimension, String> key, String organisationName, long organisations, Emissions emissions) {}

    /**
     * Per year, the groups of the given dimensions (at least one), from member-years of the networks. Breakdowns by
     * scope or category read org_year_emissions; everything else the one-row-per-report totals.
     */
    public List<GroupRow> groups(List<UUID> networks, int from, int to, Scope2Method method, List<Dimension> dimensions) {
        boolean byLine = dimensions.contains(Dimension.SCOPE) || dimensions.contains(Dimension.CATEGORY);
        boolean byOrganisation = dimensions.contains(Dimension.SECTOR) || dimensions.contains(Dimension.ORGANISATION);
        String columns = dimensions.stream().map(d -> d.column).collect(Collectors.joining(", "));
        String source = byLine
                ? "CROSS JOIN LATERAL (SELECT * FROM org_year_emissions e" + MEMBER_YEAR + ") e\n"
                : "CROSS JOIN LATERAL (SELECT * FROM org_year_report r" + MEMBER_YEAR + ") r\n";
        String sql = "WITH " + MEMBERS + "\n"
                + "SELECT mb.year, " + columns + ", "
                + (dimensions.contains(Dimension.ORGANISATION) ? "min(o.name)" : "NULL") + " AS organisation_name, "
                + "count(DISTINCT mb.organisation_id) AS organisations,\n"
                + (byLine ? SUMS : REPORT_SUMS) + "\n"
                + "FROM members mb\n" + source
                + (byOrganisation ? "JOIN organisation o ON o.id = mb.organisation_id\n" : "")
                + "GROUP BY mb.year, " + columns + "\n"
                + "ORDER BY mb.year, " + columns;
        List<GroupRow> result = new ArrayList<>();
        for (Object[] r : rows(sql, networks, from, to, method)) {
            Map<Dimension, String> key = new java.util.EnumMap<>(Dimension.class);
            for (int i = 0; i < dimensions.size(); i++) key.put(dimensions.get(i), (String) r[1 + i]);
            int at = 1 + dimensions.size();
            result.add(new GroupRow(((Number) r[0]).intValue(), key, (String) r[at], ((Number) r[at + 1]).longValue(),
                    emissions(r, at + 2)));
        }
        return result;
    }

    /** Like-for-like: the organisations that were members in both years and have approved reports for both. */
    public record LikeForLikeRow(long organisations, Emissions fromYear, Emissions toYear, Instant asOf) {}

    public LikeForLikeRow likeForLike(List<UUID> networks, int from, int to, Scope2Method method) {
        String sql = "WITH " + MEMBERS + """
                ,
                both_years AS (
                    SELECT r.organisation_id, max(r.approved_at) AS approved_at
                    FROM members mb
                    JOIN org_year_report r ON r.organisation_id = mb.organisation_id AND r.year = mb.year
                    WHERE mb.year IN (:from, :to)
                    GROUP BY r.organisation_id
                    HAVING count(*) = 2
                ),
                sums AS (
                    SELECT r.year, %s
                    FROM org_year_report r
                    WHERE r.organisation_id IN (SELECT organisation_id FROM both_years) AND r.year IN (:from, :to)
                    GROUP BY r.year
                )
                SELECT (SELECT count(*) FROM both_years), (SELECT max(approved_at) FROM both_years), y.year,
                       coalesce(s.scope1_t, 0), coalesce(s.scope2_t, 0), coalesce(s.scope3_t, 0), coalesce(s.direct12_t, 0)
                FROM (VALUES (CAST(:from AS integer)), (CAST(:to AS integer))) AS y(year)
                LEFT JOIN sums s ON s.year = y.year
                ORDER BY y.year""".formatted(REPORT_SUMS);
        List<Object[]> rows = rows(sql, networks, from, to, method);
        return new LikeForLikeRow(((Number) rows.get(0)[0]).longValue(), emissions(rows.get(0), 3), emissions(rows.get(1), 3),
                instant(rows.get(0)[1]));
    }

    /** An organisation's own figures for one year (its approved report), with its per-employee denominator. */
    public record OrganisationYear(UUID organisationId, int year, Long employees, Emissions emissions, Instant approvedAt) {}

    public List<OrganisationYear> organisationYears(Collection<UUID> organisations, int to, Scope2Method method) {
        if (organisations.isEmpty()) return List.of();
        String sql = """
                SELECT r.organisation_id, r.year, r.employees, r.approved_at, %s
                FROM org_year_report r
                WHERE r.organisation_id IN (:organisations) AND r.year <= :to
                GROUP BY r.organisation_id, r.year, r.employees, r.approved_at
                ORDER BY r.organisation_id, r.year""".formatted(REPORT_SUMS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("organisations", organisations)
                .setParameter("to", to)
                .setParameter("market", method == Scope2Method.MARKET)
                .getResultList();
        return rows.stream().map(r -> new OrganisationYear((UUID) r[0], ((Number) r[1]).intValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), emissions(r, 4), instant(r[3]))).toList();
    }

    /** The quantitative commitments of a network: its own (organisation null) and its partners'. */
    public record CommitmentRow(UUID id, String title, UUID organisationId, String organisationName, String targetType,
                                String intensityMetric, boolean scope1, boolean scope2, boolean scope3, Integer baseYear,
                                BigDecimal baseYearEmissions, Integer targetYear, BigDecimal reductionPct,
                                BigDecimal targetLevel, String status) {}

    public List<CommitmentRow> commitments(UUID network) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.title, c.organisation_id, o.name, c.target_type, c.intensity_metric,
                       coalesce(c.scope1_coverage_pct, 0) > 0, coalesce(c.scope2_coverage_pct, 0) > 0,
                       coalesce(c.scope3_coverage_pct, 0) > 0, c.base_year, c.base_year_emissions_t, c.target_year,
                       c.reduction_pct, c.target_level_t, c.status
                FROM commitment c
                LEFT JOIN organisation o ON o.id = c.organisation_id
                WHERE c.network_id = :network AND c.target_type <> 'ACTION'
                ORDER BY c.organisation_id IS NOT NULL, o.name, c.title, c.id""")
                .setParameter("network", network)
                .getResultList();
        return rows.stream().map(r -> new CommitmentRow((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], (String) r[5], (Boolean) r[6], (Boolean) r[7], (Boolean) r[8], integer(r[9]),
                (BigDecimal) r[10], integer(r[11]), (BigDecimal) r[12], (BigDecimal) r[13], (String) r[14])).toList();
    }

    private List<Object[]> rows(String sql, List<UUID> networks, int from, int to, Scope2Method method) {
        var query = em.createNativeQuery(sql)
                .setParameter("networks", networks)
                .setParameter("from", from)
                .setParameter("to", to);
        if (method != null) query.setParameter("market", method == Scope2Method.MARKET);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static Emissions emissions(Object[] r, int at) {
        return new Emissions((BigDecimal) r[at], (BigDecimal) r[at + 1], (BigDecimal) r[at + 2], (BigDecimal) r[at + 3]);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static Instant instant(Object value) {
        if (value == null) return null;
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        if (value instanceof Timestamp t) return t.toInstant();
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
