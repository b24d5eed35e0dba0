package no.klimanett.common;

import static io.restassured.RestAssured.given;
import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndErrorsTest {

    @jakarta.inject.Inject
    no.klimanett.testing.Fixtures fixtures;

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    /** The management interface (a second port, 127.0.0.1 by default) serves the metrics (the /q root is added). */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Test
    void metricsIncludeRequestsAndTheConnectionPool() {
        anonymous().get("/api/v1/networks").then().statusCode(200);
        // what docs/OPERATIONS.md tells operators to watch: request latency, pool in use, requests waiting for a connection
        given().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsString("agroal_awaiting_count{datasource=\"default\"}"))
                .body(containsString("agroal_acquire_count_total{datasource=\"default\"}"));
    }

    /** Metrics are not public, and no request can add a series of its own (issue #10). */
    @Test
    void metricsAreForOperatorsAndLabelledWithRouteTemplatesOnly() {
        problem(anonymous().get("/q/metrics").then(), 404, "not-found");
        String id = java.util.UUID.randomUUID().toString();
        given().patch("/api/v1/networks/" + id).then().statusCode(405);
        given().get("/api/v1/no-such-route/" + id).then().statusCode(404);
        String scraped = given().get(metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(scraped.contains(id), "a requested path became a label");
        org.junit.jupiter.api.Assertions.assertTrue(scraped.contains("uri=\"UNMATCHED\""), "unmatched requests are counted");
        org.junit.jupiter.api.Assertions.assertTrue(scraped.contains("uri=\"/api/v1/networks\""), "route templates stay");
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        problem(anonymous().get("/api/v1/nothing-here").then(), 404, "not-found");
        problem(anonymous().delete("/api/v1/networks").then(), 405, "method-not-allowed");
        // anonymous callers learn first that they must log in (security/AuthenticationFirstTest); a caller who may
        // write learns that the media type is wrong
        problem(given().contentType("text/plain").body("x").post("/api/v1/networks").then(), 401, "unauthenticated");
        problem(given().auth().oauth2(fixtures.adminToken()).contentType("text/plain").body("x").post("/api/v1/networks").then(),
                415, "unsupported-media-type");
        problem(anonymous().get("/api/v1/networks/not-a-uuid").then(), 404, "not-found");
    }

    @Test
    void errorsNeverLeakInternals() {
        var body = anonymous().body("{\"slug\": [1,2,3]}").post("/api/v1/networks").then().extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("Exception"), body);
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("at no.klimanett"), body);
    }
}
