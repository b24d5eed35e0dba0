package no.klimanett.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.klimanett.auth.LoginThrottle;
import no.klimanett.security.World.Who;
import no.klimanett.testing.Fixtures;
import no.klimanett.testing.OpenApiOperations;
import no.klimanett.testing.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * API1 and API5 (broken object- and function-level authorisation): every operation of openapi.yaml, called by
 * every kind of caller, on the caller's own tenant and on another tenant, against the outcomes written down once
 * in src/test/resources/authorization-matrix.csv.
 *
 * <p>The test fails when an operation of the contract has no row (a new endpoint must be classified), when a row
 * names an operation that no longer exists, when an outcome differs, and when a successful answer contains the id
 * of an object the caller may not see (a list that forgot its filter). Each request is made against fresh state
 * where the operation changes something (a report is brought back into the status the step needs, names are
 * unique), so that the outcome depends on the caller only.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String MATRIX = "/authorization-matrix.csv";

    @Inject
    Fixtures fixtures;

    @Inject
    LoginThrottle throttle;

    World world;

    @Test
    void everyOperationAndCallerMatchesTheMatrix() throws IOException {
        world = new World(fixtures);
        throttle.reset();
        var operations = OpenApiOperations.load().operations();
        Map<String, Map<String, Map<Who, String>>> expected = readMatrix();
        Calls calls = new Calls(world);

        List<String> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        int requests = 0;
        int rows = 0;
        for (Operation op : operations) {
            known.add(op.operationId());
            Calls.Spec spec = calls.spec(op.operationId());
            var rowsOfOp = expected.get(op.operationId());
            if (spec == null) {
                problems.add(op + ": no request builder in security/Calls.specs()");
                continue;
            }
            if (rowsOfOp == null) {
                problems.add(op + ": no row in authorization-matrix.csv; classify it for targets " + spec.targets());
                continue;
            }
            if (!rowsOfOp.keySet().equals(new java.util.HashSet<>(spec.targets()))) {
                problems.add(op + ": the matrix has targets " + rowsOfOp.keySet() + ", the test builds " + spec.targets());
                continue;
            }
            for (String target : spec.targets()) {
                rows++;
                for (Who who : Who.values()) {
                    Calls.Call call = spec.call().apply(target, who);
                    Response response = Calls.send(op, call, world.token(who));
                    requests++;
                    String outcome = outcome(response.statusCode());
                    String wanted = rowsOfOp.get(target).get(who);
                    if (!outcome.equals(wanted)) {
                        problems.add(String.format("%-26s %-8s %-14s expected %-4s got %s %s", op.operationId(), target,
                                who.column, wanted, response.statusCode(), abbreviate(response.asString())));
                    }
                    if (response.statusCode() >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        problems.add(op.operationId() + " " + target + " " + who.column + ": error without problem+json");
                    }
                    if (outcome.equals("ok") && !op.operationId().equals("getMe")) {
                        String body = response.asString();
                        for (UUID secret : world.invisibleTo(who)) {
                            if (body.contains(secret.toString())) {
                                problems.add(op.operationId() + " " + target + " " + who.column
                                        + ": the answer contains the id " + secret + " of an object this caller may not see");
                            }
                        }
                    }
                }
            }
        }
        for (String id : expected.keySet()) {
            if (!known.contains(id)) problems.add(id + ": in authorization-matrix.csv but not in openapi.yaml");
        }
        System.out.printf("Authorization matrix: %d operations, %d operation × tenant rows × %d callers = %d requests checked%n",
                operations.size(), rows, Who.values().length, requests);
        if (!problems.isEmpty()) {
            fail(problems.size() + " difference(s) from authorization-matrix.csv:\n" + String.join("\n", problems));
        }
        assertTrue(requests >= operations.size() * Who.values().length);
    }

    static String outcome(int status) {
        return status >= 200 && status < 300 ? "ok" : Integer.toString(status);
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    /** operationId → target → caller → expected outcome. */
    static Map<String, Map<String, Map<Who, String>>> readMatrix() throws IOException {
        Map<String, Map<String, Map<Who, String>>> matrix = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(MATRIX)) {
            if (in == null) throw new IllegalStateException(MATRIX + " is missing");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            List<String> header = List.of(lines.get(0).split("\\s*,\\s*"));
            for (Who who : Who.values()) {
                if (!header.contains(who.column)) throw new IllegalStateException(MATRIX + " has no column " + who.column);
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\\s*,\\s*");
                if (cells.length != header.size()) throw new IllegalStateException("wrong number of cells: " + line);
                Map<Who, String> outcomes = new HashMap<>();
                for (Who who : Who.values()) outcomes.put(who, cells[header.indexOf(who.column)]);
                var previous = matrix.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[1], outcomes);
                if (previous != null) throw new IllegalStateException("row listed twice: " + cells[0] + " " + cells[1]);
            }
        }
        return matrix;
    }
}
