package no.klimanett.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.klimanett.auth.LoginThrottle;
import no.klimanett.security.World.Side;
import no.klimanett.security.World.Who;
import no.klimanett.testing.Fixtures;
import no.klimanett.testing.OpenApiOperations;
import no.klimanett.testing.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * A query parameter that names another resource is an access check like reading that resource (issue #10:
 * {@code GET /organisations?networkId=<members-only network>} listed that network's members to the coordinator of
 * another network, who got 404 on the network itself).
 *
 * <p>Every GET operation of openapi.yaml, for every id-valued query parameter, is called by every kind of caller
 * with the ids of the members-only side X: the answer must be what reading the named resource gives that caller
 * (404 when it is unknown to them), unless the operation already refuses the caller without the filter. A new
 * operation or parameter is covered automatically; a parameter naming a kind of resource this test does not know
 * fails it until it is classified in {@link #NAMED}.
 */
@QuarkusTest
class FilterAuthorizationTest {

    /** Id-valued query parameters → how to read the resource they name, and its id on a side. */
    static final Map<String, Named> NAMED = Map.of(
            "networkId", new Named("getNetwork", Side::networkId),
            "parentId", new Named("getNetwork", Side::networkId),
            "organisationId", new Named("getOrganisation", Side::organisationId));

    record Named(String readOperation, Function<Side, UUID> id) {}

    @Inject
    Fixtures fixtures;

    @Inject
    LoginThrottle throttle;

    @Test
    void everyIdFilterIsAuthorisedLikeTheResourceItNames() {
        World world = new World(fixtures);
        throttle.reset();
        Calls calls = new Calls(world);
        var contract = OpenApiOperations.load();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Operation op : contract.operations()) {
            if (!op.method().equals("GET")) continue;
            for (var parameter : op.in("query")) {
                if (!isIdValued(parameter)) continue;
                Named named = NAMED.get(parameter.name());
                if (named == null) {
                    problems.add(op.operationId() + "?" + parameter.name() + ": an id filter this test does not know; add it to NAMED");
                    continue;
                }
                Operation read = contract.operations().stream().filter(o -> o.operationId().equals(named.readOperation()))
                        .findFirst().orElseThrow();
                Calls.Spec spec = calls.spec(op.operationId());
                String baseTarget = spec.targets().contains("Y") ? "Y" : spec.targets().get(0);
                for (Who who : Who.values()) {
                    String token = world.token(who);
                    int base = Calls.send(op, spec.call().apply(baseTarget, who), token).statusCode();
                    int namedRead = Calls.send(read, calls.spec(read.operationId()).call().apply("X", who), token).statusCode();
                    Calls.Call filtered = spec.call().apply(baseTarget, who);
                    filtered.query.put(parameter.name(), new ArrayList<>(List.of(named.id().apply(world.x))));
                    Response response = Calls.send(op, filtered, token);
                    checked++;
                    int expected = base >= 400 ? base : namedRead >= 400 ? namedRead : 200;
                    int got = response.statusCode() / 100 == 2 ? 200 : response.statusCode();
                    if (got != expected) {
                        problems.add(String.format("%s?%s=<X> as %s: expected %d (the named %s gives %d), got %d",
                                op.operationId(), parameter.name(), who.column, expected, read.operationId(), namedRead,
                                response.statusCode()));
                    }
                    if (got == 200) {
                        for (UUID secret : world.invisibleTo(who)) {
                            if (response.asString().contains(secret.toString())) {
                                problems.add(op.operationId() + "?" + parameter.name() + " as " + who.column
                                        + ": the answer contains " + secret + ", which this caller may not see");
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("Filter authorisation: %d requests checked%n", checked);
        if (!problems.isEmpty()) fail(problems.size() + " filter(s) not authorised like their resource:\n" + String.join("\n", problems));
        assertTrue(checked >= Who.values().length * 5, "expected at least five id filters, checked " + checked);
    }

    /** An id by format, or (until every parameter declares its format) by the name ending in "Id". */
    static boolean isIdValued(OpenApiOperations.Parameter parameter) {
        Object format = parameter.schema() == null ? null : parameter.schema().get("format");
        Object items = parameter.schema() == null ? null : parameter.schema().get("items");
        if (items instanceof Map<?, ?> m && "uuid".equals(m.get("format"))) return true;
        return "uuid".equals(format) || parameter.name().endsWith("Id");
    }
}
