package no.klimanett.common;

import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import no.klimanett.organisation.Organisation;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * If-Match protects against lost updates only if nothing but the current strong ETag passes (issue #10: {@code *} and
 * weak tags updated resources). RFC 9110 strong comparison: a list may name several tags, one of them current.
 */
@QuarkusTest
class PreconditionsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void onlyTheCurrentStrongTagMatches() {
        Preconditions.requireIfMatch("\"3\"", 3);
        Preconditions.requireIfMatch("\"2\", \"3\"", 3);
        for (String refused : new String[] {"*", "W/\"3\"", "\"2\"", "3", "\"3\"x", "W/\"2\", *"}) {
            var e = assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch(refused, 3), refused);
            assertEquals(ProblemType.PRECONDITION_FAILED, e.type(), refused);
        }
        var missing = assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch(" ", 3));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, missing.type());
    }

    @Test
    void aWildcardOrWeakTagDoesNotOverwriteAnOrganisation() {
        Organisation org = fixtures.organisation();
        String admin = fixtures.adminToken();
        String url = "/api/v1/organisations/" + org.id;
        var changed = Map.<String, Object>of("name", "Renamed by a blind write", "country", "NO", "sector", "PRIVATE");
        for (String tag : new String[] {"*", "W/\"0\""}) {
            problem(as(admin).header("If-Match", tag).body(changed).put(url).then(), 412, "precondition-failed");
        }
        as(admin).get(url).then().statusCode(200).body("name", equalTo(org.name));
        as(admin).header("If-Match", "\"0\"").body(changed).put(url).then().statusCode(200)
                .body("name", equalTo("Renamed by a blind write"));
    }
}
