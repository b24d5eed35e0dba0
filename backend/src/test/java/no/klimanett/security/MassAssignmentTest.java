package no.klimanett.security;

import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.LoginThrottle;
import no.klimanett.security.World.Who;
import no.klimanett.testing.DatabaseFingerprint;
import no.klimanett.testing.Fixtures;
import no.klimanett.testing.OpenApiOperations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * API3 (broken object property level authorisation, "mass assignment"): fields a caller may not set — ids,
 * workflow state, approval and audit fields, the demo flag, versions, secrets, roles, and the tenant of an
 * existing object — are refused, and the refused request changes nothing in the database.
 *
 * <p>Every JSON body of openapi.yaml is tried, as an administrator (so that a refusal is never just a missing
 * role), with each such field that its schema does not declare, at the top level and inside list elements.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one world for all the tests of the class
class MassAssignmentTest {

    /** Fields of our entities and views that no request may set, with a plausible value an attacker would send. */
    static final Map<String, Object> FORBIDDEN = forbidden();

    private static Map<String, Object> forbidden() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", UUID.randomUUID().toString());
        f.put("status", "APPROVED");
        f.put("revision", 7);
        f.put("approvedBy", "user:someone-else");
        f.put("approvedAt", "2020-01-01T00:00:00Z");
        f.put("submittedBy", "user:someone-else");
        f.put("demo", true);
        f.put("version", 0);
        f.put("versionLock", 0);
        f.put("createdAt", "2000-01-01T00:00:00Z");
        f.put("updatedAt", "2000-01-01T00:00:00Z");
        f.put("recordedBy", "user:someone-else");
        f.put("organisationId", UUID.randomUUID().toString());
        f.put("networkId", UUID.randomUUID().toString());
        f.put("orgNumberVerified", true);
        f.put("admin", true);
        f.put("grants", List.of(Map.of("role", "ADMIN")));
        f.put("passwordHash", "$2a$04$attackerchosenhashattackerchosenhashattackerchosenhash");
        f.put("secretHash", "$2a$04$attackerchosenhashattackerchosenhashattackerchosenhash");
        f.put("secret", "attacker-chosen-secret");
        f.put("totals", Map.of("scope1T", "0.000"));
        f.put("tco2e", "0.000");
        return f;
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseFingerprint database;

    @Inject
    LoginThrottle throttle;

    World world;
    Calls calls;

    @BeforeEach
    void world() {
        if (world == null) {
            world = new World(fixtures);
            calls = new Calls(world);
        }
    }

