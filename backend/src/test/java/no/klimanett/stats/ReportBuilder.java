package no.klimanett.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klimanett.membership.MembershipsChanged;
import no.klimanett.report.ReportStatus;
import no.klimanett.report.ReportStatusChanged;

/**
 * Test data for yearly reports, written with SQL, and workflow steps that fire {@link ReportStatusChanged} in the
 * same transaction as the status change, as the report workflow does. (The report feature lands on main in steps;
 * this builder lets the figures be tested without depending on its endpoints.)
 */
@ApplicationScoped
public class ReportBuilder {

    @Inject
    EntityManager em;

    @Inject
    Event<ReportStatusChanged> events;

    @Inject
    Event<MembershipsChanged> membershipsChanged;

    /** A report line: either a direct figure or quantity × factor (kg CO2e per unit), scope 2 optionally market-based. */
    public record Line(int scope, String category, String method, BigDecimal quantity, BigDecimal factorKg,
                       BigDecimal marketFactorKg, BigDecimal direct, BigDecimal directMarket) {

        BigDecimal emissions() {
            return method.equals("DIRECT") ? direct : tonnes(quantity.multiply(factorKg));
        }

        BigDecimal marketEmissions() {
            if (directMarket != null) return directMarket;
            return marketFactorKg == null ? null : tonnes(quantity.multiply(marketFactorKg));
        }

        private static BigDecimal tonnes(BigDecimal kg) {
            return kg.divide(BigDecimal.valueOf(1000)).setScale(3, RoundingMode.HALF_UP);
        }
    }

    public static Line direct(int scope, String category, String tonnes) {
        return new Line(scope, category, "DIRECT", null, null, null, new BigDecimal(tonnes), null);
    }

    public static Line directBoth(String category, String location, String market) {
        return new Line(2, category, "DIRECT", null, null, null, new BigDecimal(location), new BigDecimal(market));
    }

    public static Line activity(int scope, String category, String quantity, String factorKg) {
        return new Line(scope, category, "ACTIVITY", new BigDecimal(quantity), new BigDecimal(factorKg), null, null, null);
    }

    public static Line activityBoth(String category, String quantity, String factorKg, String marketFactorKg) {
        return new Line(2, category, "ACTIVITY", new BigDecimal(quantity), new BigDecimal(factorKg),
                new BigDecimal(marketFactorKg), null, null);
    }

