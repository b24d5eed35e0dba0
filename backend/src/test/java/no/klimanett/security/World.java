package no.klimanett.security;

import static no.klimanett.testing.Api.as;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.klimanett.auth.ApiClient;
import no.klimanett.auth.Role;
import no.klimanett.testing.Fixtures;

/**
 * The one world the security tests run against, built through the API as an administrator would build it:
 * <ul>
 *   <li>network X (members-only) with organisation A as a member; network Y (public) with organisation B;</li>
 *   <li>per side a membership, a commitment of the organisation, a restatement, a submitted report (read by the
 *       reviewers) and a draft report (the reporters' working copy);</li>
 *   <li>a factor set, a user and an API client that only administrators may touch;</li>
 *   <li>one token per {@link Who}: anonymous, reporter of A, reporter of B, coordinator of X, coordinator of Y,
 *       viewer of X, an API client granted X with both scopes, one granted X without any scope, an admin.</li>
 * </ul>
 * X is the members-only side so that "the other tenant" is tested both ways: X's objects must be invisible to
 * outsiders (404), Y's are public but must not be changeable by outsiders (403).
 */
public final class World {

    /** The callers of the matrix, named as in authorization-matrix.csv. */
    public enum Who {
        ANONYMOUS("anonymous"), REPORTER_A("reporterA"), REPORTER_B("reporterB"), COORDINATOR_X("coordinatorX"),
        COORDINATOR_Y("coordinatorY"), VIEWER_X("viewerX"), CLIENT_SCOPED("clientScoped"),
        CLIENT_NO_SCOPE("clientNoScope"), ADMIN("admin");

        public final String column;

        Who(String column) {
            this.column = column;
        }
    }

    /** Years of the reports that every side has from the start. */
    public static final int SUBMITTED_YEAR = 2023;
    public static final int DRAFT_YEAR = 2022;

    /** One tenant: a network, its member organisation and the objects that belong to them. */
    public record Side(String name, UUID networkId, Map<String, Object> networkInput, UUID organisationId,
                       Map<String, Object> organisationInput, UUID membershipId, UUID commitmentId,
                       Map<String, Object> commitmentInput, UUID restatementId, UUID submittedReportId,
                       UUID draftReportId) {}

    public final Side x;
    public final Side y;
    public final Map<Who, String> tokens = new EnumMap<>(Who.class);
    public final UUID factorSetId;
    public final Map<String, Object> factorSetInput;
    public final UUID targetUserId;
    public final UUID targetClientId;
    public final String loginEmail;
    public final String loginPassword;
    private final String admin;
    private final Set<UUID> adminOnlyIds = new HashSet<>();

    public World(Fixtures fixtures) {
        admin = fixtures.adminToken();
        tokens.put(Who.ADMIN, admin);
        factorSetInput = factorSet();
        factorSetId = created(as(admin).body(factorSetInput).post("/api/v1/emission-factor-sets"));
        x = side("x", "MEMBERS_ONLY");
        y = side("y", "PUBLIC");
        tokens.put(Who.REPORTER_A, fixtures.tokenFor(Role.REPORTER, x.organisationId));
        tokens.put(Who.REPORTER_B, fixtures.tokenFor(Role.REPORTER, y.organisationId));
        tokens.put(Who.COORDINATOR_X, fixtures.tokenFor(Role.COORDINATOR, x.networkId));
        tokens.put(Who.COORDINATOR_Y, fixtures.tokenFor(Role.COORDINATOR, y.networkId));
        tokens.put(Who.VIEWER_X, fixtures.tokenFor(Role.VIEWER, x.networkId));
        ApiClient scoped = fixtures.client(Set.of("networks:read", "stats:read"), Set.of(x.networkId));
        ApiClient unscoped = fixtures.client(Set.of(), Set.of(x.networkId));
        tokens.put(Who.CLIENT_SCOPED, Fixtures.token(scoped));
        tokens.put(Who.CLIENT_NO_SCOPE, Fixtures.token(unscoped));
        loginPassword = "correct horse battery staple";
        loginEmail = fixtures.userWithPassword(null, null, loginPassword).email;
        targetUserId = fixtures.user(null, null).id;
        targetClientId = fixtures.client(Set.of("stats:read"), Set.of()).id;
        adminOnlyIds.addAll(List.of(targetUserId, targetClientId, scoped.id, unscoped.id));
    }

