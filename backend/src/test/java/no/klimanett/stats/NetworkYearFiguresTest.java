package no.klimanett.stats;

import static io.restassured.RestAssured.given;
import static no.klimanett.stats.StatsGoldenTest.exact;
import static no.klimanett.testing.Api.as;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The materialised headline per network-year (V7, network_year_figures) follows every change that moves it, made
 * through the API: a membership added, a member leaving, a member import, a network moved to another umbrella, and
 * approvals. Each step first makes sure the row exists, so that a change which forgot to refresh it shows up as a
 * stale figure, and the table is compared with a from-scratch recomputation at the end.
 */
@QuarkusTest
class NetworkYearFiguresTest {

    static final int YEAR = 2023;

    @Inject
    Fixtures fixtures;

    @Inject
    ReportBuilder reports;

    @Inject
    EntityManager em;

    private ValidatableResponse year(String token, UUID network) {
        return exact(token).get("/api/v1/networks/" + network + "/stats?from=" + YEAR + "&to=" + YEAR)
                .then().statusCode(200);
    }

    private void expect(String token, UUID network, int members, int reporting, String scope1) {
        year(token, network)
                .body("years[0].coverage.members", equalTo(members))
                .body("years[0].coverage.reportingMembers", equalTo(reporting))
                .body("years[0].scope1T", comparesEqualTo(new BigDecimal(scope1)));
    }