    /** A draft report with these lines. */
    @Transactional
    public UUID draft(UUID organisationId, int year, Integer employees, List<Line> lines) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO report (id, organisation_id, year, status, employees) VALUES (?1, ?2, ?3, 'DRAFT', ?4)")
                .setParameter(1, id).setParameter(2, organisationId).setParameter(3, year).setParameter(4, employees)
                .executeUpdate();
        writeLines(id, lines);
        return id;
    }

    /** Replaces a report's lines (as the reporter does while the report is a draft). */
    @Transactional
    public void replaceLines(UUID reportId, List<Line> lines) {
        em.createNativeQuery("DELETE FROM report_line WHERE report_id = ?1").setParameter(1, reportId).executeUpdate();
        writeLines(reportId, lines);
    }

    private void writeLines(UUID reportId, List<Line> lines) {
        int position = 0;
        for (Line l : lines) {
            em.createNativeQuery("""
                    INSERT INTO report_line (id, report_id, position, scope, category, quantity, unit, factor_kg_per_unit,
                        market_factor_kg_per_unit, direct_t, direct_market_t, emissions_t, market_emissions_t, method)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, reportId).setParameter(3, position++)
                    .setParameter(4, l.scope()).setParameter(5, l.category()).setParameter(6, l.quantity())
                    .setParameter(7, l.quantity() == null ? null : "unit").setParameter(8, l.factorKg())
                    .setParameter(9, l.marketFactorKg()).setParameter(10, l.direct()).setParameter(11, l.directMarket())
                    .setParameter(12, l.emissions()).setParameter(13, l.scope() == 2 ? l.marketEmissions() : null)
                    .setParameter(14, l.method())
                    .executeUpdate();
        }
    }

    /** One workflow step: the status change and its event in one transaction. */
    @Transactional
    public void step(UUID reportId, ReportStatus to) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT organisation_id, year, status FROM report WHERE id = ?1")
                .setParameter(1, reportId).getSingleResult();
        ReportStatus from = ReportStatus.valueOf((String) row[2]);
        em.createNativeQuery("""
                UPDATE report SET status = ?2, updated_at = now(), version = version + 1,
                    approved_at = CASE WHEN ?2 = 'APPROVED' THEN ?3 ELSE approved_at END,
                    revision = CASE WHEN ?4 THEN revision + 1 ELSE revision END
                WHERE id = ?1""")
                .setParameter(1, reportId).setParameter(2, to.name()).setParameter(3, Instant.now())
                .setParameter(4, from == ReportStatus.APPROVED && to == ReportStatus.DRAFT)
                .executeUpdate();
        events.fire(new ReportStatusChanged(reportId, (UUID) row[0], ((Number) row[1]).intValue(), from, to));
    }

    public void approve(UUID reportId) {
        step(reportId, ReportStatus.SUBMITTED);
        step(reportId, ReportStatus.APPROVED);
    }

    public UUID approved(UUID organisationId, int year, Integer employees, List<Line> lines) {
        UUID id = draft(organisationId, year, employees, lines);
        approve(id);
        return id;
    }

    /** Submitted, then returned to the reporter with a comment: a draft again. */
    public void submitAndReturn(UUID reportId) {
        step(reportId, ReportStatus.SUBMITTED);
        step(reportId, ReportStatus.DRAFT);
    }

    public void reopen(UUID reportId) {
        step(reportId, ReportStatus.DRAFT);
    }

    @Transactional
    public UUID commitment(UUID networkId, UUID organisationId, String title, String targetType, String intensityMetric,
                           boolean[] scopes, Integer baseYear, String baseTonnes, Integer targetYear, String reductionPct,
                           String targetLevel) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO commitment (id, network_id, organisation_id, title, target_type, intensity_metric,
                    scope1_coverage_pct, scope2_coverage_pct, scope3_coverage_pct, base_year, base_year_emissions_t,
                    target_year, reduction_pct, target_level_t, status)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'ADOPTED')""")
                .setParameter(1, id).setParameter(2, networkId).setParameter(3, organisationId).setParameter(4, title)
                .setParameter(5, targetType).setParameter(6, intensityMetric)
                .setParameter(7, pct(scopes, 0)).setParameter(8, pct(scopes, 1)).setParameter(9, pct(scopes, 2))
                .setParameter(10, baseYear).setParameter(11, baseTonnes == null ? null : new BigDecimal(baseTonnes))
                .setParameter(12, targetYear).setParameter(13, reductionPct == null ? null : new BigDecimal(reductionPct))
                .setParameter(14, targetLevel == null ? null : new BigDecimal(targetLevel))
                .executeUpdate();
        return id;
    }

    private static BigDecimal pct(boolean[] scopes, int i) {
        return scopes == null || !scopes[i] ? null : new BigDecimal("100");
    }

    /** Publication settings of a network (the network API sets these; tests set them directly). */
    @Transactional
    public void publication(UUID networkId, String level, int minGroupSize) {
        em.createNativeQuery("UPDATE network SET publication_level = ?2, min_group_size = ?3, version = version + 1 WHERE id = ?1")
                .setParameter(1, networkId).setParameter(2, level).setParameter(3, minGroupSize).executeUpdate();
    }

    /** Records that an organisation left a network (the membership API does the same with leftOn). */
    @Transactional
    public void leave(UUID networkId, UUID organisationId, java.time.LocalDate leftOn) {
        em.createNativeQuery("""
                UPDATE membership SET left_on = ?3, version = version + 1, updated_at = now()
                WHERE network_id = ?1 AND organisation_id = ?2 AND left_on IS NULL""")
                .setParameter(1, networkId).setParameter(2, organisationId).setParameter(3, leftOn).executeUpdate();
        membershipsChanged.fire(new MembershipsChanged(networkId, leftOn, null));
    }

    /**
     * Rows in which the aggregate tables and a from-scratch recomputation from the report tables differ (both ways;
     * network_year_figures holds only the years something touched, so its rows are compared one way).
     */
    @Transactional
    public long differencesFromRecomputation() {
        return ((Number) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM (TABLE org_year_emissions EXCEPT SELECT * FROM org_year_emissions_from_lines) a)
                     + (SELECT count(*) FROM (SELECT * FROM org_year_emissions_from_lines EXCEPT TABLE org_year_emissions) b)
                     + (SELECT count(*) FROM (TABLE org_year_report EXCEPT SELECT * FROM org_year_report_from_reports) c)
                     + (SELECT count(*) FROM (SELECT * FROM org_year_report_from_reports EXCEPT TABLE org_year_report) d)
                     + (SELECT count(*) FROM network_year_figures f
                        CROSS JOIN LATERAL stats_network_year_from_scratch(f.network_id, f.year) s
                        WHERE f IS DISTINCT FROM s)""")
                .getSingleResult()).longValue();
    }
}
