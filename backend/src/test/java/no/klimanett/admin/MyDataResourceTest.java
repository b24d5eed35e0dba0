package no.klimanett.admin;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;
import no.klimanett.auth.Role;
import no.klimanett.auth.AppUser;

/** A person downloads their own data: account, roles, what they did, what was done to their account — and nobody else's. */
@QuarkusTest
class MyDataResourceTest {

    static final String PATH = "/api/v1/me/data";

    @Inject
    Fixtures fixtures;

    @Test
    void aPersonGetsTheirAccountRolesActionsAndAccountHistoryAsAFile() {
        Network network = fixtures.network(Visibility.PUBLIC);
        AppUser coordinator = fixtures.user(Role.COORDINATOR, network.id);
        String token = Fixtures.token(coordinator);
        // something the person did (audited as them) ...
        var organisation = fixtures.organisation();
        as(token).body(Map.of("organisationId", organisation.id, "role", "PARTNER", "joinedOn", "2020-01-01"))
                .post("/api/v1/networks/" + network.id + "/members").then().statusCode(201);
        // ... and something an administrator did to their account
        AppUser admin = fixtures.user(Role.ADMIN, null);
        String etag = as(Fixtures.token(admin)).get("/api/v1/users/" + coordinator.id).then().extract().header("ETag");
        as(Fixtures.token(admin)).header("If-Match", etag).body(Map.of("displayName", "Kari Nordmann", "active", true))
                .put("/api/v1/users/" + coordinator.id).then().statusCode(200);
        // someone else's action must not appear
        as(fixtures.adminToken()).body(Map.of("slug", Fixtures.unique("other").toLowerCase(), "name", "Other", "country", "NO"))
                .post("/api/v1/networks").then().statusCode(201);

        as(token).get(PATH).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"klimanett-my-data.json\"")
                .header("Cache-Control", "no-store")
                .body("exportedAt", notNullValue())
                .body("account.id", equalTo(coordinator.id.toString()))
                .body("account.email", equalTo(coordinator.email))
                .body("account.displayName", equalTo("Kari Nordmann"))
                .body("account.active", equalTo(true))
                .body("grants", hasSize(1))
                .body("grants[0].role", equalTo("COORDINATOR"))
                .body("grants[0].networkId", equalTo(network.id.toString()))
                .body("actions", hasSize(1))
                .body("actions[0].actor", equalTo("user:" + coordinator.id))
                .body("actions.actor", everyItem(equalTo("user:" + coordinator.id)))
                .body("accountHistory.action", hasItem("updated"))
                .body("accountHistory.find { it.action == 'updated' }.actorName", equalTo(admin.displayName))
                .body("accountHistory.entityId", everyItem(equalTo(coordinator.id.toString())));
    }

    @Test
    void apiClientsHaveNoPersonalDataAndAnonymousCallersMustLogIn() {
        problem(anonymous().get(PATH).then(), 401, "unauthenticated");
        problem(as(Fixtures.token(fixtures.client(Set.of("networks:read"), Set.of()))).get(PATH).then(), 403, "forbidden");
    }

    @Test
    void aNewAccountHasAnEmptyTrail() {
        AppUser viewer = fixtures.user(Role.VIEWER, fixtures.network(Visibility.MEMBERS_ONLY).id);
        as(Fixtures.token(viewer)).get(PATH).then().statusCode(200)
                .body("actions", equalTo(List.of()))
                .body("grants[0].role", equalTo("VIEWER"));
    }
}
