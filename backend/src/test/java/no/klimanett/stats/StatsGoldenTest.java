package no.klimanett.stats;

import static io.restassured.config.JsonConfig.jsonConfig;
import static no.klimanett.stats.ReportBuilder.activity;
import static no.klimanett.stats.ReportBuilder.activityBoth;
import static no.klimanett.stats.ReportBuilder.direct;
import static no.klimanett.stats.ReportBuilder.directBoth;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Api;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The golden case, every figure computed by hand (docs/stats.md explains the definitions). Network N, 2021–2023:
 *
 * <pre>
 * org sector     employees  N membership            reports (approved unless said)
 * A   PUBLIC     100        2020-01-01 –            2021 s1 10 direct, s2 100000 kWh × 0.020 (market 0.400), s3 5
 *                                                   2022 s1 1000 l × 2.5 + 8 direct, s2 1.5 direct (market 30), s3 1.25
 *                                                   2023 s1 7, reopened, corrected to 6, approved again
 * B   PRIVATE     50        2019-05-01 – 2022-06-30 2021 s1 3, s2 50000 kWh × 0.100 (no market figure); 2022 s1 3.5;
 *                                                   2023 s1 4 (not counted: B left in 2022)
 * C   PRIVATE     20        2022-03-01 –            2021 s1 9 (not counted: not yet a member); 2022 s1 2, s2 1 (market 0.5);
 *                                                   2023 s1 2
 * D   ACADEMIC   200        2018-01-01 –            2021 s1 20, s3 100; 2022 returned (a draft, not counted);
 *                                                   2023 s1 18 with 180 employees on the report
 * E   PUBLIC      10        2020-01-01 –, also in M 2021 s1 1; 2022 s1 1; 2023 s1 0.5, s2 10000 kWh × 0.010
 * F   PRIVATE     30        only in M               2023 s1 50
 * </pre>
 * N and M are both under the umbrella U, so U counts E once.
 */
