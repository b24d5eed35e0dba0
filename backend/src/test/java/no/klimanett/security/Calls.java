package no.klimanett.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import no.klimanett.security.World.Side;
import no.klimanett.security.World.Who;
import no.klimanett.testing.Fixtures;
import no.klimanett.testing.OpenApiOperations.Operation;

/**
 * A valid request for every operation of the contract, in the world of {@link World}: path parameters from the
 * world's ids, a small body per operation, and fresh state where the operation changes something. The
 * authorisation matrix, the mass-assignment test and the fuzz test all start from these requests.
 */
final class Calls {

    static final List<String> SIDES = List.of("X", "Y");
    static final List<String> NONE = List.of("-");

    private final World world;
    private final Map<UUID, Integer> nextReportYear = new HashMap<>();
    private final Map<String, Spec> specs;

    /** Who reads a resource's current ETag for {@link Call#ifMatchCurrent()}: the world's administrator. */
    private static volatile String etagReader;

    Calls(World world) {
        this.world = world;
        this.specs = specs();
        etagReader = world.adminToken();
    }

    Spec spec(String operationId) {
        return specs.get(operationId);
    }

    record Spec(List<String> targets, BiFunction<String, Who, Call> call) {}

    private Side side(String target) {
        return target.startsWith("X") ? world.x : world.y;
    }

    /** The object of the side itself, or for X-foreign the object of the other side reached through X's path. */
    private Side other(String target) {
        return target.equals("X-foreign") ? world.y : side(target);
    }

    private Spec withForeign(BiFunction<String, Who, Call> call) {
        return new Spec(List.of("X", "Y", "X-foreign"), call);
    }

    private Spec sides(BiFunction<Side, Who, Call> call) {
        return new Spec(SIDES, (target, who) -> call.apply(side(target), who));
    }

    private static Spec none(java.util.function.Function<Who, Call> call) {
        return new Spec(NONE, (target, who) -> call.apply(who));
    }

    /** Reports used by the workflow steps, one year per step so that the steps do not disturb each other. */
    private Call reportStep(Side s, int year, String status) {
        world.ensureReport(s.organisationId(), year, status);
        return new Call().path("organisationId", s.organisationId()).path("year", year).ifMatchCurrent();
    }

