package no.klimanett.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo loader on a database of its own, as bin/start runs it. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv().getOrDefault("KLIMANETT_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:55432/klimanett_test");
            return Map.of("klimanett.demo-data.enabled", "true",
                    "quarkus.datasource.jdbc.url", url.substring(0, url.lastIndexOf('/') + 1) + "klimanett_test_demo");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    DemoData demo;

    private String token(String email) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", email).formParam("password", DemoData.PASSWORD)
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void seedsTheNamedNetworksAndPartnersWithoutInventedNumbers() {
        String id = given().queryParam("slug", "klimapartnere-innlandet").get("/api/v1/networks").then()
                .body("items[0].name", equalTo("Klimapartnere Innlandet")).body("items[0].demo", equalTo(true))
                .extract().path("items[0].id");
        given().queryParam("role", "FOUNDING_PARTNER").get("/api/v1/networks/" + id + "/members").then()
                .body("totalItems", equalTo(8)).body("items.organisation.name", hasItem("Høgskolen i Innlandet"));
        given().queryParam("slug", "klimaalliancen-aalborg").get("/api/v1/networks").then()
                .body("items[0].foundedOn", equalTo("2022-06-14"));
        assertEquals(0L, count("SELECT count(*) FROM organisation WHERE org_number IS NOT NULL"));
        assertEquals(0L, count("SELECT count(*) FROM report WHERE NOT demo"));
        assertFalse(count("SELECT count(*) FROM report WHERE status = 'APPROVED'") < 100);
    }

    @Test
    void theFiguresOfEveryNetworkAreMaterialisedAndExact() {
        // every demo network has its network-year rows from its first member on, as after memberships added through
        // the API, and the approvals the loader made kept them equal to the from-scratch definition
        assertEquals(0L, count("""
                SELECT count(*) FROM network n
                WHERE NOT EXISTS (SELECT 1 FROM network_year_figures f WHERE f.network_id = n.id AND f.year = 2024)"""));
        assertEquals(0L, count("""
                SELECT count(*) FROM network_year_figures f
                CROSS JOIN LATERAL stats_network_year_from_scratch(f.network_id, f.year) s
                WHERE f IS DISTINCT FROM s"""));
    }

    @Test
    void demoUsersCanWorkThroughTheWorkflow() {
        String coordinator = token("coordinator@demo.klimanett.no");
        given().auth().oauth2(coordinator).queryParam("status", "SUBMITTED").get("/api/v1/reports").then().statusCode(200)
                .body("totalItems", greaterThan(0)).body("items.demo", everyItem(equalTo(true)));
        String reporter = token("reporter@demo.klimanett.no");
        given().auth().oauth2(reporter).get("/api/v1/me").then().body("grants[0].role", equalTo("REPORTER"));
        // a reopened report keeps its approved revision
        assertEquals(2L, count("SELECT count(*) FROM report_revision"));
        given().get("/api/v1/commitments").then().body("items.title", hasItem("Partners' own emissions halved by 2030"))
                .body("items.find { it.organisationId == null }.baseYearEmissionsT", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/organisations?q=Stange").then().body("items[0].orgNumber", nullValue());
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = count("SELECT count(*) FROM report");
        assertFalse(demo.load());
        assertEquals(before, count("SELECT count(*) FROM report"));
    }

    @Transactional
    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
