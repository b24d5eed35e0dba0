package no.klimanett.site;

import static io.restassured.RestAssured.given;
import static no.klimanett.site.SiteSettingsResourceTest.save;
import static no.klimanett.site.SiteSettingsResourceTest.settings;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** /.well-known/security.txt is served, and valid by RFC 9116, from what an administrator configured. */
@QuarkusTest
class SecurityTxtTest {

    @Inject
    Fixtures fixtures;

    /** The fields of an RFC 9116 file, each with all its values in order; fails on any line that is not "Field: value". */
    static Map<String, List<String>> fields(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : body.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(": ");
            assertTrue(colon > 0 && line.substring(0, colon).matches("[A-Za-z-]+"), "not a field line: " + line);
            fields.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 2));
        }
        return fields;
    }

    private static String fetch(int status) {
        return given().header("Host", "klimanett.example.no").get(SecurityTxt.PATH).then().statusCode(status)
                .contentType(startsWith("text/plain")).extract().asString();
    }

    @Test
    void servedAndValidOnceASecurityContactIsSet() {
        Instant saved = Instant.now();
        save(fixtures.adminToken(), settings("security@innlandetfylke.no", null));

        String body = fetch(200);
        assertTrue(body.endsWith("\n"), "lines end with a line break");
        Map<String, List<String>> fields = fields(body);
        assertEquals(List.of("mailto:security@innlandetfylke.no"), fields.get("Contact"));
        assertEquals(List.of("en, nb, sv, da"), fields.get("Preferred-Languages"));
        assertEquals(List.of("http://klimanett.example.no/.well-known/security.txt"), fields.get("Canonical"));
        assertEquals(List.of("http://klimanett.example.no/security"), fields.get("Policy"));
        assertEquals(1, fields.get("Expires").size(), "Expires exactly once (RFC 9116 §2.5.5)");
        Instant expires = Instant.parse(fields.get("Expires").get(0));
        assertTrue(expires.isAfter(Instant.now()), "expires in the future: " + expires);
        assertTrue(expires.isBefore(saved.plus(365, ChronoUnit.DAYS)), "expires less than a year ahead: " + expires);
        assertEquals(Map.of(), unknownFields(fields));
    }

    @Test
    void anHttpsContactAndAChosenExpiryAreStatedAsConfigured() {
        Instant expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        save(fixtures.adminToken(), settings("https://innlandetfylke.no/security", expires));

        Map<String, List<String>> fields = fields(fetch(200));
        assertEquals(List.of("https://innlandetfylke.no/security"), fields.get("Contact"));
        assertEquals(List.of(expires.toString()), fields.get("Expires"));
    }

    @Test
    void notPublishedWhileNobodyIsNamedToReportTo() {
        save(fixtures.adminToken(), settings(null, null));
        fetch(404);
    }

    /** Only fields RFC 9116 defines, so that a typo in a field name cannot slip through. */
    private static Map<String, List<String>> unknownFields(Map<String, List<String>> fields) {
        var known = List.of("Acknowledgments", "Canonical", "Contact", "Encryption", "Expires", "Hiring", "Policy",
                "Preferred-Languages", "CSAF");
        Map<String, List<String>> unknown = new LinkedHashMap<>(fields);
        unknown.keySet().removeAll(known);
        return unknown;
    }
}
