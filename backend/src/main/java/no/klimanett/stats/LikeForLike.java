package no.klimanett.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.Csv;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /networks/{id}/stats/like-for-like: the change from year A to year B over only the organisations that were
 * members in both years and have approved reports for both, so that a growing network does not look as if it
 * emitted more. Percentages are of year A and null when A is zero.
 */
public record LikeForLike(UUID networkId, int fromYear, int toYear, Scope2Method scope2Method, long organisations,
                          NetworkStats.Includes includes, Totals from, Totals to, Change change) implements Csv.Table {

    @Schema(name = "LikeForLikeTotals")
    public record Totals(BigDecimal scope1T, BigDecimal scope2T, BigDecimal scope12T, BigDecimal scope3T) {
        static Totals of(Emissions e) {
            return new Totals(e.scope1(), e.scope2(), e.scope12(), e.scope3());
        }
    }

    @Schema(name = "LikeForLikeChange")
    public record Change(BigDecimal scope12T, @Schema(nullable = true) BigDecimal scope12Pct, BigDecimal scope3T,
                         @Schema(nullable = true) BigDecimal scope3Pct) {
        static Change between(Totals a, Totals b) {
            return new Change(b.scope12T().subtract(a.scope12T()), StatsMath.changePercent(a.scope12T(), b.scope12T()),
                    b.scope3T().subtract(a.scope3T()), StatsMath.changePercent(a.scope3T(), b.scope3T()));
        }
    }

    public static final List<String> CSV_HEADER = List.of("from_year", "to_year", "scope2_method", "organisations",
            "from_scope12_t", "to_scope12_t", "change_scope12_t", "change_scope12_pct",
            "from_scope3_t", "to_scope3_t", "change_scope3_t", "change_scope3_pct");

    @Override
    public List<String> csvHeader() {
        return CSV_HEADER;
    }

    @Override
    public List<List<Object>> csvRows() {
        return List.of(List.of(fromYear, toYear, scope2Method, organisations, from.scope12T(), to.scope12T(),
                change.scope12T(), NetworkStats.nullable(change.scope12Pct()), from.scope3T(), to.scope3T(), change.scope3T(),
                NetworkStats.nullable(change.scope3Pct())));
    }
}