    @Test
    void fieldsTheCallerMayNotSetAreRefusedAndChangeNothing() {
        var contract = OpenApiOperations.load();
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int bodies = 0;
        for (var op : contract.operations()) {
            if (op.requestSchemaRef() == null || !op.requestContentType().equals("application/json")) continue;
            var spec = calls.spec(op.operationId());
            String target = spec.targets().get(0);
            Calls.Call valid = spec.call().apply(target, Who.ADMIN);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) valid.body;
            var schema = contract.resolve(Map.of("$ref", op.requestSchemaRef()));
            bodies++;
            var before = database.take();
            for (var attempt : attempts(contract, schema, body)) {
                Calls.Call call = copyWithBody(valid, attempt.body());
                var response = Calls.send(op, call, world.token(Who.ADMIN));
                tried++;
                List<String> named = response.statusCode() == 400 ? response.jsonPath().getList("errors.field") : List.of();
                if (response.statusCode() != 400 || !named.contains(attempt.field())) {
                    failures.add(op.operationId() + " with " + attempt.field() + ": " + response.statusCode() + " "
                            + response.asString());
                }
            }
            var changed = DatabaseFingerprint.changedTables(before, database.take());
            if (!changed.isEmpty()) failures.add(op.operationId() + ": refused requests changed " + changed);
        }
        System.out.printf("Mass assignment: %d forbidden fields tried on %d request bodies%n", tried, bodies);
        if (!failures.isEmpty()) fail(String.join("\n", failures));
        assertTrue(bodies >= 15 && tried >= bodies * 10, "the contract's bodies were not all tried");
    }

    record Attempt(String field, Map<String, Object> body) {}

    /** Each forbidden field the schema does not declare, at the top level and in the first element of each list. */
    @SuppressWarnings("unchecked")
    private static List<Attempt> attempts(OpenApiOperations contract, Map<String, Object> schema, Map<String, Object> body) {
        var properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<Attempt> attempts = new ArrayList<>();
        FORBIDDEN.forEach((field, value) -> {
            if (properties.containsKey(field)) return; // declared: a rule of the service decides (tested below)
            Map<String, Object> copy = new LinkedHashMap<>(body);
            copy.put(field, value);
            attempts.add(new Attempt(field, copy));
        });
        properties.forEach((name, property) -> {
            var items = contract.resolve((Map<String, Object>) ((Map<String, Object>) property).get("items"));
            if (!(body.get(name) instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?>)) return;
            var itemProperties = (Map<String, Object>) items.getOrDefault("properties", Map.of());
            for (String field : List.of("id", "createdAt", "tco2e", "reportId", "userId")) {
                if (itemProperties.containsKey(field)) continue;
                List<Object> elements = new ArrayList<>(list);
                Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) list.get(0));
                first.put(field, field.equals("createdAt") ? "2000-01-01T00:00:00Z" : UUID.randomUUID().toString());
                elements.set(0, first);
                Map<String, Object> copy = new LinkedHashMap<>(body);
                copy.put(name, elements);
                attempts.add(new Attempt(name + "[0]." + field, copy));
            }
        });
        return attempts;
    }

    private static Calls.Call copyWithBody(Calls.Call valid, Object body) {
        Calls.Call call = new Calls.Call();
        call.path.putAll(valid.path);
        call.query.putAll(valid.query);
        call.headers.putAll(valid.headers);
        call.contentType = valid.contentType;
        call.body = body;
        return call;
    }

    // ------------------------------------------------------------------ declared fields that a rule protects

    @Test
    void theOwnerOfACommitmentCannotBeChanged() {
        String url = "/api/v1/commitments/{id}";
        Map<String, Object> moved = new HashMap<>(world.x.commitmentInput());
        moved.put("organisationId", world.y.organisationId());
        moved.put("networkId", world.y.networkId());
        var before = database.take();
        var response = as(world.token(Who.COORDINATOR_X)).header("If-Match", world.etag(url, world.x.commitmentId()))
                .body(moved).put(url, world.x.commitmentId()).then();
        problem(response, 400, "validation").body("errors.field", hasItem("organisationId")).body("errors.field", hasItem("networkId"));
        assertEquals(List.of(), DatabaseFingerprint.changedTables(before, database.take()));
    }

    @Test
    void aCoordinatorCannotMoveTheirNetworkUnderAnotherUmbrella() {
        Map<String, Object> moved = new HashMap<>(world.x.networkInput());
        moved.put("parentId", world.y.networkId());
        var before = database.take();
        problem(as(world.token(Who.COORDINATOR_X)).header("If-Match", world.etag("/api/v1/networks/{id}", world.x.networkId())).body(moved)
                .put("/api/v1/networks/{id}", world.x.networkId()).then(), 403, "forbidden");
        assertEquals(List.of(), DatabaseFingerprint.changedTables(before, database.take()));
    }

    @Test
    void theCsvImportRefusesColumnsThatAreNotLineFields() {
        world.ensureReport(world.x.organisationId(), 2016, "DRAFT");
        var before = database.take();
        var response = RestAssured.given().contentType("text/csv").accept("application/json")
                .auth().oauth2(world.token(Who.REPORTER_A))
                .header("If-Match", world.etag("/api/v1/organisations/{o}/reports/{y}", world.x.organisationId(), 2016))
                .body("scope,category,directT,status,approvedBy\n1,PROCESS,1,APPROVED,me\n")
                .post("/api/v1/organisations/{o}/reports/{y}/lines/import", world.x.organisationId(), 2016).then();
        problem(response, 400, "validation").body("errors.field", hasItem("header"));
        assertEquals(List.of(), DatabaseFingerprint.changedTables(before, database.take()));
    }

    @Test
    void aTokenRequestCannotAskForMoreThanTheAccountHas() {
        throttle.reset();
        String token = RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", world.loginEmail)
                .formParam("password", world.loginPassword).formParam("scope", "admin stats:read")
                .formParam("groups", "admin").formParam("kind", "client")
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
        as(token).get("/api/v1/me").then().statusCode(200).body("admin", equalTo(false)).body("kind", equalTo("USER"))
                .body("grants.size()", equalTo(0));
        problem(as(token).get("/api/v1/users").then(), 403, "forbidden");
    }
}
