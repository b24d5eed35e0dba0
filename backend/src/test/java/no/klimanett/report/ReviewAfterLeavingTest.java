package no.klimanett.report;

import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import no.klimanett.auth.Role;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.organisation.Organisation;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An account counts in the figures of every network its organisation was a member of in its year, so those
 * networks' coordinators review it even after the organisation has left (issue #10: a partner leaving in June
 * with a submitted account for that year could only be approved by an administrator).
 */
@QuarkusTest
class ReviewAfterLeavingTest {

    @Inject
    Fixtures fixtures;

    record Left(ReportResourceTest.Setup setup, int yearOfLeaving) {}

    /** A member from 2020 that left in June of last year, with a submitted account for that year. */
    Left leftWithSubmittedAccount(Visibility visibility) {
        Organisation org = fixtures.organisation();
        Network network = fixtures.network(visibility);
        int year = Year.now().getValue() - 1;
        fixtures.member(network.id, org.id, LocalDate.of(2020, 1, 1), LocalDate.of(year, 6, 30));
        var s = new ReportResourceTest.Setup(org, network, fixtures.tokenFor(Role.REPORTER, org.id),
                fixtures.tokenFor(Role.COORDINATOR, network.id), fixtures.tokenFor(Role.VIEWER, network.id),
                "/api/v1/organisations/" + org.id + "/reports");
        String url = ReportResourceTest.completeDraft(s, year);
        ReportResourceTest.as(s.reporter()).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        return new Left(s, year);
    }

    @Test
    void theCoordinatorReviewsTheAccountOfTheYearTheOrganisationLeft() {
        var left = leftWithSubmittedAccount(Visibility.MEMBERS_ONLY);
        var s = left.setup();
        String url = s.base() + "/" + left.yearOfLeaving();
        ReportResourceTest.as(s.coordinator()).get("/api/v1/reports?networkId=" + s.network().id).then().statusCode(200)
                .body("items.organisation.id", hasItem(s.org().id.toString()));
        ReportResourceTest.as(s.coordinator()).header("If-Match", "\"2\"").post(url + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void anAccountOfAYearAfterLeavingIsNotTheirsToReviewAndTheRefusalSaysWhy() {
        var left = leftWithSubmittedAccount(Visibility.PUBLIC);
        var s = left.setup();
        int later = left.yearOfLeaving() + 1;
        String url = ReportResourceTest.completeDraft(s, later);
        ReportResourceTest.as(s.reporter()).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        problem(ReportResourceTest.as(s.coordinator()).header("If-Match", "\"2\"").post(url + "/approve").then(), 403, "forbidden")
                .body("detail", containsString("belonged to in " + later));
        ReportResourceTest.as(s.coordinator()).get("/api/v1/reports?networkId=" + s.network().id + "&year=" + later).then()
                .statusCode(200).body("items.organisation.id", not(hasItem(s.org().id.toString())));
    }

    @Test
    void aMembershipDatedInTheFutureGrantsNothingBeforeItsDate() {
        var left = leftWithSubmittedAccount(Visibility.PUBLIC);
        var s = left.setup();
        Network joining = fixtures.network(Visibility.MEMBERS_ONLY);
        fixtures.member(joining.id, s.org().id, LocalDate.now().plusDays(10), null);
        String futureCoordinator = fixtures.tokenFor(Role.COORDINATOR, joining.id);
        String url = s.base() + "/" + left.yearOfLeaving();
        // not yet a reviewer, nor a reader of the account; the reporter does not yet see the members-only network
        problem(ReportResourceTest.as(futureCoordinator).get(url).then(), 404, "not-found");
        problem(ReportResourceTest.as(futureCoordinator).header("If-Match", "\"2\"").post(url + "/approve").then(),
                404, "not-found");
        ReportResourceTest.as(futureCoordinator).get("/api/v1/reports").then().statusCode(200)
                .body("items.organisation.id", not(hasItem(s.org().id.toString())));
        problem(ReportResourceTest.as(s.reporter()).get("/api/v1/networks/" + joining.id).then(), 404, "not-found");
    }
}
