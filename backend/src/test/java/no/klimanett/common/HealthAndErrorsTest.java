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

    @Test
    void metricsIncludeRequestsAndTheConnectionPool() {
        anonymous().get("/api/v1/networks").then().statusCode(200);
        // what docs/OPERATIONS.md tells operators to watch: request latency, pool in use, requests waiting for a connection
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsString("agroal_awaiting_count{datasource=\"default\"}"))
                .body(containsString("agroal_acquire_count_total{datasource=\"default\"}"));
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
