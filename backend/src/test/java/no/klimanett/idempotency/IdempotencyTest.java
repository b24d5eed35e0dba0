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

    @jakarta.transaction.Transactional
    long countByName(String name) {
        return Organisation.count("name", name);
    }
}