@QuarkusTest
class StatsGoldenTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ReportBuilder reports;

    record Scenario(UUID u, UUID n, UUID m, UUID a, UUID d, UUID e, UUID a2023, String coordinator) {}

    private static Scenario scenario;

    @BeforeEach
    void build() {
        if (scenario == null) scenario = create();
    }

    private Scenario create() {
        UUID u = fixtures.network(Visibility.PUBLIC).id;
        UUID n = fixtures.network(Visibility.PUBLIC, u).id;
        UUID m = fixtures.network(Visibility.PUBLIC, u).id;
        reports.publication(n, "BY_SECTOR", 2);
        UUID a = org("PUBLIC", 100), b = org("PRIVATE", 50), c = org("PRIVATE", 20), d = org("ACADEMIC", 200),
                e = org("PUBLIC", 10), f = org("PRIVATE", 30);
        fixtures.member(n, a, day("2020-01-01"), null);
        fixtures.member(n, b, day("2019-05-01"), day("2022-06-30"));
        fixtures.member(n, c, day("2022-03-01"), null);
        fixtures.member(n, d, day("2018-01-01"), null);
        fixtures.member(n, e, day("2020-01-01"), null);
        fixtures.member(m, e, day("2021-01-01"), null);
        fixtures.member(m, f, day("2020-01-01"), null);

        reports.approved(a, 2021, null, List.of(direct(1, "STATIONARY_COMBUSTION", "10.000"),
                activityBoth("ELECTRICITY", "100000", "0.020", "0.400"), direct(3, "BUSINESS_TRAVEL", "5.000")));
        reports.approved(a, 2022, null, List.of(activity(1, "MOBILE_COMBUSTION", "1000", "2.5"),
                direct(1, "STATIONARY_COMBUSTION", "8.000"), directBoth("ELECTRICITY", "1.500", "30.000"), direct(3, "WASTE", "1.250")));
        UUID a2023 = reports.approved(a, 2023, null, List.of(direct(1, "STATIONARY_COMBUSTION", "7.000")));
        reports.reopen(a2023);
        reports.replaceLines(a2023, List.of(direct(1, "STATIONARY_COMBUSTION", "6.000")));
        reports.approve(a2023);

        reports.approved(b, 2021, null, List.of(direct(1, "FUGITIVE", "3.000"), activity(2, "DISTRICT_HEATING", "50000", "0.100")));
        reports.approved(b, 2022, null, List.of(direct(1, "STATIONARY_COMBUSTION", "3.500")));
        reports.approved(b, 2023, null, List.of(direct(1, "STATIONARY_COMBUSTION", "4.000")));

        reports.approved(c, 2021, null, List.of(direct(1, "STATIONARY_COMBUSTION", "9.000")));
        reports.approved(c, 2022, null, List.of(direct(1, "STATIONARY_COMBUSTION", "2.000"), directBoth("ELECTRICITY", "1.000", "0.500")));
        reports.approved(c, 2023, null, List.of(direct(1, "STATIONARY_COMBUSTION", "2.000")));

        reports.approved(d, 2021, null, List.of(direct(1, "STATIONARY_COMBUSTION", "20.000"),
                direct(3, "PURCHASED_GOODS_AND_SERVICES", "100.000")));
        UUID d2022 = reports.draft(d, 2022, null, List.of(direct(1, "STATIONARY_COMBUSTION", "25.000")));
        reports.submitAndReturn(d2022);
        reports.approved(d, 2023, 180, List.of(direct(1, "STATIONARY_COMBUSTION", "18.000")));

        reports.approved(e, 2021, null, List.of(direct(1, "MOBILE_COMBUSTION", "1.000")));
        reports.approved(e, 2022, null, List.of(direct(1, "MOBILE_COMBUSTION", "1.000")));
        reports.approved(e, 2023, null, List.of(direct(1, "MOBILE_COMBUSTION", "0.500"), activity(2, "ELECTRICITY", "10000", "0.010")));

        reports.approved(f, 2023, null, List.of(direct(1, "STATIONARY_COMBUSTION", "50.000")));

        boolean[] s12 = {true, true, false};
        reports.commitment(n, null, "Halve scope 1+2 by 2030", "ABSOLUTE", null, s12, 2021, "41.000", 2030, "50", null);
        reports.commitment(n, d, "D: -40 % scope 1 by 2025", "ABSOLUTE", null, new boolean[] {true, false, false}, 2021, null, 2025, "40", null);
        reports.commitment(n, e, "E: net zero 2040", "NET_ZERO", null, null, 2023, null, 2040, null, null);
        reports.commitment(n, a, "A: -30 % per employee", "INTENSITY", "PER_EMPLOYEE", null, 2021, null, 2030, "30", null);
        reports.commitment(n, a, "A: green travel plan", "ACTION", null, null, null, null, null, null, null);
        return new Scenario(u, n, m, a, d, e, a2023, fixtures.tokenFor(Role.COORDINATOR, n));
    }

    private UUID org(String sector, int employees) {
        return fixtures.organisation(no.klimanett.organisation.Sector.valueOf(sector), employees).id;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal t(String value) {
        return new BigDecimal(value);
    }

    /** Decimals as BigDecimal, so that 34.000 is asserted with its scale. */
    static RequestSpecification exact(String token) {
        return Api.as(token).config(RestAssuredConfig.config().jsonConfig(jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)));
    }

    private ValidatableResponse stats(String token, UUID network, String query) {
        return exact(token).get("/api/v1/networks/" + network + "/stats?from=2021&to=2023" + query).then().statusCode(200);
    }

    @Test
    void yearlyTotalsAndCoverageLocationBased() {
        stats(scenario.coordinator(), scenario.n(), "")
                .body("scope2Method", equalTo("LOCATION"))
                .body("years.year", contains(2021, 2022, 2023))
                .body("years.scope1T", contains(t("34.000"), t("17.000"), t("26.500")))
                .body("years.scope2T", contains(t("7.000"), t("2.500"), t("0.100")))
                .body("years.scope12T", contains(t("41.000"), t("19.500"), t("26.600")))
                .body("years.scope3T", contains(t("105.000"), t("1.250"), t("0.000")))
                .body("years.coverage.members", contains(4, 5, 4))
                .body("years.coverage.reportingMembers", contains(4, 4, 4))
                .body("years.coverage.reportingPct", contains(t("100.00"), t("80.00"), t("100.00")))
                .body("years.coverage.direct12T", contains(t("34.000"), t("17.000"), t("26.500")))
                .body("years.coverage.activity12T", contains(t("7.000"), t("2.500"), t("0.100")))
                .body("years.coverage.direct12Pct", contains(t("82.93"), t("87.18"), t("99.62")))
                .body("years.coverage.activity12Pct", contains(t("17.07"), t("12.82"), t("0.38")))
                .body("includes.reports", equalTo(12))
                .body("includes.years", contains(2021, 2022, 2023))
                .body("disclosure.view", equalTo("FULL"));
    }

    @Test
    void marketBasedScope2FallsBackToLocationWhereNoMarketFigureIsGiven() {
        stats(scenario.coordinator(), scenario.n(), "&scope2=market")
                .body("scope2Method", equalTo("MARKET"))
                .body("years.scope2T", contains(t("45.000"), t("30.500"), t("0.100")))
                .body("years.scope12T", contains(t("79.000"), t("47.500"), t("26.600")))
                .body("years.scope3T", contains(t("105.000"), t("1.250"), t("0.000")))
                .body("years.coverage.direct12Pct", contains(t("43.04"), t("94.74"), t("99.62")));
    }

    @Test
    void groupsByScopeAndBySectorForTheCoordinator() {
        stats(scenario.coordinator(), scenario.n(), "&groupBy=scope")
                .body("years[0].groups.scope", contains("1", "2", "3"))
                .body("years[0].groups.organisations", contains(4, 2, 2))
                .body("years[0].groups.scope1T", contains(t("34.000"), t("0.000"), t("0.000")))
                .body("years[0].groups.scope2T", contains(t("0.000"), t("7.000"), t("0.000")))
                .body("years[0].groups.scope3T", contains(t("0.000"), t("0.000"), t("105.000")));
        stats(scenario.coordinator(), scenario.n(), "&groupBy=sector")
                .body("years[0].groups.sector", contains("ACADEMIC", "PRIVATE", "PUBLIC"))
                .body("years[0].groups.organisations", contains(1, 1, 2))
                .body("years[0].groups.scope12T", contains(t("20.000"), t("8.000"), t("13.000")))
                .body("years[0].groups.scope3T", contains(t("100.000"), t("0.000"), t("5.000")))
                .body("years[1].groups.sector", contains("PRIVATE", "PUBLIC"))
                .body("years[1].groups.scope12T", contains(t("6.500"), t("13.000")));
        stats(scenario.coordinator(), scenario.n(), "&groupBy=organisation,scope")
                .body("years[2].groups", hasSize(5)) // A s1, C s1, D s1, E s1, E s2
                .body("years[2].groups.findAll { it.organisationId == '" + scenario.d() + "' }.scope1T", contains(t("18.000")));
    }

    @Test
    void anonymousCallersSeeSmallSectorsFoldedIntoOther() {
        stats(null, scenario.n(), "&groupBy=sector")
                .body("disclosure.view", equalTo("PUBLISHED"))
                .body("years[0].groups.sector", contains("PUBLIC", "OTHER"))
                .body("years[0].groups.organisations", contains(2, null))
                .body("years[0].groups.scope12T", contains(t("13.000"), t("28.000")))
                .body("years[0].groups.scope3T", contains(t("5.000"), t("100.000")))
                .body("years[1].groups.sector", contains("PRIVATE", "PUBLIC"))
                .body("years[2].groups.sector", contains("PUBLIC", "OTHER"))
                .body("years[2].groups.scope12T", contains(t("6.600"), t("20.000")))
                // totals are the same for everyone
                .body("years.scope12T", contains(t("41.000"), t("19.500"), t("26.600")));
        problem(Api.anonymous().get("/api/v1/networks/" + scenario.n() + "/stats?groupBy=organisation").then(), 403, "forbidden");
    }

    @Test
    void umbrellaCountsAnOrganisationInTwoChildNetworksOnce() {
        stats(null, scenario.u(), "")
                .body("years.coverage.members", contains(5, 6, 5))
                .body("years.coverage.reportingMembers", contains(4, 4, 5))
                .body("years.scope1T", contains(t("34.000"), t("17.000"), t("76.500")))
                .body("years.scope12T", contains(t("41.000"), t("19.500"), t("76.600")));
    }

    @Test
    void likeForLikeUsesOnlyOrganisationsReportingInBothYears() {
        exact(null).get("/api/v1/networks/" + scenario.n() + "/stats/like-for-like?from=2021&to=2023").then().statusCode(200)
                .body("organisations", equalTo(3))
                .body("from.scope12T", equalTo(t("33.000")))
                .body("to.scope12T", equalTo(t("24.600")))
                .body("change.scope12T", equalTo(t("-8.400")))
                .body("change.scope12Pct", equalTo(t("-25.45")))
                .body("from.scope3T", equalTo(t("105.000")))
                .body("change.scope3Pct", equalTo(t("-100.00")))
                .body("includes.reports", equalTo(6))
                .body("includes.years", contains(2021, 2023));
        exact(null).get("/api/v1/networks/" + scenario.n() + "/stats/like-for-like?from=2021&to=2023&scope2=market").then()
                .body("from.scope12T", equalTo(t("71.000")))
                .body("change.scope12Pct", equalTo(t("-65.35")));
    }

    private static String commitment(String title, String field) {
        return "commitments.find { it.title == '" + title + "' }." + field;
    }

    @Test
    void progressAgainstStraightLinePathways() {
        String own = "Halve scope 1+2 by 2030", a = "A: -30 % per employee", d = "D: -40 % scope 1 by 2025", e = "E: net zero 2040";
        exact(scenario.coordinator()).get("/api/v1/networks/" + scenario.n() + "/stats/progress?year=2023").then()
                .statusCode(200)
                // the network's own first; action commitments have no figures to follow
                .body("commitments", hasSize(4))
                .body("commitments[0].title", equalTo(own))
                .body("partners.onTrack", equalTo(1)).body("partners.offTrack", equalTo(1)).body("partners.noData", equalTo(1))
                .body(commitment(own, "status"), equalTo("ON_TRACK"))
                .body(commitment(own, "baseValue"), equalTo(t("41.000")))
                .body(commitment(own, "targetValue"), equalTo(t("20.500")))
                .body(commitment(own, "actualYear"), equalTo(2023))
                .body(commitment(own, "actualValue"), equalTo(t("26.600")))
                .body(commitment(own, "expectedValue"), equalTo(t("36.444")))
                .body(commitment(own, "deviation"), equalTo(t("-9.844")))
                .body(commitment(a, "unit"), equalTo("tCO2e/employee"))
                .body(commitment(a, "baseValue"), equalTo(t("0.120")))
                .body(commitment(a, "targetValue"), equalTo(t("0.084")))
                .body(commitment(a, "actualValue"), equalTo(t("0.060")))
                .body(commitment(a, "expectedValue"), equalTo(t("0.112")))
                .body(commitment(a, "status"), equalTo("ON_TRACK"))
                .body(commitment(d, "scopes"), contains(1))
                .body(commitment(d, "baseValue"), equalTo(t("20.000")))
                .body(commitment(d, "targetValue"), equalTo(t("12.000")))
                .body(commitment(d, "actualValue"), equalTo(t("18.000")))
                .body(commitment(d, "expectedValue"), equalTo(t("16.000")))
                .body(commitment(d, "deviation"), equalTo(t("2.000")))
                .body(commitment(d, "status"), equalTo("OFF_TRACK"))
                .body(commitment(e, "status"), equalTo("NO_DATA"))
                .body(commitment(e, "actualValue"), nullValue());
        // outsiders see the network's own commitment and only counts of the partners'
        exact(null).get("/api/v1/networks/" + scenario.n() + "/stats/progress?year=2023").then().statusCode(200)
                .body("commitments.title", contains(own))
                .body("partners.offTrack", equalTo(1));
    }

    @Test
    void compareAbsolutePerMemberAndPerEmployee() {
        exact(null).get("/api/v1/stats/compare?networkId=" + scenario.n() + "&networkId=" + scenario.m() + "&year=2023").then()
                .statusCode(200)
                .body("networks.networkId", contains(scenario.n().toString(), scenario.m().toString()))
                .body("networks.members", contains(4, 2))
                .body("networks.reportingMembers", contains(4, 2))
                .body("networks.employees", contains(310, 40))
                .body("networks.scope12T", contains(t("26.600"), t("50.600")))
                .body("networks.scope12PerMemberT", contains(t("6.650"), t("25.300")))
                .body("networks.scope12PerEmployeeT", contains(t("0.086"), t("1.265")))
                .body("networks.scope3PerMemberT", contains(t("0.000"), t("0.000")));
    }

    @Test
    void csvHasTheDocumentedColumns() {
        String csv = Api.anonymous().accept("text/csv").get("/api/v1/networks/" + scenario.n() + "/stats?from=2021&to=2021&groupBy=sector")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(String.join("\r\n",
                String.join(",", NetworkStats.CSV_HEADER),
                "2021,TOTAL,,,,,,4,34.000,7.000,41.000,105.000,4,4,100.00,34.000,7.000,82.93,LOCATION",
                "2021,GROUP,,,PUBLIC,,,2,11.000,2.000,13.000,5.000,,,,,,,LOCATION",
                "2021,GROUP,,,OTHER,,,,23.000,5.000,28.000,100.000,,,,,,,LOCATION") + "\r\n", csv);
    }

    @Test
    void accessToFigures() {
        UUID closed = fixtures.network(Visibility.MEMBERS_ONLY).id;
        String path = "/api/v1/networks/" + closed + "/stats";
        problem(Api.anonymous().get(path).then(), 404, "not-found");
        problem(Api.as(fixtures.tokenFor(Role.COORDINATOR, scenario.n())).get(path).then(), 404, "not-found");
        Api.as(fixtures.tokenFor(Role.VIEWER, closed)).get(path).then().statusCode(200).body("disclosure.view", equalTo("FULL"));
        var statsClient = fixtures.client(Set.of("stats:read"), Set.of(closed));
        Api.as(Fixtures.token(statsClient)).get(path).then().statusCode(200).body("disclosure.view", equalTo("PUBLISHED"));
        var networksClient = fixtures.client(Set.of("networks:read"), Set.of(closed));
        problem(Api.as(Fixtures.token(networksClient)).get(path).then(), 403, "forbidden");
        problem(Api.anonymous().get("/api/v1/stats/compare?networkId=" + scenario.n() + "&networkId=" + closed).then(), 404, "not-found");
        problem(Api.anonymous().get("/api/v1/networks/" + scenario.n() + "/stats?from=2024&to=2021").then(), 400, "validation");
        problem(Api.anonymous().get("/api/v1/networks/" + scenario.n() + "/stats?groupBy=colour").then(), 400, "validation");
        problem(Api.anonymous().get("/api/v1/networks/" + scenario.n() + "/stats?from=twenty").then(), 400, "validation");
    }
}
