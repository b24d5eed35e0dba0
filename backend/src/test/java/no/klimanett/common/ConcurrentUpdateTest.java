package no.klimanett.common;

import static no.klimanett.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.klimanett.auth.Role;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Two coordinators of the same network change the same organisation at the same moment with the same
 * If-Match: exactly one wins, the other gets 412, and the audit log shows one change per round. The longer
 * version against a running backend is faults/concurrent-approve.
 */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final int ROUNDS = 20;

    @Inject
    Fixtures fixtures;

    @Inject
    AuditLog audit;

    @Test
    void exactlyOneOfTwoSimultaneousUpdatesWins() throws Exception {
        var network = fixtures.network(Visibility.MEMBERS_ONLY);
        var organisation = fixtures.organisation();
        fixtures.member(network.id, organisation.id, LocalDate.of(2024, 1, 1), null);
        List<String> coordinators = List.of(fixtures.tokenFor(Role.COORDINATOR, network.id),
                fixtures.tokenFor(Role.COORDINATOR, network.id));
        String path = "/api/v1/organisations/" + organisation.id;

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> winners = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = as(coordinators.get(0)).get(path).then().statusCode(200).extract().header("ETag");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> answers = new ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    String token = coordinators.get(k);
                    var body = Map.of("name", "Round " + round + " by coordinator " + k, "country", "NO", "sector", "PRIVATE");
                    answers.add(pool.submit(() -> {
                        var request = as(token).header("If-Match", etag).body(body);
                        together.await(10, TimeUnit.SECONDS);
                        return request.put(path);
                    }));
                }
                Response first = answers.get(0).get(30, TimeUnit.SECONDS);
                Response second = answers.get(1).get(30, TimeUnit.SECONDS);
                List<Integer> statuses = new ArrayList<>(List.of(first.statusCode(), second.statusCode()));
                statuses.sort(null);
                assertEquals(List.of(200, 412), statuses, "round " + round + ": one winner, one 412");
                Response loser = first.statusCode() == 412 ? first : second;
                assertTrue(loser.contentType().startsWith("application/problem+json"), "the loser gets problem+json");
                winners.add((first.statusCode() == 200 ? first : second).jsonPath().getString("name"));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Object> audited = QuarkusTransaction.requiringNew().call(() -> audit.eventsOf("organisation", organisation.id)
                .stream().filter(e -> e.action().equals("updated")).map(e -> e.details().get("name")).toList());
        assertEquals(winners, audited, "one audit event per round, naming the winner's change");
        as(coordinators.get(1)).get(path).then().statusCode(200).header("ETag", "\"" + ROUNDS + "\"");
    }
}
