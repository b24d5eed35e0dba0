package no.klimanett.site;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klimanett.auth.Role;
import no.klimanett.common.AuditLog;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteSettingsResourceTest {

    static final String PATH = "/api/v1/site-settings";

    @Inject
    Fixtures fixtures;

    @Inject
    AuditLog audit;

    static Map<String, Object> settings(String securityContact, Instant expires) {
        Map<String, Object> body = new HashMap<>();
        body.put("operatorName", "Innlandet fylkeskommune");
        body.put("country", "NO");
        body.put("privacyContact", "personvern@innlandetfylke.no");
        body.put("accessibilityContact", "https://innlandetfylke.no/tilgjengelighet");
        body.put("securityContact", securityContact);
        body.put("securityTxtExpires", expires == null ? null : expires.toString());
        return body;
    }

    /** Replaces the settings as an administrator; returns the new ETag. */
    static String save(String adminToken, Map<String, Object> body) {
        String etag = anonymous().get(PATH).then().statusCode(200).extract().header("ETag");
        return as(adminToken).header("If-Match", etag).body(body).put(PATH).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anyoneReadsWhatAnAdministratorSaved() {
        save(fixtures.adminToken(), settings("security@innlandetfylke.no", null));

        anonymous().get(PATH).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("operatorName", equalTo("Innlandet fylkeskommune"))
                .body("country", equalTo("NO"))
                .body("privacyContact", equalTo("personvern@innlandetfylke.no"))
                .body("accessibilityContact", equalTo("https://innlandetfylke.no/tilgjengelighet"))
                .body("securityContact", equalTo("security@innlandetfylke.no"))
                .body("securityTxtExpires", nullValue())
                .body("securityTxtExpiresEffective", notNullValue());
    }

    @Test
    void blankFieldsAreUnsetAndWithoutASecurityContactNothingExpires() {
        Map<String, Object> body = settings("  ", null);
        body.put("operatorName", "");
        body.remove("country");
        save(fixtures.adminToken(), body);

        anonymous().get(PATH).then().statusCode(200)
                .body("operatorName", nullValue())
                .body("country", nullValue())
                .body("securityContact", nullValue())
                .body("securityTxtExpiresEffective", nullValue());
    }

    @Test
    void savingRenewsTheDefaultExpiryToOneYearLessADay() {
        Instant before = Instant.now();
        save(fixtures.adminToken(), settings("security@innlandetfylke.no", null));
        Instant effective = Instant.parse(anonymous().get(PATH).then().extract().path("securityTxtExpiresEffective"));
        Instant expected = before.plus(Duration.ofDays(364));
        assertEquals(0, Duration.between(expected, effective).toMinutes(), "expires " + effective + ", expected about " + expected);
    }

    @Test
    void anExplicitExpiryIsKeptAndMustBeWithinTheNextYear() {
        String admin = fixtures.adminToken();
        Instant inMonths = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        save(admin, settings("security@innlandetfylke.no", inMonths));
        anonymous().get(PATH).then().body("securityTxtExpires", equalTo(inMonths.toString()))
                .body("securityTxtExpiresEffective", equalTo(inMonths.toString()));

        String etag = anonymous().get(PATH).then().extract().header("ETag");
        fieldError(as(admin).header("If-Match", etag).body(settings("security@x.no", Instant.now().minusSeconds(60)))
                .put(PATH).then(), "securityTxtExpires");
        fieldError(as(admin).header("If-Match", etag).body(settings("security@x.no", Instant.now().plus(400, ChronoUnit.DAYS)))
                .put(PATH).then(), "securityTxtExpires");
    }

    @Test
    void contactsMustBeAnEmailAddressOrAnHttpsUrlAndEveryBadOneIsNamed() {
        String admin = fixtures.adminToken();
        String before = anonymous().get(PATH).then().extract().asString();
        String etag = anonymous().get(PATH).then().extract().header("ETag");
        Map<String, Object> body = settings("javascript:alert(1)", null);
        body.put("privacyContact", "http://insecure.example.no/privacy");
        body.put("accessibilityContact", "not an address");
        problem(as(admin).header("If-Match", etag).body(body).put(PATH).then(), 400, "validation")
                .body("errors.field", hasItems("privacyContact", "accessibilityContact", "securityContact"));
        assertEquals(before, anonymous().get(PATH).then().extract().asString(), "a refused change leaves the settings as they were");

        fieldError(as(admin).header("If-Match", etag).body(Map.of("operatorName", "x".repeat(201))).put(PATH).then(), "operatorName");
    }

    @Test
    void onlyAdministratorsChangeThemWithTheCurrentETag() {
        String etag = anonymous().get(PATH).then().extract().header("ETag");
        var body = settings("security@innlandetfylke.no", null);
        problem(anonymous().header("If-Match", etag).body(body).put(PATH).then(), 401, "unauthenticated");
        problem(as(fixtures.tokenFor(Role.COORDINATOR, fixtures.network(no.klimanett.network.Visibility.PUBLIC).id))
                .header("If-Match", etag).body(body).put(PATH).then(), 403, "forbidden");

        String admin = fixtures.adminToken();
        problem(as(admin).body(body).put(PATH).then(), 428, "precondition-required");
        String next = as(admin).header("If-Match", etag).body(body).put(PATH).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, next);
        problem(as(admin).header("If-Match", etag).body(body).put(PATH).then(), 412, "precondition-failed");
    }

    @Test
    void everyChangeIsAudited() {
        save(fixtures.adminToken(), settings("security@audit.example.no", null));
        List<AuditLog.Event> events = audit.eventsOf(SiteSettingsService.ENTITY, SiteSettings.ID);
        AuditLog.Event last = events.get(events.size() - 1);
        assertEquals("updated", last.action());
        assertEquals("security@audit.example.no", last.details().get("securityContact"));
        org.hamcrest.MatcherAssert.assertThat(last.actor(), not(equalTo("anonymous")));
    }
}