    @Transactional
    long materialised(UUID network, int year) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM network_year_figures WHERE network_id = ?1 AND year = ?2")
                .setParameter(1, network).setParameter(2, year).getSingleResult()).longValue();
    }

    @Transactional
    void recompute(UUID network, int year) {
        em.createNativeQuery("SELECT stats_refresh_network_years(CAST(?1 AS uuid[]), ?2, ?2)")
                .setParameter(1, new UUID[] {network}).setParameter(2, year).getSingleResult();
    }

    @Transactional
    void overwriteMembers(UUID network, int year, int members) {
        em.createNativeQuery("UPDATE network_year_figures SET members = ?3 WHERE network_id = ?1 AND year = ?2")
                .setParameter(1, network).setParameter(2, year).setParameter(3, members).executeUpdate();
    }

    @Test
    void everyChangeThroughTheApiKeepsTheHeadlineExact() {
        String admin = fixtures.adminToken();
        UUID first = fixtures.network(Visibility.PUBLIC).id;
        UUID second = fixtures.network(Visibility.PUBLIC).id;
        Network child = fixtures.network(Visibility.PUBLIC, first);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, child.id);
        UUID a = fixtures.organisation().id, b = fixtures.organisation().id;

        fixtures.member(child.id, a, LocalDate.of(2020, 1, 1), null);
        reports.approved(a, YEAR, 10, List.of(ReportBuilder.direct(1, "STATIONARY_COMBUSTION", "10.000")));
        assertEquals(1, materialised(child.id, YEAR), "the approval wrote the child's row");
        assertEquals(1, materialised(first, YEAR), "and its umbrella's");
        expect(coordinator, child.id, 1, 1, "10.000");
        expect(admin, first, 1, 1, "10.000");

        // a membership added through the API
        String membership = as(coordinator).body(Map.of("organisationId", b.toString(), "role", "PARTNER", "joinedOn", "2021-05-01"))
                .post("/api/v1/networks/" + child.id + "/members").then().statusCode(201).extract().header("Location");
        expect(coordinator, child.id, 2, 1, "10.000");
        expect(admin, first, 2, 1, "10.000");

        reports.approved(b, YEAR, 5, List.of(ReportBuilder.direct(1, "STATIONARY_COMBUSTION", "5.000")));
        expect(coordinator, child.id, 2, 2, "15.000");
        expect(admin, first, 2, 2, "15.000");

        // the member leaves before the year: no longer counted in it, still in the year it left
        as(coordinator).header("If-Match", "\"0\"")
                .body(Map.of("role", "PARTNER", "joinedOn", "2021-05-01", "leftOn", "2022-12-31"))
                .put(membership).then().statusCode(200);
        expect(coordinator, child.id, 1, 1, "10.000");
        expect(admin, first, 1, 1, "10.000");
        year(coordinator, child.id).body("years[0].coverage.members", equalTo(1));
        exact(coordinator).get("/api/v1/networks/" + child.id + "/stats?from=2022&to=2022").then().statusCode(200)
                .body("years[0].coverage.members", equalTo(2));

        // a member import (one new organisation)
        given().auth().oauth2(coordinator).contentType("text/csv; charset=UTF-8").accept("application/json")
                .body("name,country,sector,joinedOn\n" + Fixtures.unique("Imported AS") + ",NO,PRIVATE,2023-02-01\n")
                .post("/api/v1/networks/" + child.id + "/members/import").then().statusCode(200).body("membershipsAdded", equalTo(1));
        expect(coordinator, child.id, 2, 1, "10.000");
        expect(admin, first, 2, 1, "10.000");

        // the child moves to the other umbrella: the first loses its members, the second gains them
        expect(admin, second, 0, 0, "0");
        assertEquals(0, materialised(second, YEAR), "nothing has touched the second umbrella yet: read on the spot");
        String etag = as(admin).get("/api/v1/networks/" + child.id).then().statusCode(200).extract().header("ETag");
        as(admin).header("If-Match", etag).body(networkBody(child, second))
                .put("/api/v1/networks/" + child.id).then().statusCode(200);
        expect(admin, first, 0, 0, "0");
        expect(admin, second, 2, 1, "10.000");
        assertEquals(1, materialised(second, YEAR), "the move wrote the new umbrella's rows");

        assertEquals(0L, reports.differencesFromRecomputation(), "network_year_figures equals a recomputation");
    }

    @Test
    void approvalsAndReopeningsAddTheirDifferenceOnceUnderTheUmbrella() {
        UUID umbrella = fixtures.network(Visibility.PUBLIC).id;
        UUID left = fixtures.network(Visibility.PUBLIC, umbrella).id, right = fixtures.network(Visibility.PUBLIC, umbrella).id;
        UUID a = fixtures.organisation().id, b = fixtures.organisation().id;
        // a belongs to both children: the umbrella counts it once
        fixtures.member(left, a, LocalDate.of(2020, 1, 1), null);
        fixtures.member(right, a, LocalDate.of(2021, 1, 1), null);
        fixtures.member(left, b, LocalDate.of(2020, 1, 1), null);
        assertEquals(1, materialised(umbrella, YEAR));

        UUID reportA = reports.approved(a, YEAR, 10, List.of(ReportBuilder.direct(1, "STATIONARY_COMBUSTION", "10.000")));
        expect(null, umbrella, 2, 1, "10.000");
        expect(null, right, 1, 1, "10.000");
        UUID reportB = reports.approved(b, YEAR, 5, List.of(ReportBuilder.direct(1, "STATIONARY_COMBUSTION", "5.250")));
        expect(null, umbrella, 2, 2, "15.250");
        expect(null, left, 2, 2, "15.250");
        expect(null, right, 1, 1, "10.000");
        assertEquals(0L, reports.differencesFromRecomputation());

        // reopening the latest approval included: the row's as-of must fall back to a's approval
        reports.reopen(reportB);
        expect(null, umbrella, 2, 1, "10.000");
        assertEquals(0L, reports.differencesFromRecomputation(), "as-of after reopening the latest approval");
        // approved again with other lines, then the earlier one reopened
        reports.replaceLines(reportB, List.of(ReportBuilder.direct(1, "STATIONARY_COMBUSTION", "7.125")));
        reports.approve(reportB);
        reports.reopen(reportA);
        expect(null, umbrella, 2, 1, "7.125");
        expect(null, right, 1, 0, "0");
        assertEquals(0L, reports.differencesFromRecomputation());
    }

    @Test
    void theHeadlineIsReadFromTheTableNotRecomputed() {
        UUID network = fixtures.network(Visibility.PUBLIC).id;
        UUID org = fixtures.organisation().id;
        fixtures.member(network, org, LocalDate.of(2022, 1, 1), null);
        expect(null, network, 1, 0, "0");
        // a figure nobody could compute from the data: it can only come from the materialised row
        overwriteMembers(network, YEAR, 41);
        expect(null, network, 41, 0, "0");
        assertEquals(1L, reports.differencesFromRecomputation(), "and the recomputation check sees the difference");
        recompute(network, YEAR);
        assertEquals(0L, reports.differencesFromRecomputation());
        expect(null, network, 1, 0, "0");
    }

    private static Map<String, Object> networkBody(Network network, UUID parentId) {
        var body = new HashMap<String, Object>();
        body.put("slug", network.slug);
        body.put("name", network.name);
        body.put("country", network.country);
        body.put("visibility", "PUBLIC");
        body.put("parentId", parentId.toString());
        return body;
    }
}
