package no.klimanett.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A report's totals in tCO2e, summed exactly by the database over the lines' stored figures.
 *
 * <ul>
 *   <li>{@code scope2LocationT}: the location-based figures of all scope 2 lines.</li>
 *   <li>{@code scope2MarketT}: the market-based figure of each scope 2 line, and its location-based figure
 *       where no market-based one was given. The GHG Protocol Scope 2 Guidance has reporters fall back to
 *       grid-average (location) factors when they hold no contractual instruments or residual mix, so this
 *       keeps the two totals comparable instead of making the market total look smaller by omission.</li>
 *   <li>{@code biogenicCo2T}: reported apart, outside the scopes, and never added to them (null if not given).</li>
 * </ul>
 */
public record ReportTotals(BigDecimal scope1T, BigDecimal scope2LocationT, BigDecimal scope2MarketT, BigDecimal scope3T,
                           @Schema(nullable = true) BigDecimal biogenicCo2T, int lineCount) {}
