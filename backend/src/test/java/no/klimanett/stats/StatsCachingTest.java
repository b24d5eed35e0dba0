package no.klimanett.stats;

import static no.klimanett.stats.ReportBuilder.direct;
import static no.klimanett.stats.StatsGoldenTest.exact;
import static no.klimanett.stats.StatsGoldenTest.t;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Api;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ETags follow exactly the approved reports a figure covers; reopening takes a report out at once. */
@QuarkusTest
class StatsCachingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ReportBuilder reports;

    private String etag(String path, String accept) {
        return Api.anonymous().accept(accept).get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache")).extract().header("ETag");
    }

    @Test
    void etagChangesExactlyWhenACoveredApprovedReportChanges() {
        UUID network = fixtures.network(Visibility.PUBLIC).id;
        UUID member = fixtures.organisation().id, outsider = fixtures.organisation().id;
        fixtures.member(network, member, LocalDate.parse("2020-01-01"), null);
        UUID report = reports.approved(member, 2021, null, List.of(direct(1, "STATIONARY_COMBUSTION", "5.000")));
        String path = "/api/v1/networks/" + network + "/stats?from=2021&to=2022";
        String first = etag(path, "application/json");

        Api.anonymous().header("If-None-Match", first).get(path).then().statusCode(304)
                .header("ETag", equalTo(first)).header("Cache-Control", equalTo("public, no-cache"));
        Api.anonymous().header("If-None-Match", "W/" + first).get(path).then().statusCode(304);
        assertNotEquals(first, etag(path, "text/csv"), "CSV is another representation");

        // approvals the figure does not cover leave the tag alone: another organisation, a year outside the range,
        // a draft of a covered year
        reports.approved(outsider, 2021, null, List.of(direct(1, "STATIONARY_COMBUSTION", "1.000")));
        reports.approved(member, 2019, null, List.of(direct(1, "STATIONARY_COMBUSTION", "1.000")));
        reports.draft(member, 2022, null, List.of(direct(1, "STATIONARY_COMBUSTION", "1.000")));
        assertEquals(first, etag(path, "application/json"));

        // reopening takes the report out at once ...
        reports.reopen(report);
        String reopened = etag(path, "application/json");
        assertNotEquals(first, reopened);
        exact(null).get(path).then().body("years.scope1T", contains(t("0.000"), t("0.000")))
                .body("years.coverage.reportingMembers", contains(0, 0));
        Api.anonymous().header("If-None-Match", first).get(path).then().statusCode(200);

        // ... and approving it again with the same lines is still a change of the covered reports (asOf moves)
        reports.approve(report);
        String reapproved = etag(path, "application/json");
        assertNotEquals(first, reapproved);
        assertNotEquals(reopened, reapproved);
        exact(null).get(path).then().body("years.scope1T", contains(t("5.000"), t("0.000")));
    }

    @Test
    void authenticatedFiguresArePrivateToTheCaller() {
        UUID network = fixtures.network(Visibility.PUBLIC).id;
        Api.as(fixtures.adminToken()).get("/api/v1/networks/" + network + "/stats").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("Vary", equalTo("Accept, Authorization"))
                .header("ETag", not(equalTo(null)));
    }
}