    public String token(Who who) {
        return tokens.get(who);
    }

    public String adminToken() {
        return admin;
    }

    private Side side(String name, String visibility) {
        String slug = Fixtures.unique("sec-" + name).toLowerCase();
        Map<String, Object> network = new LinkedHashMap<>(Map.of("slug", slug, "name", "Network " + slug,
                "country", "NO", "visibility", visibility, "publicationLevel", "BY_ORGANISATION", "minGroupSize", 1));
        UUID networkId = created(as(admin).body(network).post("/api/v1/networks"));
        Map<String, Object> organisation = new LinkedHashMap<>(Map.of("name", Fixtures.unique("Org " + name),
                "country", "NO", "sector", "PRIVATE", "employeeCount", 40));
        UUID organisationId = created(as(admin).body(organisation).post("/api/v1/organisations"));
        UUID membershipId = created(as(admin).body(Map.of("organisationId", organisationId, "role", "PARTNER",
                "joinedOn", "2015-01-01")).post("/api/v1/networks/{n}/members", networkId));
        Map<String, Object> commitment = commitment(networkId, organisationId);
        UUID commitmentId = created(as(admin).body(commitment).post("/api/v1/commitments"));
        UUID restatementId = created(as(admin).body(restatement(2019))
                .post("/api/v1/organisations/{o}/restatements", organisationId));
        UUID submitted = ensureReport(organisationId, SUBMITTED_YEAR, "SUBMITTED");
        UUID draft = ensureReport(organisationId, DRAFT_YEAR, "DRAFT");
        return new Side(name, networkId, network, organisationId, organisation, membershipId, commitmentId, commitment,
                restatementId, submitted, draft);
    }

    // ------------------------------------------------------------------ what each caller must never see

