package no.klimanett.security;

import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.klimanett.security.World.Who;
import no.klimanett.testing.Fixtures;
import no.klimanett.testing.OpenApiOperations;
import no.klimanett.testing.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Authentication comes before validation (issue #10: an anonymous POST with an incomplete body answered 400 listing
 * the missing fields). Every changing operation of the contract, sent anonymously with an empty or broken body and no
 * If-Match, must answer 401 problem+json — so an anonymous caller learns nothing of a body's rules.
 */
@QuarkusTest
class AuthenticationFirstTest {

    /** Changing operations that anonymous callers may use. */
    static final Set<String> PUBLIC_WRITES = Set.of("issueToken");

    @Inject
    Fixtures fixtures;

    @Test
    void anonymousChangesAreRefusedBeforeTheirBodyIsLookedAt() {
        World world = new World(fixtures);
        Calls calls = new Calls(world);
        List<String> problems = new ArrayList<>();
        for (Operation op : OpenApiOperations.load().operations()) {
            if (!op.changes() || PUBLIC_WRITES.contains(op.operationId())) continue;
            Calls.Spec spec = calls.spec(op.operationId());
            for (String body : List.of("{}", "{\"unknown\": tru")) {
                Calls.Call call = spec.call().apply(spec.targets().get(0), Who.ANONYMOUS);
                call.headers.remove("If-Match");
                // the operation's own media type (a CSV import stays text/csv): a wrong one is a routing answer (415)
                if (call.contentType.equals("application/x-www-form-urlencoded")) call.contentType("application/json");
                call.body(body);
                call.form.clear();
                var response = Calls.send(op, call, null);
                if (response.statusCode() != 401 || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    problems.add(op.operationId() + " with body " + body + ": " + response.statusCode() + " " + response.asString());
                }
            }
        }
        if (!problems.isEmpty()) fail("anonymous changes not refused with 401 first:\n" + String.join("\n", problems));
    }
}
