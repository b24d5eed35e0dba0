package no.klimanett.security;

import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import no.klimanett.testing.DatabaseFingerprint;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input is taken as written or refused with a 400 naming the field and a stable code (issue #10, "Strict input,
 * right order"): no coercion of JSON types, no duplicate keys, no lone surrogates, no body where an operation takes
 * none, no 404 for a malformed query parameter, only assigned country codes. Nothing is written by a refused request.
 */
@QuarkusTest
class StrictInputTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseFingerprint database;

    String admin;

    @BeforeEach
    void login() {
        admin = fixtures.adminToken();
    }

    /** An organisation body with one raw JSON value in place of the given field's. */
    static String organisation(String field, String rawValue) {
        String name = "\"name\": \"Strict " + System.nanoTime() + "\"";
        String body = "{" + name + ", \"country\": \"NO\", \"sector\": \"PRIVATE\", \"employeeCount\": 10";
        return body.replaceAll("\"" + field + "\": (\"[^\"]*\"|\\d+)", "\"" + field + "\": " + rawValue.replace("\\", "\\\\")) + "}";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "employeeCount | 10.7     | wrong-type",
            "employeeCount | \"10\"   | wrong-type",
            "employeeCount | true     | wrong-type",
            "name          | false    | wrong-type",
            "name          | 12       | wrong-type",
            "sector        | 1        | invalid-value",
            "country       | \"AA\"   | invalid-format",
            "country       | \"ZZ\"   | invalid-format",
            "country       | \"NK\"   | invalid-format",
            "name          | \"a\\ud800b\" | invalid-character"})
    void aValueOfAnotherTypeOrFormIsRefusedNotCoerced(String field, String raw, String code) {
        var before = database.take();
        fieldError(as(admin).body(organisation(field, raw)).post("/api/v1/organisations").then(), field, code);
        assertEquals(List.of(), DatabaseFingerprint.changedTables(before, database.take()));
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNamed() {
        String body = "{\"name\": \"First\", \"country\": \"NO\", \"sector\": \"PRIVATE\", \"name\": \"Second\"}";
        fieldError(as(admin).body(body).post("/api/v1/organisations").then(), "name", "duplicate");
    }

    @Test
    void reportLinesAreTakenAsWritten() {
        var s = ReportSetup.of(fixtures);
        for (String[] c : new String[][] {
                {"\"scope\": 1.9", "lines[0].scope", "wrong-type"},
                {"\"scope\": 1, \"directT\": \"12\"", "lines[0].directT", "wrong-type"},
                {"\"scope\": 1, \"scope\": 2, \"directT\": 12", "lines[0].scope", "duplicate"}}) {
            String line = "{" + c[0] + ", \"category\": \"STATIONARY_COMBUSTION\"" + (c[0].contains("directT") ? "" : ", \"directT\": 1") + "}";
            String body = "{\"consolidationApproach\": \"OPERATIONAL_CONTROL\", \"gwpSet\": \"AR6\", \"lines\": [" + line + "]}";
            fieldError(as(s.reporter()).header("If-Match", "\"0\"").body(body).put(s.url()).then(), c[1], c[2]);
        }
    }

    @Test
    void aBodySentToAnActionThatTakesNoneIsRefused() {
        var s = ReportSetup.of(fixtures);
        fieldError(as(s.reporter()).header("If-Match", "\"0\"").body("{\"status\": \"APPROVED\"}").post(s.url() + "/submit").then(),
                "body", "not-allowed");
        as(s.reporter()).get(s.url()).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=abc", "page=-1", "size=1000", "networkId=not-a-uuid", "status=NOPE", "year=last"})
    void aMalformedQueryParameterIsA400NamingIt(String query) {
        String name = query.substring(0, query.indexOf('='));
        fieldError(as(admin).get("/api/v1/reports?" + query).then(), name);
    }

    /** A reporter's draft of last year with its URL. */
    record ReportSetup(String reporter, String url) {
        static ReportSetup of(Fixtures fixtures) {
            var org = fixtures.organisation();
            var network = fixtures.network(no.klimanett.network.Visibility.PUBLIC);
            fixtures.member(network.id, org.id, java.time.LocalDate.of(2020, 1, 1), null);
            String reporter = fixtures.tokenFor(no.klimanett.auth.Role.REPORTER, org.id);
            int year = java.time.Year.now().getValue() - 1;
            as(reporter).body(java.util.Map.of("year", year)).post("/api/v1/organisations/" + org.id + "/reports").then().statusCode(201);
            return new ReportSetup(reporter, "/api/v1/organisations/" + org.id + "/reports/" + year);
        }
    }
}
