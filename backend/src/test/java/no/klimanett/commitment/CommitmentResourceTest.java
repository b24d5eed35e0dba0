package no.klimanett.commitment;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.AppUser;
import no.klimanett.auth.Role;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.organisation.Organisation;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitmentResourceTest {

    private static final String PATH = "/api/v1/commitments";

    @Inject
    Fixtures fixtures;

    /** A network's absolute target: -74 % by 2030 against 2019 for scopes 1 and 2 (Aalborg's municipal target). */
    static Map<String, Object> absolute(UUID networkId, UUID organisationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("networkId", networkId);
        body.put("organisationId", organisationId);
        body.put("title", "Cut emissions 74 % by 2030");
        body.put("targetType", "ABSOLUTE");
        body.put("scopeCoverage", Map.of("scope1Pct", 100, "scope2Pct", 100, "scope3Pct", 0));
        body.put("baseYear", 2019);
        body.put("baseYearEmissionsT", new java.math.BigDecimal("1234.5"));
        body.put("targetYear", 2030);
        body.put("reductionPct", 74);
        body.put("status", "PLEDGED");
        return body;
    }

    static Map<String, Object> action(UUID networkId, UUID organisationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("networkId", networkId);
        body.put("organisationId", organisationId);
        body.put("title", "Green travel plan");
        body.put("targetType", "ACTION");
        body.put("actionCategory", "travel");
        body.put("dueOn", "2026-06-30");
        body.put("status", "PLEDGED");
        return body;
    }

    private Organisation memberOf(Network network) {
        Organisation org = fixtures.organisation();
        fixtures.member(network.id, org.id, LocalDate.of(2020, 1, 1), null);
        return org;
    }

    @Test
    void coordinatorRecordsTheNetworksTargetWithExactFiguresAndFirstHistoryStep() {
        Network network = fixtures.network(Visibility.PUBLIC);
        AppUser coordinator = fixtures.user(Role.COORDINATOR, network.id);
        var created = as(Fixtures.token(coordinator)).body(absolute(network.id, null)).post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/")).header("ETag", equalTo("\"0\""))
                .body("organisationId", nullValue()).body("status", equalTo("PLEDGED"))
                .body("statusHistory.size()", equalTo(1)).body("statusHistory[0].fromStatus", nullValue())
                .body("statusHistory[0].toStatus", equalTo("PLEDGED"))
                .body("statusHistory[0].changedBy", equalTo("user:" + coordinator.id))
                .extract();
        // decimals keep the column's scale and are never rounded through a double
        org.junit.jupiter.api.Assertions.assertTrue(created.asString().contains("\"baseYearEmissionsT\":1234.500"),
                created.asString());
        org.junit.jupiter.api.Assertions.assertTrue(created.asString().contains("\"reductionPct\":74.00"), created.asString());

        String body = anonymous().get(created.header("Location")).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("scopeCoverage.scope1Pct", equalTo(100.0f)).body("targetYear", equalTo(2030))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"baseYearEmissionsT\":1234.500"), body);
    }

    @Test
    void statusChangesAreAppendedToTheHistoryWithWhoWhenAndComment() {
        Network network = fixtures.network(Visibility.PUBLIC);
        Organisation org = memberOf(network);
        AppUser reporter = fixtures.user(Role.REPORTER, org.id);
        String token = Fixtures.token(reporter);
        String location = as(token).body(action(network.id, org.id)).post(PATH).then().statusCode(201)
                .extract().header("Location");

        var started = action(network.id, org.id);
        started.put("status", "IN_PROGRESS");
        started.put("statusComment", "Plan approved by the board");
        as(token).header("If-Match", "\"0\"").body(started).put(location).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("IN_PROGRESS"))
                .body("statusHistory.toStatus", equalTo(java.util.List.of("PLEDGED", "IN_PROGRESS")))
                .body("statusHistory[1].fromStatus", equalTo("PLEDGED"))
                .body("statusHistory[1].comment", equalTo("Plan approved by the board"))
                .body("statusHistory[1].changedBy", equalTo("user:" + reporter.id))
                .body("statusHistory[1].changedAt", notNullValue());

        // a change of other fields adds no history step; a comment without a status change is refused
        var renamed = action(network.id, org.id);
        renamed.put("status", "IN_PROGRESS");
        renamed.put("title", "Green travel plan for all sites");
        as(token).header("If-Match", "\"1\"").body(renamed).put(location).then().statusCode(200)
                .body("title", equalTo("Green travel plan for all sites")).body("statusHistory.size()", equalTo(2));
        renamed.put("statusComment", "just a note");
        fieldError(as(token).header("If-Match", "\"2\"").body(renamed).put(location).then(), "statusComment");

        // no hard delete: WITHDRAWN is the end, and DELETE is not offered
        var withdrawn = action(network.id, org.id);
        withdrawn.put("status", "WITHDRAWN");
        as(token).header("If-Match", "\"2\"").body(withdrawn).put(location).then().statusCode(200)
                .body("statusHistory.size()", equalTo(3)).body("statusHistory[2].toStatus", equalTo("WITHDRAWN"));
        problem(as(token).delete(location).then(), 405, "method-not-allowed");
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        String location = as(coordinator).body(absolute(network.id, null)).post(PATH).then().statusCode(201)
                .extract().header("Location");
        var adopted = absolute(network.id, null);
        adopted.put("status", "ADOPTED");
        problem(as(coordinator).body(adopted).put(location).then(), 428, "precondition-required");
        problem(as(coordinator).header("If-Match", "\"7\"").body(adopted).put(location).then(), 412, "precondition-failed");
        as(coordinator).header("If-Match", "\"0\"").body(adopted).put(location).then().statusCode(200);
        problem(as(coordinator).header("If-Match", "\"0\"").body(adopted).put(location).then(), 412, "precondition-failed");
        // nothing of the refused writes reached the history
        as(coordinator).get(location).then().body("statusHistory.size()", equalTo(2));
    }

    @Test
    void fieldsAreCheckedPerTargetType() {
        Network network = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);

        var incomplete = absolute(network.id, null);
        incomplete.remove("baseYear");
        incomplete.remove("reductionPct");
        incomplete.remove("scopeCoverage");
        fieldError(as(coordinator).body(incomplete).post(PATH).then(), "baseYear")
                .body("errors.field", hasItems("reductionPct", "scopeCoverage"));

        var backwards = absolute(network.id, null);
        backwards.put("targetYear", 2015);
        fieldError(as(coordinator).body(backwards).post(PATH).then(), "targetYear");

        var future = absolute(network.id, null);
        future.put("baseYear", Year.now().getValue() + 1);
        future.put("targetYear", 2099);
        fieldError(as(coordinator).body(future).post(PATH).then(), "baseYear");

        var tooOld = absolute(network.id, null);
        tooOld.put("baseYear", 1980);
        fieldError(as(coordinator).body(tooOld).post(PATH).then(), "baseYear");

        var intensity = absolute(network.id, null);
        intensity.put("targetType", "INTENSITY");
        fieldError(as(coordinator).body(intensity).post(PATH).then(), "intensityMetric");
        intensity.put("intensityMetric", "PER_EMPLOYEE");
        as(coordinator).body(intensity).post(PATH).then().statusCode(201).body("intensityMetric", equalTo("PER_EMPLOYEE"));

        var fixedLevel = absolute(network.id, null);
        fixedLevel.put("targetType", "FIXED_LEVEL");
        fieldError(as(coordinator).body(fixedLevel).post(PATH).then(), "targetLevelT").body("errors.field", hasItem("reductionPct"));

        var netZero = absolute(network.id, null);
        netZero.put("targetType", "NET_ZERO");
        netZero.remove("baseYear");
        fieldError(as(coordinator).body(netZero).post(PATH).then(), "baseYear");

        var coverage = absolute(network.id, null);
        coverage.put("scopeCoverage", Map.of("scope1Pct", 120, "scope2Pct", 0, "scope3Pct", 0));
        fieldError(as(coordinator).body(coverage).post(PATH).then(), "scopeCoverage.scope1Pct");
        coverage.put("scopeCoverage", Map.of("scope1Pct", 0, "scope2Pct", 0, "scope3Pct", 0));
        fieldError(as(coordinator).body(coverage).post(PATH).then(), "scopeCoverage");

        var tooPrecise = absolute(network.id, null);
        tooPrecise.put("baseYearEmissionsT", new java.math.BigDecimal("1.0005"));
        fieldError(as(coordinator).body(tooPrecise).post(PATH).then(), "baseYearEmissionsT");

        // actions have their own, shorter status scale and take no target figures
        var action = action(network.id, null);
        action.put("status", "VALIDATED_EXTERNALLY");
        action.put("reductionPct", 10);
        action.remove("dueOn");
        fieldError(as(coordinator).body(action).post(PATH).then(), "status")
                .body("errors.field", hasItems("reductionPct", "dueOn"));
        var targetInProgress = absolute(network.id, null);
        targetInProgress.put("status", "IN_PROGRESS");
        fieldError(as(coordinator).body(targetInProgress).post(PATH).then(), "status");

        fieldError(as(coordinator).body(Map.of("title", "x")).post(PATH).then(), "networkId")
                .body("errors.field", hasItems("targetType", "status"));
        fieldError(as(coordinator).body(absolute(UUID.randomUUID(), null)).post(PATH).then(), "networkId");
    }

    @Test
    void anOrganisationsCommitmentNeedsItsMembershipAndCannotMove() {
        Network network = fixtures.network(Visibility.PUBLIC);
        Organisation outsider = fixtures.organisation();
        Organisation member = memberOf(network);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network.id);
        fieldError(as(coordinator).body(action(network.id, outsider.id)).post(PATH).then(), "organisationId");

        // a former member cannot take on new commitments in the network
        Organisation former = fixtures.organisation();
        fixtures.member(network.id, former.id, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31));
        fieldError(as(coordinator).body(action(network.id, former.id)).post(PATH).then(), "organisationId");

        String location = as(coordinator).body(action(network.id, member.id)).post(PATH).then().statusCode(201)
                .body("organisationId", equalTo(member.id.toString())).extract().header("Location");
        fieldError(as(coordinator).header("If-Match", "\"0\"").body(action(network.id, null)).put(location).then(),
                "organisationId");
    }

    @Test
    void whoMayWriteWhat() {
        Network x = fixtures.network(Visibility.PUBLIC);
        Network y = fixtures.network(Visibility.PUBLIC);
        Organisation a = memberOf(x);
        Organisation b = memberOf(x);
        String coordinatorX = fixtures.tokenFor(Role.COORDINATOR, x.id);
        String coordinatorY = fixtures.tokenFor(Role.COORDINATOR, y.id);
        String reporterA = fixtures.tokenFor(Role.REPORTER, a.id);
        String viewerX = fixtures.tokenFor(Role.VIEWER, x.id);

        String networkTarget = as(coordinatorX).body(absolute(x.id, null)).post(PATH).then().statusCode(201)
                .extract().header("Location");
        String aAction = as(reporterA).body(action(x.id, a.id)).post(PATH).then().statusCode(201)
                .extract().header("Location");
        // the coordinator of the network also records commitments for its partners
        as(coordinatorX).body(action(x.id, b.id)).post(PATH).then().statusCode(201);

        // anonymous callers read public commitments and are told to authenticate for changes
        anonymous().get(aAction).then().statusCode(200);
        problem(anonymous().body(action(x.id, a.id)).post(PATH).then(), 401, "unauthenticated");
        problem(anonymous().header("If-Match", "\"0\"").body(action(x.id, a.id)).put(aAction).then(), 401, "unauthenticated");

        // a reporter writes only its own organisation's commitments, never the network's own
        problem(as(reporterA).body(absolute(x.id, null)).post(PATH).then(), 403, "forbidden");
        problem(as(reporterA).body(action(x.id, b.id)).post(PATH).then(), 403, "forbidden");
        problem(as(reporterA).header("If-Match", "\"0\"").body(absolute(x.id, null)).put(networkTarget).then(), 403, "forbidden");

        // another network's coordinator (the wrong tenant) and a viewer read but cannot write
        as(coordinatorY).get(networkTarget).then().statusCode(200);
        problem(as(coordinatorY).body(absolute(x.id, null)).post(PATH).then(), 403, "forbidden");
        problem(as(coordinatorY).header("If-Match", "\"0\"").body(action(x.id, a.id)).put(aAction).then(), 403, "forbidden");
        problem(as(viewerX).header("If-Match", "\"0\"").body(absolute(x.id, null)).put(networkTarget).then(), 403, "forbidden");

        problem(as(coordinatorX).get(PATH + "/" + UUID.randomUUID()).then(), 404, "not-found");
        problem(as(coordinatorX).header("If-Match", "\"0\"").body(absolute(x.id, null)).put(PATH + "/" + UUID.randomUUID())
                .then(), 404, "not-found");
    }

    @Test
    void membersOnlyNetworksKeepTheirCommitmentsHidden() {
        Network hidden = fixtures.network(Visibility.MEMBERS_ONLY);
        Network other = fixtures.network(Visibility.PUBLIC);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, hidden.id);
        String location = as(coordinator).body(absolute(hidden.id, null)).post(PATH).then().statusCode(201)
                .extract().header("Location");
        String strangerCoordinator = fixtures.tokenFor(Role.COORDINATOR, other.id);
        problem(anonymous().get(location).then(), 404, "not-found");
        problem(as(strangerCoordinator).get(location).then(), 404, "not-found");
        problem(as(strangerCoordinator).header("If-Match", "\"0\"").body(absolute(hidden.id, null)).put(location).then(),
                404, "not-found");
        // a body naming a network the caller cannot see is treated like an unknown network
        fieldError(as(strangerCoordinator).body(absolute(hidden.id, null)).post(PATH).then(), "networkId");
        as(fixtures.tokenFor(Role.VIEWER, hidden.id)).get(location).then().statusCode(200);
    }

    @Test
    void listShowsOnlyReadableNetworksAndFilters() {
        Network open = fixtures.network(Visibility.PUBLIC);
        Network hidden = fixtures.network(Visibility.MEMBERS_ONLY);
        Organisation org = memberOf(open);
        String openCoordinator = fixtures.tokenFor(Role.COORDINATOR, open.id);
        String hiddenCoordinator = fixtures.tokenFor(Role.COORDINATOR, hidden.id);
        as(openCoordinator).body(absolute(open.id, null)).post(PATH).then().statusCode(201);
        String orgAction = as(openCoordinator).body(action(open.id, org.id)).post(PATH).then().statusCode(201)
                .extract().path("id");
        String hiddenTarget = as(hiddenCoordinator).body(absolute(hidden.id, null)).post(PATH).then().statusCode(201)
                .extract().path("id");

        anonymous().queryParam("networkId", open.id).get(PATH).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].statusHistory", nullValue()).header("Link", containsString("rel=\"first\""));
        anonymous().queryParam("size", 100).get(PATH).then().statusCode(200).body("items.id", not(hasItem(hiddenTarget)));
        problem(anonymous().queryParam("networkId", hidden.id).get(PATH).then(), 404, "not-found");
        as(hiddenCoordinator).queryParam("networkId", hidden.id).get(PATH).then().body("items.id", equalTo(java.util.List.of(hiddenTarget)));

        anonymous().queryParam("networkId", open.id).queryParam("targetType", "ACTION").get(PATH).then()
                .body("items.id", equalTo(java.util.List.of(orgAction)));
        anonymous().queryParam("organisationId", org.id).get(PATH).then().body("items.id", equalTo(java.util.List.of(orgAction)));
        anonymous().queryParam("networkId", open.id).queryParam("status", "ACHIEVED").get(PATH).then().body("totalItems", equalTo(0));
        anonymous().queryParam("networkId", open.id).queryParam("size", 1).get(PATH).then().body("items.size()", equalTo(1))
                .body("totalPages", equalTo(2)).header("Link", containsString("rel=\"next\""));
        fieldError(anonymous().queryParam("status", "DONE").get(PATH).then(), "status");
        fieldError(anonymous().queryParam("organisationId", "nope").get(PATH).then(), "organisationId");
    }
}
