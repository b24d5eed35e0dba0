package no.klimanett.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import no.klimanett.ghg.EmissionCategory;

/**
 * Reads, writes and sums report lines. Lines are written with one INSERT … SELECT FROM unnest(arrays) per
 * call: a single round trip whatever the number of lines, which keeps a 100 000-line import fast without
 * putting every line into the persistence context.
 */
@ApplicationScoped
public class ReportLineStore {

    private static final String INSERT = """
            INSERT INTO report_line (id, report_id, position, scope, category, activity, quantity, unit,
                emission_factor_id, factor_kg_per_unit, factor_source, market_factor_kg_per_unit, direct_t,
                direct_market_t, emissions_t, market_emissions_t, method)
            SELECT t.id, ?, t.position, t.scope, t.category, t.activity, t.quantity, t.unit, t.factor_id,
                t.factor, t.source, t.market_factor, t.direct, t.direct_market, t.emissions, t.market_emissions,
                t.method
            FROM unnest(?::uuid[], ?::integer[], ?::smallint[], ?::text[], ?::text[], ?::numeric[], ?::text[],
                        ?::uuid[], ?::numeric[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                        ?::numeric[], ?::text[])
                AS t(id, position, scope, category, activity, quantity, unit, factor_id, factor, source,
                     market_factor, direct, direct_market, emissions, market_emissions, method)""";

    @Inject
    EntityManager em;

    /** A line ready to be stored: checked, with its figures computed and its factor copied. */
    public record NewLine(int scope, EmissionCategory category, String activity, BigDecimal quantity, String unit,
                          UUID emissionFactorId, BigDecimal factorKgPerUnit, String factorSource,
                          BigDecimal marketFactorKgPerUnit, BigDecimal directT, BigDecimal directMarketT,
                          ReportLineCalculator.Result figures) {}

    public List<ReportLine> linesOf(UUID reportId) {
        return ReportLine.list("reportId = ?1 order by position", reportId);
    }

    public int nextPosition(UUID reportId) {
        Integer max = em.createQuery("select max(l.position) from ReportLine l where l.reportId = :id", Integer.class)
                .setParameter("id", reportId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public long count(UUID reportId) {
        return ReportLine.count("reportId", reportId);
    }

    /** Which categories have lines, for the rules that compare lines with notation keys. */
    public List<EmissionCategory> categoriesOf(UUID reportId) {
        return em.createQuery("select distinct l.category from ReportLine l where l.reportId = :id", EmissionCategory.class)
                .setParameter("id", reportId).getResultList();
    }

    public void deleteAll(UUID reportId) {
        em.createQuery("delete from ReportLine l where l.reportId = :id").setParameter("id", reportId).executeUpdate();
    }

    /** Appends the lines at positions from {@code firstPosition} on. The report row must already be flushed. */
    public void insert(UUID reportId, int firstPosition, List<NewLine> lines) {
        if (lines.isEmpty()) return;
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                int i = 1;
                statement.setObject(i++, reportId);
                statement.setArray(i++, column(connection, lines, l -> UUID.randomUUID()));
                int[] position = {firstPosition};
                statement.setArray(i++, column(connection, lines, l -> position[0]++));
                statement.setArray(i++, column(connection, lines, NewLine::scope));
                statement.setArray(i++, column(connection, lines, NewLine::category));
                statement.setArray(i++, column(connection, lines, NewLine::activity));
                statement.setArray(i++, column(connection, lines, NewLine::quantity));
                statement.setArray(i++, column(connection, lines, NewLine::unit));
                statement.setArray(i++, column(connection, lines, NewLine::emissionFactorId));
                statement.setArray(i++, column(connection, lines, NewLine::factorKgPerUnit));
                statement.setArray(i++, column(connection, lines, NewLine::factorSource));
                statement.setArray(i++, column(connection, lines, NewLine::marketFactorKgPerUnit));
                statement.setArray(i++, column(connection, lines, NewLine::directT));
                statement.setArray(i++, column(connection, lines, NewLine::directMarketT));
                statement.setArray(i++, column(connection, lines, l -> l.figures().emissionsT()));
                statement.setArray(i++, column(connection, lines, l -> l.figures().marketEmissionsT()));
                statement.setArray(i, column(connection, lines, l -> l.figures().method()));
                statement.executeUpdate();
            }
        });
    }

    /** Every value travels as text and is cast by PostgreSQL, so decimals keep every digit. */
    private static Array column(Connection connection, List<NewLine> lines, Function<NewLine, Object> value)
            throws SQLException {
        String[] texts = new String[lines.size()];
        for (int i = 0; i < texts.length; i++) {
            Object v = value.apply(lines.get(i));
            texts[i] = v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        }
        return connection.createArrayOf("text", texts);
    }

    /** Totals of the given reports (see {@link ReportTotals} for what each figure means). */
    @SuppressWarnings("unchecked")
    public Map<UUID, ReportTotals> totals(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) return Map.of();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id,
                       sum(l.emissions_t) FILTER (WHERE l.scope = 1),
                       sum(l.emissions_t) FILTER (WHERE l.scope = 2),
                       sum(coalesce(l.market_emissions_t, l.emissions_t)) FILTER (WHERE l.scope = 2),
                       sum(l.emissions_t) FILTER (WHERE l.scope = 3),
                       r.biogenic_co2_t,
                       count(l.id)
                FROM report r LEFT JOIN report_line l ON l.report_id = r.id
                WHERE r.id IN (:ids)
                GROUP BY r.id""")
                .setParameter("ids", reportIds)
                .getResultList();
        Map<UUID, ReportTotals> totals = new HashMap<>();
        for (Object[] r : rows) {
            totals.put((UUID) r[0], new ReportTotals(tonnes(r[1]), tonnes(r[2]), tonnes(r[3]), tonnes(r[4]),
                    r[5] == null ? null : tonnes(r[5]), ((Number) r[6]).intValue()));
        }
        return totals;
    }

    /** A sum over no lines is zero tonnes, with the scale of every other figure. */
    private static BigDecimal tonnes(Object sum) {
        BigDecimal value = sum == null ? BigDecimal.ZERO : (BigDecimal) sum;
        return value.setScale(ReportLineCalculator.SCALE, RoundingMode.UNNECESSARY);
    }
}
