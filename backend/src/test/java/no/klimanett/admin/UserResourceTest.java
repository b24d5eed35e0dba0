package no.klimanett.admin;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.passwordLogin;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.organisation.Organisation;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.klimanett.auth.Role;
import no.klimanett.auth.AppUser;
import no.klimanett.auth.Me;
import no.klimanett.auth.LoginThrottle;

@QuarkusTest
class UserResourceTest {

    private static final String PATH = "/api/v1/users";
    private static final String PASSWORD = "a long enough passphrase";

    @Inject
    Fixtures fixtures;

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgetThrottling() {
        throttle.reset();
    }

    private static Map<String, Object> newUser(String email) {
        return Map.of("email", email, "displayName", "Kari Nordmann", "password", PASSWORD);
    }

    private static Map<String, Object> grant(String role, UUID networkId, UUID organisationId) {
        Map<String, Object> grant = new HashMap<>();
        grant.put("role", role);
        grant.put("networkId", networkId);
        grant.put("organisationId", organisationId);
        return grant;
    }

    @Test
    void adminCreatesAnAccountThatCanLogInAndNeverSeesTheHash() {
        String admin = fixtures.adminToken();
        String email = Fixtures.unique("kari") + "@example.no";
        var created = as(admin).body(newUser(email)).post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/")).header("ETag", equalTo("\"0\""))
                .body("email", equalTo(email)).body("active", equalTo(true)).body("grants.size()", equalTo(0))
                .body("createdAt", notNullValue()).extract();
        String body = created.asString();
        assertFalse(body.contains(PASSWORD) || body.contains("$2") || body.toLowerCase().contains("password"), body);

        String fetched = as(admin).get(created.header("Location")).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .extract().asString();
        assertFalse(fetched.contains("$2") || fetched.toLowerCase().contains("password"), fetched);
        String listed = as(admin).queryParam("q", email.substring(0, 12)).get(PATH).then().statusCode(200)
                .body("items.email", hasItem(email)).extract().asString();
        assertFalse(listed.contains("$2") || listed.toLowerCase().contains("password"), listed);

        passwordLogin(email.toUpperCase(), PASSWORD).statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void accountInputIsValidated() {
        String admin = fixtures.adminToken();
        fieldError(as(admin).body(Map.of("email", "not-an-address", "displayName", " ", "password", "short"))
                .post(PATH).then(), "email").body("errors.field", hasItems("displayName", "password"));
        // 40 characters but 80 bytes: bcrypt would silently ignore the last 8 bytes
        fieldError(as(admin).body(Map.of("email", Fixtures.unique("u") + "@example.no", "displayName", "X",
                "password", "æ".repeat(40))).post(PATH).then(), "password");
        fieldError(as(admin).body(Map.of("email", "x@example.no", "displayName", "X", "password", PASSWORD, "admin", true))
                .post(PATH).then(), "admin");

        String email = Fixtures.unique("dup") + "@example.no";
        as(admin).body(newUser(email)).post(PATH).then().statusCode(201);
        problem(as(admin).body(newUser(email.toUpperCase())).post(PATH).then(), 409, "conflict")
                .body("errors.field", hasItem("email"));
    }

    @Test
    void grantsAreReplacedAsAWholeWithIfMatch() {
        String admin = fixtures.adminToken();
        Network network = fixtures.network(Visibility.MEMBERS_ONLY);
        Organisation org = fixtures.organisation();
        String email = Fixtures.unique("grants") + "@example.no";
        String location = as(admin).body(newUser(email)).post(PATH).then().statusCode(201).extract().header("Location");
        var grants = Map.of("grants", List.of(grant("COORDINATOR", network.id, null), grant("REPORTER", null, org.id)));

        problem(as(admin).body(grants).put(location + "/grants").then(), 428, "precondition-required");
        as(admin).header("If-Match", "\"0\"").body(grants).put(location + "/grants").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("grants.role", equalTo(List.of("COORDINATOR", "REPORTER")))
                .body("grants.networkId", hasItem(network.id.toString()))
                .body("grants.organisationId", hasItem(org.id.toString()));
        problem(as(admin).header("If-Match", "\"0\"").body(grants).put(location + "/grants").then(), 412, "precondition-failed");

        // the new roles take effect at once: the user now reads the members-only network
        String token = passwordLogin(email, PASSWORD).statusCode(200).extract().path("access_token");
        as(token).get("/api/v1/networks/" + network.id).then().statusCode(200);

        // replacing with one of the two keeps it and removes the other
        as(admin).header("If-Match", "\"1\"").body(Map.of("grants", List.of(grant("REPORTER", null, org.id))))
                .put(location + "/grants").then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("grants.role", equalTo(List.of("REPORTER")));
        problem(as(token).get("/api/v1/networks/" + network.id).then(), 404, "not-found");
    }

    @Test
    void grantsMustBeScopedAsTheirRoleRequires() {
        String admin = fixtures.adminToken();
        Network network = fixtures.network(Visibility.PUBLIC);
        String location = as(admin).body(newUser(Fixtures.unique("scoped") + "@example.no")).post(PATH).then()
                .statusCode(201).extract().header("Location");
        var bad = Map.of("grants", List.of(
                grant("COORDINATOR", null, null),
                grant("REPORTER", network.id, null),
                grant("ADMIN", network.id, null),
                grant("VIEWER", UUID.randomUUID(), null),
                grant("REPORTER", null, UUID.randomUUID())));
        fieldError(as(admin).header("If-Match", "\"0\"").body(bad).put(location + "/grants").then(), "grants[0].networkId")
                .body("errors.field", hasItems("grants[1].networkId", "grants[1].organisationId", "grants[2].networkId",
                        "grants[3].networkId", "grants[4].organisationId"));
        var twice = Map.of("grants", List.of(grant("VIEWER", network.id, null), grant("VIEWER", network.id, null)));
        fieldError(as(admin).header("If-Match", "\"0\"").body(twice).put(location + "/grants").then(), "grants[1]");
        fieldError(as(admin).header("If-Match", "\"0\"").body(Map.of("grants", List.of(Map.of("role", "OWNER"))))
                .put(location + "/grants").then(), "grants[0].role");
        // nothing was written by the refused requests
        as(admin).get(location).then().header("ETag", equalTo("\"0\"")).body("grants.size()", equalTo(0));
    }

    @Test
    void deactivatedAccountsCannotLogInOrUseTheirTokens() {
        String admin = fixtures.adminToken();
        String email = Fixtures.unique("leaver") + "@example.no";
        String location = as(admin).body(newUser(email)).post(PATH).then().statusCode(201).extract().header("Location");
        String token = passwordLogin(email, PASSWORD).statusCode(200).extract().path("access_token");

        var deactivate = Map.of("displayName", "Kari (left)", "active", false);
        problem(as(admin).body(deactivate).put(location).then(), 428, "precondition-required");
        as(admin).header("If-Match", "\"0\"").body(deactivate).put(location).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("active", equalTo(false)).body("displayName", equalTo("Kari (left)"));
        problem(as(admin).header("If-Match", "\"0\"").body(deactivate).put(location).then(), 412, "precondition-failed");
        fieldError(as(admin).header("If-Match", "\"1\"").body(Map.of("displayName", "X")).put(location).then(), "active");

        problem(passwordLogin(email, PASSWORD), 400, "invalid-grant");
        problem(as(token).get("/api/v1/me").then(), 401, "unauthenticated");
    }

    @Test
    void theLastActiveAdministratorCannotBeRemoved() {
        AppUser last = fixtures.user(Role.ADMIN, null);
        fixtures.deactivateAdminsOtherThan(last.id);
        String token = Fixtures.token(last);
        String location = PATH + "/" + last.id;
        problem(as(token).header("If-Match", "\"0\"").body(Map.of("grants", List.of())).put(location + "/grants").then(),
                409, "conflict");
        problem(as(token).header("If-Match", "\"0\"").body(Map.of("displayName", "Me", "active", false)).put(location)
                .then(), 409, "conflict");
        // with a second administrator, the first may step down
        String second = fixtures.adminToken();
        as(second).header("If-Match", "\"0\"").body(Map.of("grants", List.of())).put(location + "/grants").then()
                .statusCode(200).body("grants.size()", equalTo(0));
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        AppUser someone = fixtures.user(Role.VIEWER, network.id);
        String location = PATH + "/" + someone.id;
        var grants = Map.of("grants", List.of(grant("ADMIN", null, null)));

        problem(anonymous().get(PATH).then(), 401, "unauthenticated");
        problem(anonymous().get(location).then(), 401, "unauthenticated");
        problem(anonymous().body(newUser("a@example.no")).post(PATH).then(), 401, "unauthenticated");
        problem(anonymous().header("If-Match", "\"0\"").body(grants).put(location + "/grants").then(), 401, "unauthenticated");
        problem(anonymous().header("If-Match", "\"0\"").body(Map.of("displayName", "X", "active", true)).put(location)
                .then(), 401, "unauthenticated");

        problem(as(coordinator).get(PATH).then(), 403, "forbidden");
        problem(as(coordinator).get(location).then(), 403, "forbidden");
        problem(as(coordinator).body(newUser(Fixtures.unique("c") + "@example.no")).post(PATH).then(), 403, "forbidden");
        // in particular nobody grants themselves a role
        problem(as(coordinator).header("If-Match", "\"0\"").body(grants).put(location + "/grants").then(), 403, "forbidden");
        problem(as(coordinator).header("If-Match", "\"0\"").body(Map.of("displayName", "X", "active", true)).put(location)
                .then(), 403, "forbidden");

        String admin = fixtures.adminToken();
        problem(as(admin).get(PATH + "/" + UUID.randomUUID()).then(), 404, "not-found");
        problem(as(admin).header("If-Match", "\"0\"").body(grants).put(PATH + "/" + UUID.randomUUID() + "/grants").then(),
                404, "not-found");
        as(admin).get(location).then().statusCode(200).body("grants.role", not(hasItem("ADMIN")));
    }
}
