package no.klimanett.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.Csv;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * GET /networks/{id}/stats: per year the headline (scope 1+2) with scope 3 beside it, coverage, and the groups
 * asked for. CSV: one TOTAL row per year followed by its GROUP rows, columns {@link #CSV_HEADER}.
 */
public record NetworkStats(UUID networkId, int from, int to, Scope2Method scope2Method, List<String> groupBy,
                           Disclosure disclosure, Includes includes, List<YearFigures> years) implements Csv.Table {

    /** Which approved reports the figures include: how many, for which years, approved up to when. */
    @Schema(name = "StatsIncludes")
    public record Includes(long reports, List<Integer> years, @Schema(nullable = true) Instant asOf) {}

    public record YearFigures(int year, BigDecimal scope1T, BigDecimal scope2T, BigDecimal scope12T, BigDecimal scope3T,
                              Coverage coverage, List<GroupFigures> groups) {}

    /**
     * reportingMembers / members (in %), and how much of the headline comes from direct figures versus
     * activity × factor. Percentages are null when there is nothing to divide by.
     */
    @Schema(name = "StatsCoverage")
    public record Coverage(long members, long reportingMembers, @Schema(nullable = true) BigDecimal reportingPct,
                           BigDecimal direct12T, BigDecimal activity12T, @Schema(nullable = true) BigDecimal direct12Pct,
                           @Schema(nullable = true) BigDecimal activity12Pct) {

        static Coverage of(long members, long reporting, Emissions e) {
            return new Coverage(members, reporting, StatsMath.percent(reporting, members), e.direct12(), e.activity12(),
                    StatsMath.percent(e.direct12(), e.scope12()), StatsMath.percent(e.activity12(), e.scope12()));
        }
    }

    public static final List<String> CSV_HEADER = List.of("year", "row", "scope", "category", "sector", "organisation_id",
            "organisation_name", "organisations", "scope1_t", "scope2_t", "scope12_t", "scope3_t", "members",
            "reporting_members", "reporting_pct", "direct12_t", "activity12_t", "direct12_pct", "scope2_method");

    @Override
    public List<String> csvHeader() {
        return CSV_HEADER;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (YearFigures y : years) {
            Coverage c = y.coverage();
            rows.add(List.of(y.year(), "TOTAL", "", "", "", "", "", c.reportingMembers(), y.scope1T(), y.scope2T(),
                    y.scope12T(), y.scope3T(), c.members(), c.reportingMembers(), nullable(c.reportingPct()), c.direct12T(),
                    c.activity12T(), nullable(c.direct12Pct()), scope2Method));
            for (GroupFigures g : y.groups()) {
                rows.add(List.of(y.year(), "GROUP", nullable(g.scope()), nullable(g.category()), nullable(g.sector()),
                        nullable(g.organisationId()), nullable(g.organisationName()), nullable(g.organisations()), g.scope1T(),
                        g.scope2T(), g.scope12T(), g.scope3T(), "", "", "", "", "", "", scope2Method));
            }
        }
        return rows;
    }

    static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
