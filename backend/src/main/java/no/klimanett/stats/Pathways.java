package no.klimanett.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import no.klimanett.stats.Progress.CommitmentProgress;
import no.klimanett.stats.Progress.Status;

/**
 * Progress of one commitment (DESIGN: "the actual value against the straight line from baseline to target").
 *
 * <ul>
 *   <li>Scopes: those with a coverage above 0 %; none given means scope 1+2, the headline.</li>
 *   <li>Base value: the commitment's base-year emissions, else the actual figure of the base year.
 *       Intensity targets (per employee) divide by the employees of the base year.</li>
 *   <li>Target value: base × (1 − reduction %) for absolute and intensity targets, 0 for net zero, the level
 *       for fixed-level targets.</li>
 *   <li>Actual: the latest year after the base year, up to the year asked, with approved figures.
 *       ON_TRACK when actual ≤ the pathway value of that year, OFF_TRACK otherwise, NO_DATA when something is
 *       missing (the reason says what).</li>
 * </ul>
 */
final class Pathways {

    static final String TONNES = "tCO2e";
    static final String PER_EMPLOYEE = "tCO2e/employee";

    /** Actual figures of the commitment's owner per year: emissions and the per-employee denominator. */
    record Actual(Emissions emissions, Long employees) {}

    private Pathways() {}

    static CommitmentProgress evaluate(StatsQueries.CommitmentRow c, NavigableMap<Integer, Actual> actuals, int year) {
        boolean s1 = c.scope1(), s2 = c.scope2(), s3 = c.scope3();
        if (!s1 && !s2 && !s3) {
            s1 = true;
            s2 = true;
        }
        List<Integer> scopes = new ArrayList<>();
        if (s1) scopes.add(1);
        if (s2) scopes.add(2);
        if (s3) scopes.add(3);
        boolean intensity = "INTENSITY".equals(c.targetType());
        String unit = intensity ? PER_EMPLOYEE : TONNES;
        var progress = new Builder(c, scopes, unit);
        if (intensity && !"PER_EMPLOYEE".equals(c.intensityMetric())) {
            return progress.noData("only per-employee intensities can be computed from the approved reports");
        }
        if (c.baseYear() == null || c.targetYear() == null) {
            return progress.noData("the commitment has no base year or no target year");
        }
        Actual baseActual = actuals.get(c.baseYear());
        BigDecimal baseTonnes = c.baseYearEmissions() != null ? c.baseYearEmissions()
                : baseActual == null ? null : baseActual.emissions().scopes(s1, s2, s3);
        if (baseTonnes == null) {
            return progress.noData("no base-year emissions and no approved figures for the base year");
        }
        BigDecimal base = baseTonnes;
        if (intensity) {
            base = baseActual == null || baseActual.employees() == null ? null : StatsMath.per(baseTonnes, baseActual.employees());
            if (base == null) return progress.noData("no employee count for the base year");
        }
        BigDecimal target = switch (c.targetType()) {
            case "NET_ZERO" -> BigDecimal.ZERO;
            case "FIXED_LEVEL" -> c.targetLevel();
            default -> StatsMath.reduced(base, c.reductionPct());
        };
        progress.base(StatsMath.tonnes(base), StatsMath.tonnes(target));
        for (Map.Entry<Integer, Actual> entry : actuals.headMap(year, true).descendingMap().entrySet()) {
            if (entry.getKey() <= c.baseYear()) break;
            BigDecimal tonnes = entry.getValue().emissions().scopes(s1, s2, s3);
            BigDecimal actual = intensity ? per(tonnes, entry.getValue().employees()) : tonnes;
            if (actual == null) continue;
            BigDecimal expected = StatsMath.pathway(base, target, c.baseYear(), c.targetYear(), entry.getKey());
            return progress.actual(entry.getKey(), actual, expected);
        }
        return progress.noData("no approved figures after the base year up to " + year);
    }

    private static BigDecimal per(BigDecimal tonnes, Long employees) {
        return employees == null ? null : StatsMath.per(tonnes, employees);
    }

    private static final class Builder {
        final StatsQueries.CommitmentRow c;
        final List<Integer> scopes;
        final String unit;
        BigDecimal base;
        BigDecimal target;

        Builder(StatsQueries.CommitmentRow c, List<Integer> scopes, String unit) {
            this.c = c;
            this.scopes = scopes;
            this.unit = unit;
        }

        void base(BigDecimal base, BigDecimal target) {
            this.base = base;
            this.target = target;
        }

        CommitmentProgress noData(String reason) {
            return build(null, null, null, Status.NO_DATA, reason);
        }

        CommitmentProgress actual(int year, BigDecimal actual, BigDecimal expected) {
            Status status = actual.compareTo(expected) <= 0 ? Status.ON_TRACK : Status.OFF_TRACK;
            return build(year, StatsMath.tonnes(actual), expected, status, null);
        }

        private CommitmentProgress build(Integer year, BigDecimal actual, BigDecimal expected, Status status, String reason) {
            return new CommitmentProgress(c.id(), c.title(), c.organisationId(), c.organisationName(), c.targetType(),
                    c.status(), scopes, unit, c.baseYear(), base, c.targetYear(), target, year, actual, expected,
                    actual == null ? null : actual.subtract(expected), status, reason);
        }
    }
}
