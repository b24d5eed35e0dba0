package no.klimanett.idempotency;

import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import no.klimanett.organisation.Organisation;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aRetriedPostWithTheSameKeyCreatesOnceAndReplaysTheAnswer() {
        String admin = fixtures.adminToken();
        String key = UUID.randomUUID().toString();
        String name = Fixtures.unique("Idem");
        var body = Map.of("name", name, "country", "NO", "sector", "PUBLIC");
        var first = as(admin).header("Idempotency-Key", key).body(body).post("/api/v1/organisations").then()
                .statusCode(201).extract();
        var second = as(admin).header("Idempotency-Key", key).body(body).post("/api/v1/organisations").then()
                .statusCode(201).header("Idempotency-Replayed", "true").extract();
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals((String) first.path("id"), second.path("id"));
        assertEquals(1L, countByName(name));

        // the same key for another body is a client error, and changes nothing
        problem(as(admin).header("Idempotency-Key", key).body(Map.of("name", name + "x", "country", "NO", "sector", "PUBLIC"))
                .post("/api/v1/organisations").then(), 422, "idempotency-key-reused");
        assertEquals(0L, countByName(name + "x"));
    }

    @Test
    void aFailedRequestFreesItsKey() {
        String admin = fixtures.adminToken();
        String key = UUID.randomUUID().toString();
        String name = Fixtures.unique("Retry");
        problem(as(admin).header("Idempotency-Key", key).body(Map.of("name", name, "country", "Norway", "sector", "PUBLIC"))
                .post("/api/v1/organisations").then(), 400, "validation");
        as(admin).header("Idempotency-Key", key).body(Map.of("name", name, "country", "Norway", "sector", "PUBLIC"))
                .post("/api/v1/organisations").then().statusCode(400);
        // keys belong to a caller: another caller's identical key is independent
        as(fixtures.adminToken()).header("Idempotency-Key", key).body(Map.of("name", name, "country", "NO", "sector", "PUBLIC"))
                .post("/api/v1/organisations").then().statusCode(201).body("name", equalTo(name));
    }

    /** Eight parallel POSTs with one key: one runs, every other gets its answer replayed or 409, none a 500. */
    @Test
    void concurrentRequestsWithOneKeyRunOnce() throws Exception {
        String admin = fixtures.adminToken();
        String key = UUID.randomUUID().toString();
        String name = Fixtures.unique("Parallel");
        var body = Map.of("name", name, "country", "NO", "sector", "PUBLIC");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var statuses = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return as(admin).header("Idempotency-Key", key).body(body).post("/api/v1/organisations").statusCode();
                }));
            }
            start.countDown();
            var seen = new java.util.TreeMap<Integer, Integer>();
            for (var f : statuses) seen.merge(f.get(), 1, Integer::sum);
            assertEquals(java.util.Set.of(), new java.util.TreeSet<>(seen.keySet()).stream()
                    .filter(s -> s != 201 && s != 409).collect(java.util.stream.Collectors.toSet()), "statuses " + seen);
            assertEquals(1L, countByName(name), "statuses " + seen);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A new API client's secret is shown once: a retry with the same key runs again (409), it is not replayed. */
    @Test
    void aClientSecretIsNeverReplayed() {
        String admin = fixtures.adminToken();
        String key = UUID.randomUUID().toString();
        var body = Map.of("clientId", Fixtures.unique("secretive"), "name", "Secretive", "scopes", java.util.List.of("stats:read"),
                "networkIds", java.util.List.of());
        as(admin).header("Idempotency-Key", key).body(body).post("/api/v1/api-clients").then().statusCode(201);
        problem(as(admin).header("Idempotency-Key", key).body(body).post("/api/v1/api-clients").then(), 409, "conflict");
        assertEquals(0L, storedRecords(key));
    }

    /** An access token is a secret: never stored, never replayed, even to the same caller. */
    @Test
    void tokensAreNeverStoredForReplay() {
        var user = fixtures.userWithPassword(no.klimanett.auth.Role.ADMIN, null, "a long enough password 1");
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            io.restassured.RestAssured.given().contentType("application/x-www-form-urlencoded").header("Idempotency-Key", key)
                    .formParam("grant_type", "password").formParam("username", user.email)
                    .formParam("password", "a long enough password 1").post("/api/v1/auth/token").then().statusCode(200)
                    .header("Idempotency-Replayed", org.hamcrest.Matchers.nullValue());
        }
        assertEquals(0L, storedRecords(key));
    }

    /**
     * Anonymous callers are nobody in particular: their keys would be shared by all of them (a stranger sending the
     * same key would get another's answer), so none is kept (AnonymousEchoResource is a test-only anonymous POST).
     */
    @Test
    void anonymousCallersNeverShareAStoredAnswer() {
        String key = UUID.randomUUID().toString();
        var first = io.restassured.RestAssured.given().header("Idempotency-Key", key)
                .post("/api/v1/test-only/anonymous-echo").then().statusCode(201).extract();
        var second = io.restassured.RestAssured.given().header("Idempotency-Key", key)
                .post("/api/v1/test-only/anonymous-echo").then().statusCode(201)
                .header("Idempotency-Replayed", org.hamcrest.Matchers.nullValue()).extract();
        org.junit.jupiter.api.Assertions.assertNotEquals((String) first.path("id"), second.path("id"));
        assertEquals(0L, storedRecords(key));
    }

    @jakarta.transaction.Transactional
    long storedRecords(String key) {
        return ((Number) Organisation.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM idempotency_record WHERE idem_key = :key")
                .setParameter("key", key).getSingleResult()).longValue();
    }

    @jakarta.transaction.Transactional
    long countByName(String name) {
        return Organisation.count("name", name);
    }
}
