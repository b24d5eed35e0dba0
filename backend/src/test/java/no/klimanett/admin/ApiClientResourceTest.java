package no.klimanett.admin;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.clientLogin;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.klimanett.auth.Role;
import no.klimanett.auth.ApiClient;
import no.klimanett.auth.LoginThrottle;

@QuarkusTest
class ApiClientResourceTest {

    private static final String PATH = "/api/v1/api-clients";

    @Inject
    Fixtures fixtures;

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgetThrottling() {
        throttle.reset();
    }

    private static Map<String, Object> newClient(String clientId, List<String> scopes, List<UUID> networkIds) {
        return Map.of("clientId", clientId, "name", "Klimapartnere national", "scopes", scopes, "networkIds", networkIds);
    }

    @Test
    void theSecretIsShownOnceAndWorksForClientCredentials() {
        String admin = fixtures.adminToken();
        Network network = fixtures.network(Visibility.MEMBERS_ONLY);
        String clientId = Fixtures.unique("national");
        var created = as(admin).body(newClient(clientId, List.of("stats:read", "networks:read"), List.of(network.id)))
                .post(PATH).then().statusCode(201).header("Cache-Control", "no-store").header("ETag", equalTo("\"0\""))
                .body("clientId", equalTo(clientId)).body("clientSecret", notNullValue())
                .body("scopes", equalTo(List.of("networks:read", "stats:read")))
                .body("networkIds", equalTo(List.of(network.id.toString()))).body("active", equalTo(true))
                .body("$", not(hasKey("secretHash"))).extract();
        String secret = created.path("clientSecret");
        String location = created.header("Location");

        // afterwards the secret is nowhere: neither in the client nor in the list
        String fetched = as(admin).get(location).then().statusCode(200).body("$", not(hasKey("clientSecret")))
                .extract().asString();
        assertFalse(fetched.contains(secret) || fetched.contains("$2"), fetched);
        String listed = as(admin).queryParam("size", 100).get(PATH).then().statusCode(200).extract().asString();
        assertFalse(listed.contains(secret) || listed.contains("$2"), listed);

        String token = clientLogin(clientId, secret).statusCode(200).body("scope", equalTo("networks:read stats:read"))
                .extract().path("access_token");
        as(token).get("/api/v1/me").then().statusCode(200).body("kind", equalTo("CLIENT"))
                .body("networkIds", equalTo(List.of(network.id.toString())));
        as(token).get("/api/v1/networks/" + network.id).then().statusCode(200);
        problem(clientLogin(clientId, secret + "x"), 400, "invalid-grant");
    }

    @Test
    void aRetriedCreateNeverReplaysTheSecret() {
        String admin = fixtures.adminToken();
        var body = newClient(Fixtures.unique("retry"), List.of("stats:read"), List.of());
        as(admin).header("Idempotency-Key", "create-once").body(body).post(PATH).then().statusCode(201);
        problem(as(admin).header("Idempotency-Key", "create-once").body(body).post(PATH).then(), 409, "conflict")
                .header("Idempotency-Replayed", org.hamcrest.Matchers.nullValue())
                .body("errors.field", hasItem("clientId"));
    }

    @Test
    void inputIsValidated() {
        String admin = fixtures.adminToken();
        fieldError(as(admin).body(newClient("no spaces!", List.of("stats:read", "stats:write"), List.of(UUID.randomUUID())))
                .post(PATH).then(), "clientId");
        fieldError(as(admin).body(newClient(Fixtures.unique("c"), List.of("stats:read", "stats:write"), List.of()))
                .post(PATH).then(), "scopes[1]");
        fieldError(as(admin).body(newClient(Fixtures.unique("c"), List.of(), List.of(UUID.randomUUID())))
                .post(PATH).then(), "networkIds[0]");
        fieldError(as(admin).body(Map.of("clientId", Fixtures.unique("c"), "name", "X", "scopes", List.of(),
                "networkIds", List.of(), "clientSecret", "mine")).post(PATH).then(), "clientSecret");
        String clientId = Fixtures.unique("taken");
        as(admin).body(newClient(clientId, List.of(), List.of())).post(PATH).then().statusCode(201);
        problem(as(admin).body(newClient(clientId, List.of(), List.of())).post(PATH).then(), 409, "conflict")
                .body("errors.field", hasItem("clientId"));
    }