    private Map<String, Spec> specs() {
        Map<String, Spec> s = new LinkedHashMap<>();
        String admin = world.adminToken();
        // auth
        s.put("issueToken", none(who -> new Call().form("grant_type", "password").form("username", world.loginEmail)
                .form("password", world.loginPassword)));
        s.put("getMe", none(who -> new Call()));
        // networks and their figures
        s.put("listNetworks", none(who -> new Call()));
        s.put("createNetwork", none(who -> new Call().body(Map.of("slug", Fixtures.unique("new").toLowerCase(),
                "name", "New network", "country", "NO"))));
        s.put("getNetwork", sides((side, who) -> new Call().path("id", side.networkId())));
        s.put("updateNetwork", sides((side, who) -> new Call().path("id", side.networkId()).ifMatchCurrent()
                .body(side.networkInput())));
        s.put("getNetworkStats", sides((side, who) -> new Call().path("id", side.networkId()).query("from", 2020)
                .query("to", 2023).query("groupBy", "sector")));
        s.put("getNetworkLikeForLike", sides((side, who) -> new Call().path("id", side.networkId()).query("from", 2022)
                .query("to", 2023)));
        s.put("getNetworkProgress", sides((side, who) -> new Call().path("id", side.networkId()).query("year", 2023)));
        s.put("compareNetworks", sides((side, who) -> new Call().query("networkId", side.networkId()).query("year", 2023)));
        // members
        s.put("listMembers", sides((side, who) -> new Call().path("networkId", side.networkId())));
        s.put("addMember", sides((side, who) -> {
            UUID fresh = World.created(no.klimanett.testing.Api.as(admin).body(Map.of("name", Fixtures.unique("Joiner"),
                    "country", "NO", "sector", "PUBLIC")).post("/api/v1/organisations"));
            return new Call().path("networkId", side.networkId())
                    .body(Map.of("organisationId", fresh, "role", "PARTNER", "joinedOn", "2020-01-01"));
        }));
        s.put("importMembers", sides((side, who) -> new Call().path("networkId", side.networkId()).contentType("text/csv")
                .body("name,country,sector,role,joinedOn\n" + Fixtures.unique("Imported") + ",NO,PUBLIC,PARTNER,2020-01-01\n")));
        // X-foreign: X's network in the path with Y's membership id, which must not be reachable through X
        s.put("getMember", withForeign((target, who) -> new Call().path("networkId", side(target).networkId())
                .path("membershipId", other(target).membershipId())));
        s.put("updateMember", withForeign((target, who) -> new Call().path("networkId", side(target).networkId())
                .path("membershipId", other(target).membershipId()).ifMatchCurrent()
                .body(Map.of("role", "PARTNER", "joinedOn", "2015-01-01"))));
        // organisations
        s.put("listOrganisations", none(who -> new Call()));
        s.put("createOrganisation", none(who -> new Call().body(Map.of("name", Fixtures.unique("New org"), "country", "SE",
                "sector", "ACADEMIC"))));
        s.put("getOrganisation", sides((side, who) -> new Call().path("id", side.organisationId())));
        s.put("updateOrganisation", sides((side, who) -> new Call().path("id", side.organisationId()).ifMatchCurrent()
                .body(side.organisationInput())));
        // commitments
        s.put("listCommitments", sides((side, who) -> new Call().query("networkId", side.networkId())));
        s.put("createCommitment", sides((side, who) -> new Call()
                .body(World.commitment(side.networkId(), side.organisationId()))));
        s.put("getCommitment", sides((side, who) -> new Call().path("id", side.commitmentId())));
        s.put("updateCommitment", sides((side, who) -> new Call().path("id", side.commitmentId()).ifMatchCurrent()
                .body(side.commitmentInput())));
        // reports
        s.put("listReports", sides((side, who) -> new Call().path("organisationId", side.organisationId())));
        s.put("createReport", sides((side, who) -> new Call().path("organisationId", side.organisationId())
                .body(Map.of("year", nextReportYear.merge(side.organisationId(), 1, Integer::sum) + 1989))));
        s.put("getReport", new Spec(List.of("X", "Y", "X-draft"), (target, who) -> new Call()
                .path("organisationId", side(target).organisationId())
                .path("year", target.endsWith("draft") ? World.DRAFT_YEAR : World.SUBMITTED_YEAR)));
        s.put("getReportHistory", sides((side, who) -> new Call().path("organisationId", side.organisationId())
                .path("year", World.SUBMITTED_YEAR)));
        s.put("updateReport", sides((side, who) -> reportStep(side, 2010, "DRAFT")
                .body(World.reportBody(World.directLine()))));
        s.put("importReportLines", sides((side, who) -> reportStep(side, 2011, "DRAFT").contentType("text/csv")
                .body("scope,category,activity,directT\n1,PROCESS,Kiln,1.5\n")));
        s.put("submitReport", sides((side, who) -> reportStep(side, 2012, "DRAFT")));
        s.put("approveReport", sides((side, who) -> reportStep(side, 2013, "SUBMITTED")));
        s.put("returnReport", sides((side, who) -> reportStep(side, 2014, "SUBMITTED")
                .body(Map.of("comment", "please add scope 2"))));
        s.put("reopenReport", sides((side, who) -> reportStep(side, 2015, "APPROVED")
                .body(Map.of("reason", "a meter was read wrongly"))));
        s.put("listReportsForReview", none(who -> new Call()));
        s.put("listRestatements", sides((side, who) -> new Call().path("organisationId", side.organisationId())));
        s.put("createRestatement", sides((side, who) -> new Call().path("organisationId", side.organisationId())
                .body(World.restatement(2018))));
        s.put("getRestatement", withForeign((target, who) -> new Call().path("organisationId", side(target).organisationId())
                .path("id", other(target).restatementId())));
        // reference data
        s.put("listEmissionFactorSets", none(who -> new Call()));
        s.put("getEmissionFactorSet", none(who -> new Call().path("id", world.factorSetId)));
        s.put("createEmissionFactorSet", none(who -> {
            Map<String, Object> body = new HashMap<>(world.factorSetInput);
            body.put("name", Fixtures.unique("Another set"));
            return new Call().body(body);
        }));
        s.put("updateEmissionFactorSet", none(who -> new Call().path("id", world.factorSetId).ifMatchCurrent()
                .body(world.factorSetInput)));
        // administration
        s.put("listUsers", none(who -> new Call()));
        s.put("createUser", none(who -> new Call().body(Map.of("email", Fixtures.unique("new") + "@test.klimanett.no",
                "displayName", "New user", "password", "a long enough password"))));
        s.put("getUser", none(who -> new Call().path("id", world.targetUserId)));
        s.put("updateUser", none(who -> new Call().path("id", world.targetUserId).ifMatchCurrent()
                .body(Map.of("displayName", "Renamed", "active", true))));
        s.put("replaceUserGrants", none(who -> new Call().path("id", world.targetUserId).ifMatchCurrent()
                .body(Map.of("grants", List.of()))));
        s.put("listApiClients", none(who -> new Call()));
        s.put("createApiClient", none(who -> new Call().body(Map.of("clientId", Fixtures.unique("new-client"),
                "name", "New client", "scopes", List.of("stats:read"), "networkIds", List.of()))));
        s.put("getApiClient", none(who -> new Call().path("id", world.targetClientId)));
        s.put("updateApiClient", none(who -> new Call().path("id", world.targetClientId).ifMatchCurrent()
                .body(Map.of("name", "Renamed", "scopes", List.of("stats:read"), "networkIds", List.of(), "active", true))));
        // a person's own data; who runs the site
        s.put("exportMyData", none(who -> new Call()));
        s.put("getSiteSettings", none(who -> new Call()));
        s.put("updateSiteSettings", none(who -> new Call().ifMatchCurrent()
                .body(Map.of("operatorName", "Test operator", "securityContact", "security@test.klimanett.no"))));
        return s;
    }

