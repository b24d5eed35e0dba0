package no.klimanett.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import no.klimanett.network.PublicationLevel;

/** Properties of the pure parts of the figures: folding small groups, percentages, pathways. */
class StatsPropertiesTest {

    @Provide
    Arbitrary<GroupFigures> group() {
        Arbitrary<BigDecimal> tonnes = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3);
        return Combinators.combine(Arbitraries.of("PUBLIC", "PRIVATE", "ACADEMIC", "NON_PROFIT"),
                        Arbitraries.longs().between(1, 12), tonnes, tonnes, tonnes)
                .as((sector, organisations, s1, s2, s3) -> GroupFigures.of(Map.of(Dimension.SECTOR, sector), null, organisations,
                        new Emissions(s1, s2, s3, BigDecimal.ZERO)));
    }

    private static BigDecimal sum(List<GroupFigures> groups, java.util.function.Function<GroupFigures, BigDecimal> f) {
        return groups.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property
    void foldingKeepsEverySumAndHidesEverySmallGroup(@ForAll @Size(max = 8) List<@net.jqwik.api.From("group") GroupFigures> groups,
                                                      @ForAll @IntRange(min = 1, max = 8) int minGroupSize,
                                                      @ForAll("publishedLevels") PublicationLevel level) {
        var disclosure = new Disclosure(Disclosure.View.PUBLISHED, level, minGroupSize);
        List<GroupFigures> folded = disclosure.fold(new ArrayList<>(groups), List.of(Dimension.SECTOR));

        assertEquals(sum(groups, GroupFigures::scope1T), sum(folded, GroupFigures::scope1T));
        assertEquals(sum(groups, GroupFigures::scope2T), sum(folded, GroupFigures::scope2T));
        assertEquals(sum(groups, GroupFigures::scope3T), sum(folded, GroupFigures::scope3T));
        assertEquals(sum(groups, GroupFigures::scope12T), sum(folded, GroupFigures::scope12T));
        List<GroupFigures> visible = folded.stream().filter(g -> !Disclosure.OTHER.equals(g.sector())).toList();
        assertTrue(visible.stream().allMatch(g -> g.organisations() >= minGroupSize), "a small group is visible: " + folded);
        long others = folded.size() - visible.size();
        assertTrue(others <= 1, "one OTHER at most");
        if (others == 1 && !visible.isEmpty()) {
            // OTHER stands for at least two groups, so no single one can be read off as "total minus the rest"
            assertTrue(groups.size() - visible.size() >= 2, "OTHER is a single group: " + groups + " -> " + folded);
        }
    }

    @Provide
    Arbitrary<PublicationLevel> publishedLevels() {
        return Arbitraries.of(PublicationLevel.TOTALS, PublicationLevel.BY_SECTOR);
    }

    @Property
    void whoMaySeeOrganisationsSeesEveryGroupUnchanged(@ForAll @Size(max = 8) List<@net.jqwik.api.From("group") GroupFigures> groups,
                                                      @ForAll @IntRange(min = 1, max = 8) int minGroupSize,
                                                      @ForAll PublicationLevel level) {
        assertEquals(groups, new Disclosure(Disclosure.View.FULL, level, minGroupSize).fold(groups, List.of(Dimension.SECTOR)));
        assertEquals(groups, new Disclosure(Disclosure.View.PUBLISHED, PublicationLevel.BY_ORGANISATION, minGroupSize)
                .fold(groups, List.of(Dimension.SECTOR)));
    }

    @Property
    void coverageIsAPercentage(@ForAll @IntRange(min = 1, max = 100_000) int members, @ForAll @IntRange(min = 0, max = 100_000) int reporting) {
        int r = reporting % (members + 1);
        BigDecimal pct = StatsMath.percent(r, members);
        assertNotNull(pct);
        assertTrue(between(pct, BigDecimal.ZERO, new BigDecimal("100")), pct + " is not a percentage");
        assertEquals(StatsMath.PERCENT_SCALE, pct.scale());
    }

    @Property
    void directAndActivitySharesAddUpToTheHeadline(@ForAll("tonnes") BigDecimal direct, @ForAll("tonnes") BigDecimal activity) {
        Emissions e = new Emissions(direct, activity, BigDecimal.ZERO, direct);
        var coverage = NetworkStats.Coverage.of(1, 1, e);
        assertEquals(e.scope12(), coverage.direct12T().add(coverage.activity12T()));
        if (e.scope12().signum() > 0) {
            assertTrue(between(coverage.direct12Pct(), BigDecimal.ZERO, new BigDecimal("100")));
            // each share rounds once, so together they are 100 % within two half-hundredths
            assertTrue(coverage.direct12Pct().add(coverage.activity12Pct()).subtract(new BigDecimal("100")).abs()
                    .compareTo(new BigDecimal("0.01")) <= 0);
        }
    }

    @Provide
    Arbitrary<BigDecimal> tonnes() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(3);
    }

    @Property
    void thePathwayRunsStraightFromBaseToTarget(@ForAll("tonnes") BigDecimal base, @ForAll @IntRange(min = 0, max = 100) int reduction,
                                                @ForAll @IntRange(min = 1990, max = 2040) int baseYear,
                                                @ForAll @IntRange(min = 1, max = 40) int span, @ForAll @IntRange(min = 0, max = 40) int offset) {
        BigDecimal target = StatsMath.reduced(base, BigDecimal.valueOf(reduction));
        int targetYear = baseYear + span, year = baseYear + Math.min(offset, span);
        BigDecimal value = StatsMath.pathway(base, target, baseYear, targetYear, year);
        assertEquals(StatsMath.tonnes(base), StatsMath.pathway(base, target, baseYear, targetYear, baseYear));
        assertEquals(StatsMath.tonnes(target), StatsMath.pathway(base, target, baseYear, targetYear, targetYear));
        assertTrue(between(value, StatsMath.tonnes(target), StatsMath.tonnes(base)), value + " is off the line");
        if (year < targetYear) {
            assertTrue(StatsMath.pathway(base, target, baseYear, targetYear, year + 1).compareTo(value) <= 0, "the line rises");
        }
    }

    private static boolean between(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }
}
