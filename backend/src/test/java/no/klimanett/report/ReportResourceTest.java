package no.klimanett.report;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.factor.EmissionFactorSetResourceTest;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.organisation.Organisation;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;
import no.klimanett.ghg.EmissionCategory;
import no.klimanett.ghg.Notation;

@QuarkusTest
class ReportResourceTest {

    /** Decimals are compared as BigDecimal, scale included: 0.300 is not 0.3 and certainly not 0.30000000000000004. */
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    Fixtures fixtures;

    @Inject
    RecordedStatusChanges statusChanges;

    /** An organisation that is a current member of a network, with a reporter, a coordinator and a viewer. */
    record Setup(Organisation org, Network network, String reporter, String coordinator, String viewer, String base) {}

    Setup setup() {
        return setup(fixtures);
    }

    static Setup setup(Fixtures fixtures) {
        Organisation org = fixtures.organisation();
        Network network = fixtures.network(Visibility.PUBLIC);
        fixtures.member(network.id, org.id, LocalDate.of(2020, 1, 1), null);
        return new Setup(org, network, fixtures.tokenFor(Role.REPORTER, org.id),
                fixtures.tokenFor(Role.COORDINATOR, network.id), fixtures.tokenFor(Role.VIEWER, network.id),
                "/api/v1/organisations/" + org.id + "/reports");
    }

    static RequestSpecification as(String token) {
        return no.klimanett.testing.Api.as(token).config(DECIMALS);
    }

    static Map<String, Object> direct(int scope, String category, String tonnes) {
        var line = new HashMap<String, Object>();
        line.put("scope", scope);
        line.put("category", category);
        line.put("activity", "Figure for " + category);
        line.put("directT", new BigDecimal(tonnes));
        return line;
    }

    static Map<String, Object> custom(int scope, String category, String quantity, String unit, String kgPerUnit) {
        var line = new HashMap<String, Object>();
        line.put("scope", scope);
        line.put("category", category);
        line.put("quantity", new BigDecimal(quantity));
        line.put("unit", unit);
        line.put("factorKgPerUnit", new BigDecimal(kgPerUnit));
        line.put("factorSource", "Supplier declaration 2023");
        return line;
    }

    /** Notation keys for every scope-3 category except those given, which the lines cover. */
    static List<Map<String, Object>> notationsExcept(String... covered) {
        var notations = new ArrayList<Map<String, Object>>();
        for (EmissionCategory c : EmissionCategory.ofScope(3)) {
            if (!List.of(covered).contains(c.name())) {
                notations.add(Map.of("category", c.name(), "notation", "NE", "reason", "Not estimated in the first year"));
            }
        }
        return notations;
    }

    static Map<String, Object> content(List<Map<String, Object>> lines, List<Map<String, Object>> notations) {
        var body = new HashMap<String, Object>();
        body.put("consolidationApproach", "OPERATIONAL_CONTROL");
        body.put("boundaryNote", "All sites in Hamar");
        body.put("gwpSet", "AR6");
        body.put("employees", 42);
        body.put("lines", lines);
        body.put("scope3Notations", notations);
        return body;
    }

    /** A complete draft, ready to submit: ETag "1". */
    static String completeDraft(Setup s, int year) {
        as(s.reporter()).body(Map.of("year", year)).post(s.base()).then().statusCode(201);
        as(s.reporter()).header("If-Match", "\"0\"")
                .body(content(List.of(direct(1, "STATIONARY_COMBUSTION", "0.1"), direct(1, "MOBILE_COMBUSTION", "0.2"),
                        direct(3, "BUSINESS_TRAVEL", "1.5")), notationsExcept("BUSINESS_TRAVEL")))
                .put(s.base() + "/" + year).then().statusCode(200).header("ETag", equalTo("\"1\""));
        return s.base() + "/" + year;
    }

    // ------------------------------------------------------------------ create, read, update

