package no.klimanett.report;

import static no.klimanett.report.ReportResourceTest.as;
import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RestatementResourceTest {

    @Inject
    Fixtures fixtures;

    static Map<String, Object> restatement(int year, String scope1) {
        var body = new HashMap<String, Object>();
        body.put("year", year);
        body.put("reasonType", "STRUCTURAL_CHANGE");
        body.put("reason", "Acquired the Elverum site");
        body.put("scope1T", new BigDecimal(scope1));
        body.put("scope2LocationT", new BigDecimal("7"));
        return body;
    }

    @Test
    void restatedFiguresAreKeptBesideTheApprovedOriginal() {
        var s = ReportResourceTest.setup(fixtures);
        String report = ReportResourceTest.completeDraft(s, 2019);
        as(s.reporter()).header("If-Match", "\"1\"").post(report + "/submit").then().statusCode(200);
        as(s.coordinator()).header("If-Match", "\"2\"").post(report + "/approve").then().statusCode(200);
        String url = "/api/v1/organisations/" + s.org().id + "/restatements";

        String location = as(s.reporter()).body(restatement(2019, "1.25")).post(url).then().statusCode(201)
                .header("Location", notNullValue())
                .body("scope1T", equalTo(new BigDecimal("1.250")))
                .body("scope3T", nullValue())
                .body("recordedBy", org.hamcrest.Matchers.startsWith("user:"))
                .body("original.scope1T", equalTo(new BigDecimal("0.300")))
                .extract().header("Location");
        as(s.reporter()).body(restatement(2015, "3")).post(url).then().statusCode(201).body("original", nullValue());

        // the report itself is untouched; reviewers and viewers read the restated series
        as(s.viewer()).get(report).then().body("totals.scope1T", equalTo(new BigDecimal("0.300")));
        as(s.viewer()).get(url).then().statusCode(200).body("items.year", equalTo(List.of(2015, 2019)));
        as(s.coordinator()).get(location).then().statusCode(200).body("reason", equalTo("Acquired the Elverum site"));

        fieldError(as(s.reporter()).body(restatement(1989, "1")).post(url).then(), "year");
        fieldError(as(s.reporter()).body(restatement(2019, "-1")).post(url).then(), "scope1T");
        var missing = restatement(2019, "1");
        missing.remove("reason");
        missing.remove("reasonType");
        fieldError(as(s.reporter()).body(missing).post(url).then(), "reason").body("errors.field", hasItems("reasonType"));
        fieldError(as(s.reporter()).body(restatement(2019, "1.0001")).post(url).then(), "scope1T");
        var withId = restatement(2019, "1");
        withId.put("recordedBy", "someone else");
        fieldError(as(s.reporter()).body(withId).post(url).then(), "recordedBy");

        problem(as(s.coordinator()).body(restatement(2019, "1")).post(url).then(), 403, "forbidden");
        problem(as(ReportResourceTest.setup(fixtures).reporter()).get(url).then(), 404, "not-found");
        problem(as(fixtures.tokenFor(Role.COORDINATOR, fixtures.network(Visibility.PUBLIC).id))
                .body(restatement(2019, "1")).post(url).then(), 404, "not-found");
        problem(anonymous().get(url).then(), 401, "unauthenticated");
        problem(as(s.reporter()).get(url + "/" + UUID.randomUUID()).then(), 404, "not-found");
    }
}
