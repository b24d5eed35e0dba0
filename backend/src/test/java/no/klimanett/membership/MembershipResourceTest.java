package no.klimanett.membership;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    MembershipService memberships;

    private static Map<String, Object> body(UUID organisationId, String joined, String left) {
        var body = new HashMap<String, Object>();
        body.put("organisationId", organisationId == null ? null : organisationId.toString());
        body.put("role", "FOUNDING_PARTNER");
        body.put("joinedOn", joined);
        body.put("leftOn", left);
        body.put("agreementReference", "KPI-2019-01");
        body.put("agreementSignedOn", "2019-09-30");
        return body;
    }

    @Test
    void coordinatorAddsAMemberWhoLaterLeavesAndRejoins() {
        Network network = fixtures.network(Visibility.PUBLIC);
        var org = fixtures.organisation();
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        String base = "/api/v1/networks/" + network.id + "/members";

        String location = as(coordinator).body(body(org.id, "2019-09-30", null)).post(base).then().statusCode(201)
                .body("organisation.name", equalTo(org.name)).body("active", equalTo(true)).body("role", equalTo("FOUNDING_PARTNER"))
                .extract().header("Location");
        var leave = body(org.id, "2019-09-30", "2022-12-31");
        leave.remove("organisationId");
        as(coordinator).header("If-Match", "\"0\"").body(leave).put(location).then().statusCode(200)
                .body("leftOn", equalTo("2022-12-31")).body("active", equalTo(false));
        problem(as(coordinator).header("If-Match", "\"0\"").body(leave).put(location).then(), 412, "precondition-failed");
        problem(as(coordinator).body(leave).put(location).then(), 428, "precondition-required");

        // overlapping the first period is refused; rejoining after it is a new membership
        problem(as(coordinator).body(body(org.id, "2022-06-01", null)).post(base).then(), 409, "conflict")
                .body("errors.field", hasItem("joinedOn"));
        as(coordinator).body(body(org.id, "2024-01-01", null)).post(base).then().statusCode(201);

        anonymous().get(base).then().statusCode(200).body("totalItems", equalTo(2));
        anonymous().queryParam("activeOn", "2023-06-01").get(base).then().body("totalItems", equalTo(0));
        anonymous().queryParam("activeOn", "2024-06-01").get(base).then().body("items.organisation.id", equalTo(List.of(org.id.toString())));
        assertEquals(List.of(org.id), memberships.membersDuring(network.id, 2022));
        assertEquals(List.of(), memberships.membersDuring(network.id, 2023));
    }

    @Test
    void inputIsValidated() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        String base = "/api/v1/networks/" + network.id + "/members";
        var org = fixtures.organisation();
        fieldError(as(coordinator).body(body(null, "2020-01-01", null)).post(base).then(), "organisationId");
        fieldError(as(coordinator).body(body(org.id, "2020-01-01", "2019-01-01")).post(base).then(), "leftOn");
        fieldError(as(coordinator).body(body(org.id, "1. januar", null)).post(base).then(), "joinedOn");
        fieldError(as(coordinator).queryParam("activeOn", "yesterday").get(base).then(), "activeOn");
        fieldError(as(coordinator).queryParam("role", "BOSS").get(base).then(), "role");
        problem(as(coordinator).body(body(UUID.randomUUID(), "2020-01-01", null)).post(base).then(), 404, "not-found");
    }

    @Test
    void onlyTheNetworksCoordinatorsManageMembers() {
        Network network = fixtures.network(Visibility.PUBLIC);
        Network hidden = fixtures.network(Visibility.MEMBERS_ONLY);
        var org = fixtures.organisation();
        String base = "/api/v1/networks/" + network.id + "/members";
        String otherCoordinator = fixtures.tokenFor(Role.COORDINATOR, hidden.id);
        problem(as(otherCoordinator).body(body(org.id, "2020-01-01", null)).post(base).then(), 403, "forbidden");
        problem(as(fixtures.tokenFor(Role.VIEWER, network.id)).body(body(org.id, "2020-01-01", null)).post(base).then(), 403, "forbidden");
        problem(as(fixtures.tokenFor(Role.REPORTER, org.id)).body(body(org.id, "2020-01-01", null)).post(base).then(), 403, "forbidden");
        problem(anonymous().body(body(org.id, "2020-01-01", null)).post(base).then(), 401, "unauthenticated");
        // a members-only network's member list does not exist for outsiders
        problem(anonymous().get("/api/v1/networks/" + hidden.id + "/members").then(), 404, "not-found");
        problem(as(fixtures.tokenFor(Role.COORDINATOR, network.id))
                .get("/api/v1/networks/" + hidden.id + "/members/" + UUID.randomUUID()).then(), 404, "not-found");
        var m = fixtures.member(network.id, org.id, LocalDate.of(2020, 1, 1), null);
        // a membership id under the wrong network is not found there
        problem(as(otherCoordinator).get("/api/v1/networks/" + hidden.id + "/members/" + m.id).then(), 404, "not-found");
    }
}