    @Test
    void reporterCreatesDraftOncePerYear() {
        Setup s = setup();
        int year = Year.now().getValue() - 1;
        var created = as(s.reporter()).body(Map.of("year", year)).post(s.base()).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(s.base() + "/" + year)).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT")).body("revision", equalTo(1))
                .body("consolidationApproach", equalTo("OPERATIONAL_CONTROL")).body("gwpSet", equalTo("AR6"))
                .body("totals.scope1T", equalTo(new BigDecimal("0.000"))).extract();
        problem(as(s.reporter()).body(Map.of("year", year)).post(s.base()).then(), 409, "conflict")
                .body("errors.field", hasItem("year"));
        fieldError(as(s.reporter()).body(Map.of("year", 1989)).post(s.base()).then(), "year");
        fieldError(as(s.reporter()).body(Map.of("year", Year.now().getValue() + 1)).post(s.base()).then(), "year");
        fieldError(as(s.reporter()).body(Map.of()).post(s.base()).then(), "year");
        fieldError(as(s.reporter()).body(Map.of("year", 2020, "factorSetId", UUID.randomUUID().toString()))
                .post(s.base()).then(), "factorSetId");
        // workflow fields are not input
        fieldError(as(s.reporter()).body(Map.of("year", 2019, "status", "APPROVED")).post(s.base()).then(), "status");
        fieldError(as(s.reporter()).body(Map.of("year", 2019, "demo", true)).post(s.base()).then(), "demo");