    @Test
    void scopesNetworksAndActiveChangeWithIfMatch() {
        String admin = fixtures.adminToken();
        Network first = fixtures.network(Visibility.MEMBERS_ONLY);
        Network second = fixtures.network(Visibility.MEMBERS_ONLY);
        String clientId = Fixtures.unique("umbrella");
        var created = as(admin).body(newClient(clientId, List.of("networks:read"), List.of(first.id))).post(PATH).then()
                .statusCode(201).extract();
        String location = created.header("Location");
        String secret = created.path("clientSecret");

        var moved = Map.of("name", "Umbrella", "scopes", List.of("stats:read"), "networkIds", List.of(second.id), "active", true);
        problem(as(admin).body(moved).put(location).then(), 428, "precondition-required");
        as(admin).header("If-Match", "\"0\"").body(moved).put(location).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("scopes", equalTo(List.of("stats:read")))
                .body("networkIds", equalTo(List.of(second.id.toString()))).body("name", equalTo("Umbrella"));
        problem(as(admin).header("If-Match", "\"0\"").body(moved).put(location).then(), 412, "precondition-failed");
        fieldError(as(admin).header("If-Match", "\"1\"").body(Map.of("name", "X", "scopes", List.of("all"),
                "networkIds", List.of(), "active", true)).put(location).then(), "scopes[0]");

        String token = clientLogin(clientId, secret).statusCode(200).extract().path("access_token");
        problem(as(token).get("/api/v1/networks/" + first.id).then(), 404, "not-found");
        as(token).get("/api/v1/networks/" + second.id).then().statusCode(200);

        var inactive = Map.of("name", "Umbrella", "scopes", List.of("stats:read"), "networkIds", List.of(second.id),
                "active", false);
        as(admin).header("If-Match", "\"1\"").body(inactive).put(location).then().statusCode(200).body("active", equalTo(false));
        problem(clientLogin(clientId, secret), 400, "invalid-grant");
        problem(as(token).get("/api/v1/me").then(), 401, "unauthenticated");
    }

    @Test
    void onlyAdministratorsManageClients() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        ApiClient existing = fixtures.client(java.util.Set.of("stats:read"), java.util.Set.of(network.id));
        String location = PATH + "/" + existing.id;
        var update = Map.of("name", "X", "scopes", List.of(), "networkIds", List.of(), "active", true);
        var body = newClient(Fixtures.unique("c"), List.of(), List.of());

        problem(anonymous().get(PATH).then(), 401, "unauthenticated");
        problem(anonymous().get(location).then(), 401, "unauthenticated");
        problem(anonymous().body(body).post(PATH).then(), 401, "unauthenticated");
        problem(anonymous().header("If-Match", "\"0\"").body(update).put(location).then(), 401, "unauthenticated");

        problem(as(coordinator).get(PATH).then(), 403, "forbidden");
        problem(as(coordinator).get(location).then(), 403, "forbidden");
        problem(as(coordinator).body(body).post(PATH).then(), 403, "forbidden");
        problem(as(coordinator).header("If-Match", "\"0\"").body(update).put(location).then(), 403, "forbidden");
        // an API client is not an administrator either
        problem(as(Fixtures.token(existing)).get(PATH).then(), 403, "forbidden");

        String admin = fixtures.adminToken();
        problem(as(admin).get(PATH + "/" + UUID.randomUUID()).then(), 404, "not-found");
        problem(as(admin).header("If-Match", "\"0\"").body(update).put(PATH + "/" + UUID.randomUUID()).then(), 404, "not-found");
        as(admin).get(location).then().statusCode(200).body("clientId", equalTo(existing.clientId));
    }
}