    /**
     * Ids of objects the caller may not see at all. No successful answer to this caller may contain one of them:
     * a list that forgot a filter fails here even when its status is right.
     */
    public Set<UUID> invisibleTo(Who who) {
        Set<UUID> xNetwork = Set.of(x.networkId, x.commitmentId, x.membershipId);
        Set<UUID> aReports = Set.of(x.submittedReportId, x.restatementId);
        Set<UUID> bReports = Set.of(y.submittedReportId, y.restatementId);
        Set<UUID> ids = new HashSet<>(adminOnlyIds);
        ids.add(x.draftReportId);
        ids.add(y.draftReportId);
        switch (who) {
            case ADMIN -> ids.clear();
            case REPORTER_A -> { ids.remove(x.draftReportId); ids.addAll(bReports); }
            case REPORTER_B -> { ids.remove(y.draftReportId); ids.addAll(xNetwork); ids.add(x.organisationId); ids.addAll(aReports); }
            case COORDINATOR_X, VIEWER_X -> ids.addAll(bReports);
            // coordinators search every organisation to add partners (docs/decisions.md), so A's name is not secret
            case COORDINATOR_Y -> { ids.addAll(xNetwork); ids.addAll(aReports); }
            case CLIENT_SCOPED -> { ids.addAll(aReports); ids.addAll(bReports); }
            case CLIENT_NO_SCOPE, ANONYMOUS -> {
                ids.addAll(xNetwork); ids.add(x.organisationId); ids.addAll(aReports); ids.addAll(bReports);
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ reports, driven through the workflow

    /**
     * Brings the report of the year into the status (creating it if needed) through the workflow as an
     * administrator, so that a test of one step always starts from the state that step needs.
     */
    public UUID ensureReport(UUID organisationId, int year, String status) {
        String url = "/api/v1/organisations/{o}/reports/{y}";
        Response current = as(admin).get(url, organisationId, year);
        if (current.statusCode() == 404) {
            as(admin).body(Map.of("year", year)).post("/api/v1/organisations/{o}/reports", organisationId)
                    .then().statusCode(201);
            as(admin).header("If-Match", "\"0\"").body(reportBody(directLine())).put(url, organisationId, year)
                    .then().statusCode(200);
            current = as(admin).get(url, organisationId, year);
        }
        for (int step = 0; step < 4; step++) {
            String now = current.then().statusCode(200).extract().path("status");
            if (now.equals(status)) return UUID.fromString(current.path("id"));
            String action = switch (now) {
                case "DRAFT" -> "submit";
                case "SUBMITTED" -> status.equals("DRAFT") ? "return" : "approve";
                default -> "reopen";
            };
            Object body = action.equals("return") ? Map.of("comment", "back to draft for the test")
                    : action.equals("reopen") ? Map.of("reason", "reopened for the test") : null;
            var request = as(admin).header("If-Match", current.header("ETag"));
            if (body != null) request = request.body(body);
            request.post(url + "/" + action, organisationId, year).then().statusCode(200);
            current = as(admin).get(url, organisationId, year);
        }
        throw new IllegalStateException("could not bring the report to " + status);
    }

    /** The current ETag of a resource, read as the administrator: what a client that just read it would send. */
    public String etag(String url, Object... pathParams) {
        return as(admin).get(url, pathParams).then().statusCode(200).extract().header("ETag");
    }

    /** A complete draft: one direct line and a notation key for every scope-3 category, so it can be submitted. */
    public static Map<String, Object> reportBody(Map<String, Object> line) {
        List<Map<String, Object>> notations = new ArrayList<>();
        for (String category : List.of("PURCHASED_GOODS_AND_SERVICES", "CAPITAL_GOODS", "FUEL_AND_ENERGY_RELATED",
                "UPSTREAM_TRANSPORT", "WASTE", "BUSINESS_TRAVEL", "EMPLOYEE_COMMUTING", "UPSTREAM_LEASED_ASSETS",
                "DOWNSTREAM_TRANSPORT", "PROCESSING_OF_SOLD_PRODUCTS", "USE_OF_SOLD_PRODUCTS",
                "END_OF_LIFE_OF_SOLD_PRODUCTS", "DOWNSTREAM_LEASED_ASSETS", "FRANCHISES", "INVESTMENTS")) {
            notations.add(Map.of("category", category, "notation", "NE", "reason", "not estimated in the test"));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("consolidationApproach", "OPERATIONAL_CONTROL");
        body.put("gwpSet", "AR6");
        body.put("lines", List.of(line));
        body.put("scope3Notations", notations);
        return body;
    }

    public static Map<String, Object> directLine() {
        return Map.of("scope", 1, "category", "STATIONARY_COMBUSTION", "activity", "Boiler", "directT", new java.math.BigDecimal("12.500"));
    }

    public static Map<String, Object> restatement(int year) {
        return Map.of("year", year, "reasonType", "ERROR", "reason", "a corrected meter reading",
                "scope1T", new java.math.BigDecimal("10.000"), "scope2LocationT", new java.math.BigDecimal("2.000"));
    }

    public static Map<String, Object> commitment(UUID networkId, UUID organisationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("networkId", networkId);
        body.put("organisationId", organisationId);
        body.put("title", "Green travel plan");
        body.put("targetType", "ACTION");
        body.put("actionCategory", "travel");
        body.put("dueOn", "2030-12-31");
        body.put("status", "IN_PROGRESS");
        return body;
    }

    private static Map<String, Object> factorSet() {
        return Map.of("name", Fixtures.unique("Security factors"), "version", "1", "country", "NO", "year", 2023,
                "gwpSet", "AR6", "illustrative", true, "factors", List.of(Map.of("code", "diesel", "name", "Diesel",
                        "scope", 1, "category", "MOBILE_COMBUSTION", "unit", "l", "kgCo2ePerUnit", new java.math.BigDecimal("2.66"),
                        "source", "illustrative test value")));
    }

    static UUID created(Response response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("building the world: " + response.statusCode() + " " + response.asString());
        }
        return UUID.fromString(response.path("id"));
    }
}