        as(s.reporter()).get(s.base()).then().statusCode(200).body("items.year", equalTo(List.of(year)))
                .body("items[0].organisation.id", equalTo(s.org().id.toString()));
        assertEquals(created.path("id").toString(), as(s.reporter()).get(s.base() + "/" + year).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().path("id"));
        problem(as(s.reporter()).get(s.base() + "/2001").then(), 404, "not-found");
        problem(as(fixtures.adminToken()).body(Map.of("year", 2020))
                .post("/api/v1/organisations/" + UUID.randomUUID() + "/reports").then(), 404, "not-found");
    }

    @Test
    void updateReplacesContentComputesExactTotalsAndMovesTheEtag() {
        Setup s = setup();
        String factorSet = EmissionFactorSetResourceTest.createSet(fixtures.adminToken());
        var factors = as(null).get("/api/v1/emission-factor-sets/" + factorSet).then().extract().jsonPath();
        String gridId = factors.getString("factors.find { it.code == 'grid-no' }.id");
        as(s.reporter()).body(Map.of("year", 2023, "factorSetId", factorSet)).post(s.base()).then().statusCode(201);

        var electricity = new HashMap<String, Object>();
        electricity.put("scope", 2);
        electricity.put("category", "ELECTRICITY");
        electricity.put("activity", "Grid electricity, office");
        electricity.put("quantity", new BigDecimal("1000000"));
        electricity.put("emissionFactorId", gridId);
        electricity.put("marketFactorKgPerUnit", new BigDecimal("0.4"));
        var heating = direct(2, "DISTRICT_HEATING", "5.5"); // no market figure: the location figure stands in
        var lines = List.of(direct(1, "STATIONARY_COMBUSTION", "0.1"), direct(1, "MOBILE_COMBUSTION", "0.2"),
                custom(1, "FUGITIVE", "2.5", "kg", "1"), electricity, heating,
                direct(3, "INVESTMENTS", "9999999999999.999"), direct(3, "WASTE", "0.001"));
        var body = content(lines, notationsExcept("INVESTMENTS", "WASTE"));
        body.put("biogenicCo2T", new BigDecimal("12.345"));
        String url = s.base() + "/2023";
        as(s.reporter()).header("If-Match", "\"0\"").body(body).put(url).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("lines.size()", equalTo(7))
                .body("lines[2].emissionsT", equalTo(new BigDecimal("0.002"))) // 2.5 kg: a HALF_EVEN tie
                .body("lines[3].unit", equalTo("kWh")) // copied from the factor
                .body("lines[3].factorKgPerUnit", equalTo(new BigDecimal("0.019000")))
                .body("lines[3].factorSource", equalTo("Miljødirektoratet, test table grid-no"))
                .body("lines[3].emissionsT", equalTo(new BigDecimal("19.000")))
                .body("lines[3].marketEmissionsT", equalTo(new BigDecimal("400.000")))
                .body("lines[4].marketEmissionsT", nullValue())
                .body("totals.scope1T", equalTo(new BigDecimal("0.302")))
                .body("totals.scope2LocationT", equalTo(new BigDecimal("24.500")))
                .body("totals.scope2MarketT", equalTo(new BigDecimal("405.500")))
                .body("totals.scope3T", equalTo(new BigDecimal("10000000000000.000")))
                .body("totals.biogenicCo2T", equalTo(new BigDecimal("12.345")))
                .body("scope3Notations.size()", equalTo(13));

        // changing only the lines still gives a new version
        body.put("lines", List.of(direct(1, "STATIONARY_COMBUSTION", "0.1"), direct(1, "STATIONARY_COMBUSTION", "0.2")));
        body.put("scope3Notations", notationsExcept());
        as(s.reporter()).header("If-Match", "\"1\"").body(body).put(url).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("totals.scope1T", equalTo(new BigDecimal("0.300")))
                .body("totals.scope2MarketT", equalTo(new BigDecimal("0.000")));
        as(s.reporter()).get(s.base()).then().body("items[0].totals.scope1T", equalTo(new BigDecimal("0.300")))
                .body("items[0].totals.lineCount", equalTo(2));

        problem(as(s.reporter()).header("If-Match", "\"1\"").body(body).put(url).then(), 412, "precondition-failed");
        problem(as(s.reporter()).body(body).put(url).then(), 428, "precondition-required");
        problem(as(s.reporter()).header("If-Match", "\"2\"").body(body).put(s.base() + "/2000").then(), 404, "not-found");
    }

    @Test
    void invalidLinesAreNamedByIndexAndField() {
        Setup s = setup();
        as(s.reporter()).body(Map.of("year", 2022)).post(s.base()).then().statusCode(201);
        String url = s.base() + "/2022";
        var both = direct(1, "PROCESS", "1");
        both.put("quantity", 5);
        var noSource = custom(1, "PROCESS", "1", "kg", "1");
        noSource.remove("factorSource");
        var unknownFactor = direct(1, "PROCESS", "1");
        unknownFactor.remove("directT");
        unknownFactor.put("quantity", 1);
        unknownFactor.put("emissionFactorId", UUID.randomUUID().toString());
        var marketInScope1 = direct(1, "PROCESS", "1");
        marketInScope1.put("directMarketT", 1);
        var tooPrecise = custom(1, "PROCESS", "1.00001", "kg", "1");
        var lines = List.of(direct(1, "ELECTRICITY", "1"), both, noSource, unknownFactor, marketInScope1, tooPrecise,
                direct(3, "WASTE", "-1"));
        var notations = new ArrayList<Map<String, Object>>();
        notations.add(Map.of("category", "PROCESS", "notation", "NO", "reason", "x"));
        notations.add(Map.of("category", "WASTE", "notation", "NO", "reason", "No waste"));
        notations.add(Map.of("category", "FRANCHISES", "notation", "XX", "reason", "x"));
        // constraints of single fields are reported first
        fieldError(as(s.reporter()).header("If-Match", "\"0\"").body(content(lines, List.of())).put(url).then(),
                "lines[5].quantity").body("errors.field", hasItem("lines[6].directT"));
        // then the rules across fields, all at once
        var valid = new ArrayList<>(lines.subList(0, 5));
        valid.add(direct(3, "WASTE", "1"));
        fieldError(as(s.reporter()).header("If-Match", "\"0\"").body(content(valid, notations.subList(0, 2))).put(url).then(),
                "lines[0].category")
                .body("errors.field", hasItems("lines[1].directT", "lines[2].factorSource", "lines[3].emissionFactorId",
                        "lines[4].directMarketT", "scope3Notations[0].category", "scope3Notations[1].category"));
        fieldError(as(s.reporter()).header("If-Match", "\"0\"").body(content(List.of(), notations)).put(url).then(),
                "scope3Notations[2].notation");
        var withStatus = content(List.of(), List.of());
        withStatus.put("revision", 5);
        fieldError(as(s.reporter()).header("If-Match", "\"0\"").body(withStatus).put(url).then(), "revision");
        var lineWithResult = direct(1, "PROCESS", "1");
        lineWithResult.put("emissionsT", 0);
        fieldError(as(s.reporter()).header("If-Match", "\"0\"").body(content(List.of(lineWithResult), List.of())).put(url)
                .then(), "lines[0].emissionsT");
        // nothing was changed by the failed attempts
        as(s.reporter()).get(url).then().header("ETag", equalTo("\"0\"")).body("lines.size()", equalTo(0));
    }

    // ------------------------------------------------------------------ access

    @Test
    void accessFollowsRolesAndTenants() {
        Setup s = setup();
        String url = completeDraft(s, 2021);
        Setup other = setup();
        String outsider = fixtures.tokenFor(Role.COORDINATOR, fixtures.network(Visibility.PUBLIC).id);

        // drafts: the reporters' working copy only
        problem(as(other.reporter()).get(url).then(), 404, "not-found");
        problem(as(other.reporter()).get(s.base()).then(), 404, "not-found");
        problem(as(other.reporter()).body(Map.of("year", 2020)).post(s.base()).then(), 404, "not-found");
        problem(as(other.reporter()).header("If-Match", "\"1\"").post(url + "/submit").then(), 404, "not-found");
        problem(as(s.coordinator()).get(url).then(), 404, "not-found");
        problem(as(s.viewer()).get(url).then(), 404, "not-found");
        problem(anonymous().get(url).then(), 401, "unauthenticated");
        problem(anonymous().get(s.base()).then(), 401, "unauthenticated");
        problem(anonymous().body(Map.of("year", 2020)).post(s.base()).then(), 401, "unauthenticated");
        problem(as("not-a-token").get(url).then(), 401, "unauthenticated");
        as(s.coordinator()).get(s.base()).then().statusCode(200).body("totalItems", equalTo(0));
        problem(as(s.coordinator()).body(Map.of("year", 2020)).post(s.base()).then(), 403, "forbidden");

        as(s.reporter()).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        // submitted: the network's coordinators and viewers read it, only coordinators decide
        as(s.coordinator()).get(url).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(s.viewer()).get(url).then().statusCode(200);
        as(s.viewer()).get(s.base()).then().body("items.year", equalTo(List.of(2021)));
        problem(as(s.viewer()).header("If-Match", "\"2\"").post(url + "/approve").then(), 403, "forbidden");
        problem(as(s.reporter()).header("If-Match", "\"2\"").post(url + "/approve").then(), 403, "forbidden");
        problem(as(outsider).get(url).then(), 404, "not-found");
        problem(as(outsider).header("If-Match", "\"2\"").post(url + "/approve").then(), 404, "not-found");
        problem(as(other.reporter()).get(url).then(), 404, "not-found");
        problem(as(s.coordinator()).header("If-Match", "\"2\"").body(content(List.of(), List.of())).put(url).then(),
                403, "forbidden");
        as(s.coordinator()).header("If-Match", "\"2\"").post(url + "/approve").then().statusCode(200);
    }

    // ------------------------------------------------------------------ workflow

    @Test
    void fullWorkflowWithReturnApproveAndReopen() {
        Setup s = setup();
        String url = completeDraft(s, 2020);
        UUID id = UUID.fromString(as(s.reporter()).get(url).then().extract().path("id"));

        // submit → return with a comment → draft again
        as(s.reporter()).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("SUBMITTED"))
                .body("submittedBy", org.hamcrest.Matchers.startsWith("user:"));
        fieldError(as(s.coordinator()).header("If-Match", "\"2\"").body(Map.of("comment", " ")).post(url + "/return").then(),
                "comment");
        problem(as(s.coordinator()).header("If-Match", "\"1\"").body(Map.of("comment", "x")).post(url + "/return").then(),
                412, "precondition-failed");
        problem(as(s.coordinator()).body(Map.of("comment", "x")).post(url + "/return").then(), 428, "precondition-required");
        as(s.coordinator()).header("If-Match", "\"2\"").body(Map.of("comment", "Scope 2 is missing the heating"))
                .post(url + "/return").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("returnComment", equalTo("Scope 2 is missing the heating"));

        // the reporter fixes it and submits again; the comment has been answered
        var fixed = content(List.of(direct(1, "STATIONARY_COMBUSTION", "0.1"), direct(1, "MOBILE_COMBUSTION", "0.2"),
                direct(2, "DISTRICT_HEATING", "7"), direct(3, "BUSINESS_TRAVEL", "1.5")), notationsExcept("BUSINESS_TRAVEL"));
        as(s.reporter()).header("If-Match", "\"3\"").body(fixed).put(url).then().statusCode(200);
        as(s.reporter()).header("If-Match", "\"4\"").post(url + "/submit").then().statusCode(200)
                .body("returnComment", nullValue());
        problem(as(s.reporter()).header("If-Match", "\"5\"").post(url + "/submit").then(), 409, "illegal-transition");
        problem(as(s.reporter()).header("If-Match", "\"5\"").body(fixed).put(url).then(), 409, "illegal-transition");
        problem(as(s.coordinator()).header("If-Match", "\"5\"").body(Map.of("reason", "x")).post(url + "/reopen").then(),
                409, "illegal-transition");
        as(s.coordinator()).header("If-Match", "\"5\"").post(url + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", org.hamcrest.Matchers.startsWith("user:"));
        problem(as(s.coordinator()).header("If-Match", "\"6\"").post(url + "/approve").then(), 409, "illegal-transition");
        problem(as(s.coordinator()).header("If-Match", "\"6\"").body(Map.of("comment", "x")).post(url + "/return").then(),
                409, "illegal-transition");

        // reopen: the approved figures are kept as revision 1, the report continues as revision 2
        fieldError(as(s.coordinator()).header("If-Match", "\"6\"").body(Map.of()).post(url + "/reopen").then(), "reason");
        as(s.coordinator()).header("If-Match", "\"6\"").body(Map.of("reason", "Error above the 5 % threshold"))
                .post(url + "/reopen").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("revision", equalTo(2)).body("approvedAt", nullValue());
        var corrected = content(List.of(direct(1, "STATIONARY_COMBUSTION", "99")), notationsExcept("BUSINESS_TRAVEL"));
        corrected.put("lines", List.of(direct(1, "STATIONARY_COMBUSTION", "99"), direct(3, "BUSINESS_TRAVEL", "1")));
        as(s.reporter()).header("If-Match", "\"7\"").body(corrected).put(url).then().statusCode(200)
                .body("totals.scope1T", equalTo(new BigDecimal("99.000")));

        var history = as(s.reporter()).get(url + "/history").then().statusCode(200)
                .body("events.action", equalTo(List.of("created", "updated", "submitted", "returned", "updated",
                        "submitted", "approved", "reopened", "updated")))
                .body("events[3].details.comment", equalTo("Scope 2 is missing the heating"))
                .body("events[7].details.reason", equalTo("Error above the 5 % threshold"))
                .body("revisions.size()", equalTo(1))
                .body("revisions[0].revision", equalTo(1))
                .body("revisions[0].reopenReason", equalTo("Error above the 5 % threshold"))
                .body("revisions[0].snapshot.status", equalTo("APPROVED"))
                .body("revisions[0].snapshot.totals.scope1T", equalTo(new BigDecimal("0.300")))
                .body("revisions[0].snapshot.totals.scope2LocationT", equalTo(new BigDecimal("7.000")))
                .body("revisions[0].snapshot.lines.size()", equalTo(4));
        history.body("events.actor", not(hasItem(nullValue())))
                // by name for the people who read it (Fixtures names users "Test <role>")
                .body("events.find { it.action == 'created' }.actorName", equalTo("Test REPORTER"))
                .body("events.find { it.action == 'returned' }.actorName", equalTo("Test COORDINATOR"))
                .body("revisions[0].approvedByName", equalTo("Test COORDINATOR"))
                .body("revisions[0].reopenedByName", equalTo("Test COORDINATOR"));
        as(s.coordinator()).get(url + "/history").then().statusCode(404); // a draft again: not the reviewers' to see
        assertEquals(List.of("DRAFT>SUBMITTED", "SUBMITTED>DRAFT", "DRAFT>SUBMITTED", "SUBMITTED>APPROVED",
                "APPROVED>DRAFT"), statusChanges.of(id));
    }

    @Test
    void submitNeedsLinesAndEveryScope3CategoryAccountedFor() {
        Setup s = setup();
        as(s.reporter()).body(Map.of("year", 2019)).post(s.base()).then().statusCode(201);
        String url = s.base() + "/2019";
        problem(as(s.reporter()).header("If-Match", "\"0\"").post(url + "/submit").then(), 409, "illegal-transition")
                .body("errors.field", hasItems("lines", "scope3Notations"));
        problem(as(s.coordinator()).header("If-Match", "\"0\"").post(url + "/approve").then(), 404, "not-found");
        as(s.reporter()).header("If-Match", "\"0\"")
                .body(content(List.of(direct(1, "PROCESS", "1")), notationsExcept("WASTE"))).put(url).then().statusCode(200);
        problem(as(s.reporter()).header("If-Match", "\"1\"").post(url + "/submit").then(), 409, "illegal-transition")
                .body("errors.size()", equalTo(1))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("WASTE (scope 3 category 5)"));
        problem(as(s.reporter()).header("If-Match", "\"0\"").post(url + "/submit").then(), 412, "precondition-failed");
        problem(as(s.reporter()).post(url + "/submit").then(), 428, "precondition-required");
        problem(anonymous().header("If-Match", "\"1\"").post(url + "/submit").then(), 401, "unauthenticated");
    }

    // ------------------------------------------------------------------ review queue

    @Test
    void reviewQueueShowsSubmittedReportsThatCountInTheNetwork() {
        Setup s = setup();
        String url = completeDraft(s, 2022);
        as(s.reporter()).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        // a former member's account of a year after it left is not this coordinator's to review; one of a year it
        // was a member is (it counts in that year's figures)
        Organisation former = fixtures.organisation();
        fixtures.member(s.network().id, former.id, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
        Setup formerSetup = new Setup(former, s.network(), fixtures.tokenFor(Role.REPORTER, former.id), null, null,
                "/api/v1/organisations/" + former.id + "/reports");
        as(formerSetup.reporter()).header("If-Match", "\"1\"")
                .post(completeDraft(formerSetup, 2022) + "/submit").then().statusCode(200);
        as(formerSetup.reporter()).header("If-Match", "\"1\"")
                .post(completeDraft(formerSetup, 2021) + "/submit").then().statusCode(200);

        as(s.coordinator()).queryParam("year", 2022).get("/api/v1/reports").then().statusCode(200)
                .body("items.organisation.id", equalTo(List.of(s.org().id.toString())))
                .body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].totals.scope1T", equalTo(new BigDecimal("0.300")));
        as(s.coordinator()).queryParam("networkId", s.network().id).queryParam("year", 2022).get("/api/v1/reports").then()
                .body("totalItems", equalTo(1));
        as(s.coordinator()).queryParam("year", 2021).get("/api/v1/reports").then()
                .body("items.organisation.id", equalTo(List.of(former.id.toString())));
        as(s.coordinator()).queryParam("status", "APPROVED").get("/api/v1/reports").then().body("totalItems", equalTo(0));
        // a network the caller cannot know is not found, like the network itself
        problem(as(s.coordinator()).queryParam("networkId", UUID.randomUUID()).get("/api/v1/reports").then(), 404, "not-found");
        as(fixtures.adminToken()).queryParam("networkId", s.network().id).queryParam("year", 2022).get("/api/v1/reports")
                .then().body("totalItems", equalTo(1));
        as(s.reporter()).get("/api/v1/reports").then().statusCode(200).body("totalItems", equalTo(0));
        fieldError(as(s.coordinator()).queryParam("status", "DONE").get("/api/v1/reports").then(), "status");
        problem(anonymous().get("/api/v1/reports").then(), 401, "unauthenticated");
    }

    // ------------------------------------------------------------------ CSV import

    @Test
    void csvImportAppendsAllRowsOrNone() {
        Setup s = setup();
        String factorSet = EmissionFactorSetResourceTest.createSet(fixtures.adminToken());
        as(s.reporter()).body(Map.of("year", 2023, "factorSetId", factorSet)).post(s.base()).then().statusCode(201);
        String url = s.base() + "/2023";
        var header = content(List.of(direct(1, "PROCESS", "1")), List.of());
        header.put("factorSetId", factorSet); // PUT replaces everything: the set must be named again
        as(s.reporter()).header("If-Match", "\"0\"").body(header).put(url).then().statusCode(200);

        // as Nordic spreadsheets save it: ';' between fields, decimal comma, quoted text with the separator in it
        String csv = """
                scope;category;activity;quantity;unit;factorCode;factorKgPerUnit;factorSource;directT
                1;MOBILE_COMBUSTION;"Vans; diesel";1 000,5;;diesel;;;
                2;electricity;Office;20000;kWh;grid-no;;;
                3;BUSINESS_TRAVEL;Flights;;;;;;0,75

                """;
        importCsv(s.reporter(), "\"1\"", csv, url).statusCode(200).header("ETag", equalTo("\"2\""))
                .body("importedLines", equalTo(3))
                // 1 000.5 l × 2.54 kg/l = 2 541.27 kg
                .body("totals.scope1T", equalTo(new BigDecimal("3.541")))
                .body("totals.scope2LocationT", equalTo(new BigDecimal("0.380")))
                .body("totals.scope3T", equalTo(new BigDecimal("0.750")));
        as(s.reporter()).get(url).then().body("lines.position", equalTo(List.of(0, 1, 2, 3)))
                .body("lines[1].activity", equalTo("Vans; diesel")).body("lines[1].unit", equalTo("l"))
                .body("lines[1].quantity", equalTo(new BigDecimal("1000.5000")));

        String bad = """
                scope,category,activity,quantity,unit,factorKgPerUnit,factorSource,directT
                1,PROCESS,Ok,10,kg,1,Own measurement,
                1,PROCESS,Bad quantity,ten,kg,1,Own measurement,
                4,PROCESS,Bad scope,,,,,1
                2,STEAM,Both,10,kg,1,Own,5
                """;
        importCsv(s.reporter(), "\"2\"", bad, url).statusCode(400)
                .body("errors.field", equalTo(List.of("lines[1].quantity", "lines[2].scope", "lines[3].directT")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("file line 3"));
        importCsv(s.reporter(), "\"2\"", "scope,category,weight\n1,PROCESS,3\n", url).statusCode(400)
                .body("errors.field", equalTo(List.of("header")));
        importCsv(s.reporter(), "\"2\"", "scope,category,factorCode,quantity\n1,PROCESS,nope,1\n", url).statusCode(400)
                .body("errors.field", equalTo(List.of("lines[0].factorCode")));
        as(s.reporter()).get(url).then().header("ETag", equalTo("\"2\"")).body("lines.size()", equalTo(4));

        importCsv(s.reporter(), "\"1\"", csv, url).statusCode(412);
        importCsv(s.reporter(), null, csv, url).statusCode(428);
        importCsv(null, "\"2\"", csv, url).statusCode(401);
        importCsv(setup().reporter(), "\"2\"", csv, url).statusCode(404);
        problem(as(s.reporter()).header("If-Match", "\"2\"").body(Map.of("lines", List.of()))
                .post(url + "/lines/import").then(), 415, "unsupported-media-type");
    }

    @Test
    void largeCsvImportIsOneFastStatement() {
        Setup s = setup();
        as(s.reporter()).body(Map.of("year", 2018)).post(s.base()).then().statusCode(201);
        String url = s.base() + "/2018";
        int rows = 20_000;
        var csv = new StringBuilder("scope,category,activity,quantity,unit,factorKgPerUnit,factorSource\n");
        for (int i = 0; i < rows; i++) {
            csv.append("3,PURCHASED_GOODS_AND_SERVICES,Item ").append(i).append(",0.1,kg,3,Supplier\n");
        }
        long started = System.nanoTime();
        importCsv(s.reporter(), "\"0\"", csv.toString(), url).statusCode(200)
                .body("importedLines", equalTo(rows))
                // 20 000 × 0.1 kg × 3 = 6 000 kg, each line 0.0003 t → 0.000 after HALF_EVEN: rounding is per line
                .body("totals.scope3T", equalTo(new BigDecimal("0.000")))
                .body("totals.lineCount", equalTo(rows));
        long millis = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(millis < 20_000, "import of " + rows + " rows took " + millis + " ms");
    }

    private static io.restassured.response.ValidatableResponse importCsv(String token, String ifMatch, String csv, String url) {
        var spec = io.restassured.RestAssured.given().config(DECIMALS).contentType("text/csv").accept("application/json");
        if (token != null) spec = spec.auth().oauth2(token);
        if (ifMatch != null) spec = spec.header("If-Match", ifMatch);
        return spec.body(csv).post(url + "/lines/import").then();
    }
}
