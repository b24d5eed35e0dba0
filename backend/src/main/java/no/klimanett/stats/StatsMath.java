package no.klimanett.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of the figures, in one place. Tonnes are exact sums at scale 3 (the scale of the report
 * lines), so sums never round; only quotients (percentages, per-member and per-employee figures, pathway
 * values) round, once, half-up, at the scale named here.
 */
public final class StatsMath {

    /** tCO2e, as stored on report lines. */
    public static final int TONNES_SCALE = 3;
    /** Percentages: 82.93 (%). */
    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // quotients are taken at this precision before the single final rounding
    private static final MathContext WORKING = MathContext.DECIMAL128;

    private StatsMath() {}

    public static BigDecimal tonnes(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(TONNES_SCALE, RoundingMode.HALF_UP);
    }

    /** part / whole × 100, or null when there is no whole to divide by. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, WORKING).setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Change from a to b in percent of a; null when a is zero. */
    public static BigDecimal changePercent(BigDecimal a, BigDecimal b) {
        return percent(b.subtract(a), a);
    }

    /** tonnes / count at tonnes scale (per member, per employee); null when the count is zero or unknown. */
    public static BigDecimal per(BigDecimal tonnes, long count) {
        if (count <= 0) return null;
        return tonnes.divide(BigDecimal.valueOf(count), WORKING).setScale(TONNES_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The straight line from (baseYear, base) to (targetYear, target), read at year: before the base year the
     * base value, after the target year the target value.
     */
    public static BigDecimal pathway(BigDecimal base, BigDecimal target, int baseYear, int targetYear, int year) {
        if (year <= baseYear) return tonnes(base);
        if (year >= targetYear) return tonnes(target);
        BigDecimal share = BigDecimal.valueOf(year - baseYear).divide(BigDecimal.valueOf(targetYear - baseYear), WORKING);
        return tonnes(base.add(target.subtract(base).multiply(share, WORKING), WORKING));
    }

    /** base × (1 − reductionPct / 100). */
    public static BigDecimal reduced(BigDecimal base, BigDecimal reductionPct) {
        return base.subtract(base.multiply(reductionPct, WORKING).divide(HUNDRED, WORKING), WORKING);
    }
}
