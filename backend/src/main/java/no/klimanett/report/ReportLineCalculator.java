package no.klimanett.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where a line's tCO2e is computed. Exact decimal arithmetic only: the product of quantity and
 * factor is exact, the conversion from kg to t is a shift of the decimal point, and the single rounding to
 * the stored scale (3 decimals, i.e. kg) is HALF_EVEN, so that rounding errors do not drift one way in sums.
 *
 * <p>Scope 2 lines carry a location-based figure ({@code emissionsT}) and, when the reporter gives one, a
 * market-based figure ({@code marketEmissionsT}); without one the market figure stays null here, and the
 * totals use the location-based figure in its place (see {@link ReportTotals}).
 */
public final class ReportLineCalculator {

    /** tCO2e are stored with 3 decimals (kg), the scale of every figure column. */
    public static final int SCALE = 3;

    /** Columns are numeric(16,3): at most 13 digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 13;

    private ReportLineCalculator() {}

    public record Result(LineMethod method, BigDecimal emissionsT, BigDecimal marketEmissionsT) {

        /** Whether both figures fit the database columns (an absurd quantity × factor can exceed them). */
        public boolean fits() {
            return ReportLineCalculator.fits(emissionsT) && (marketEmissionsT == null || ReportLineCalculator.fits(marketEmissionsT));
        }
    }

    /** quantity × factor (kg per unit) ÷ 1000; the market figure only when a market factor is given. */
    public static Result activity(BigDecimal quantity, BigDecimal kgPerUnit, BigDecimal marketKgPerUnit) {
        return new Result(LineMethod.ACTIVITY, tonnes(quantity, kgPerUnit),
                marketKgPerUnit == null ? null : tonnes(quantity, marketKgPerUnit));
    }

    /** A figure given directly in tCO2e is taken as it is (inputs allow at most 3 decimals). */
    public static Result direct(BigDecimal directT, BigDecimal directMarketT) {
        return new Result(LineMethod.DIRECT, toScale(directT), directMarketT == null ? null : toScale(directMarketT));
    }

    public static BigDecimal tonnes(BigDecimal quantity, BigDecimal kgPerUnit) {
        return toScale(quantity.multiply(kgPerUnit).movePointLeft(3));
    }

    static boolean fits(BigDecimal tonnes) {
        return tonnes.precision() - tonnes.scale() <= MAX_INTEGER_DIGITS;
    }

    private static BigDecimal toScale(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