    // ------------------------------------------------------------------ sending and reading

    /** One request: path parameters, query, headers and a body (JSON, CSV or form). */
    static final class Call {
        final Map<String, Object> path = new HashMap<>();
        final Map<String, List<Object>> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, String> form = new LinkedHashMap<>();
        Object body;
        String contentType = "application/json";

        Call path(String name, Object value) { path.put(name, value); return this; }
        Call query(String name, Object value) { query.computeIfAbsent(name, k -> new ArrayList<>()).add(value); return this; }
        Call header(String name, String value) { headers.put(name, value); return this; }
        Call form(String name, String value) { form.put(name, value); contentType = "application/x-www-form-urlencoded"; return this; }
        Call body(Object value) { body = value; return this; }
        Call contentType(String value) { contentType = value; return this; }
        /** If-Match with the resource's current strong ETag, read just before the request is sent. */
        Call ifMatchCurrent() { headers.put("If-Match", CURRENT_ETAG); return this; }
    }

    private static final String CURRENT_ETAG = "<current>";

    /**
     * The current ETag of the resource a change is sent to: the URL itself for a PUT, or the resource the action
     * or sub-resource belongs to (…/reports/2023/submit → …/reports/2023, …/users/{id}/grants → …/users/{id}).
     */
    private static String currentEtag(String url) {
        for (String candidate = url; candidate.lastIndexOf('/') > 0; candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            Response r = given().accept("application/json").auth().oauth2(etagReader).get(candidate);
            if (r.statusCode() == 200 && r.header("ETag") != null) return r.header("ETag");
        }
        throw new IllegalStateException("no ETag found for " + url);
    }

    static Response send(Operation op, Call call, String token) {
        String url = op.path();
        for (var p : op.in("path")) {
            Object value = call.path.get(p.name());
            if (value == null) throw new IllegalStateException(op + ": no value for path parameter " + p.name());
            url = url.replace("{" + p.name() + "}", value.toString());
        }
        var request = given().contentType(call.contentType).accept("application/json");
        if (token != null) request = request.auth().oauth2(token);
        for (var h : call.headers.entrySet()) {
            String value = CURRENT_ETAG.equals(h.getValue()) ? currentEtag(url) : h.getValue();
            request = request.header(h.getKey(), value);
        }
        for (var q : call.query.entrySet()) request = request.queryParam(q.getKey(), q.getValue());
        if (!call.form.isEmpty()) request = request.formParams(call.form);
        if (call.body != null) request = request.body(call.body);
        return request.request(op.method(), url);
    }

}
