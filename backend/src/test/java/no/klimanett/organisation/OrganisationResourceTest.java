package no.klimanett.organisation;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import no.klimanett.auth.Role;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> body(String name, String country, String orgNumber) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", name);
        body.put("country", country);
        body.put("orgNumber", orgNumber);
        body.put("sector", "PRIVATE");
        body.put("employeeCount", 42);
        return body;
    }

    @Test
    void adminCreatesReadsAndUpdatesWithEtag() {
        String admin = fixtures.adminToken();
        var created = as(admin).body(body(Fixtures.unique("Asplan"), "FI", null))
                .post("/api/v1/organisations").then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("name", notNullValue()).body("orgNumberVerified", equalTo(false))
                .extract();
        String location = created.header("Location");

        as(admin).get(location).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("employeeCount", equalTo(42));

        var update = body("Renamed AS", "NO", null);
        as(admin).header("If-Match", "\"0\"").body(update).put(location).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("Renamed AS"));
        // the same (now stale) ETag again: someone else's change must not be overwritten
        problem(as(admin).header("If-Match", "\"0\"").body(update).put(location).then(), 412, "precondition-failed");
        problem(as(admin).body(update).put(location).then(), 428, "precondition-required");
    }

    @Test
    void organisationNumbersAreValidatedNormalisedAndUniquePerCountry() {
        String admin = fixtures.adminToken();
        // unique per test run: DK CVR numbers with a valid check digit built from a random prefix
        String cvr = validCvr();
        as(admin).body(body(Fixtures.unique("A"), "DK", cvr.substring(0, 4) + " " + cvr.substring(4)))
                .post("/api/v1/organisations").then().statusCode(201)
                .body("orgNumber", equalTo(cvr)).body("orgNumberVerified", equalTo(true));
        var duplicate = as(admin).body(body(Fixtures.unique("B"), "DK", cvr)).post("/api/v1/organisations").then();
        problem(duplicate, 409, "conflict").body("errors.field", hasItem("orgNumber"));
        fieldError(as(admin).body(body("C", "NO", "974760672")).post("/api/v1/organisations").then(), "orgNumber");
    }

    @Test
    void badInputNamesEveryField() {
        String admin = fixtures.adminToken();
        var bad = new java.util.HashMap<String, Object>();
        bad.put("name", " ");
        bad.put("country", "Norway");
        bad.put("sector", "PRIVATE");
        bad.put("employeeCount", -1);
        bad.put("naceCode", "XYZ");
        var response = fieldError(as(admin).body(bad).post("/api/v1/organisations").then(), "name");
        response.body("errors.field", hasItem("country")).body("errors.field", hasItem("employeeCount"))
                .body("errors.field", hasItem("naceCode"));
        fieldError(as(admin).body(Map.of("name", "X", "country", "NO", "sector", "BANK")).post("/api/v1/organisations").then(), "sector");
        fieldError(as(admin).body(Map.of("name", "X", "country", "NO", "sector", "PUBLIC", "demo", true))
                .post("/api/v1/organisations").then(), "demo");
        problem(as(admin).body("{\"name\": ").post("/api/v1/organisations").then(), 400, "malformed-request");
        // leading zero bytes make Jackson guess UTF-32, and the bytes after them are no UTF-32 character (found by
        // SchemaFuzzTest): still the caller's mistake, not ours
        byte[] notUtf32 = {0, 0, 0, '{', (byte) 0xe2, (byte) 0x80, (byte) 0x8d, '?'};
        problem(as(admin).body(notUtf32).post("/api/v1/organisations").then(), 400, "malformed-request");
    }

    @Test
    void accessRules() {
        var org = fixtures.organisation();
        var other = fixtures.organisation();
        String reporter = fixtures.tokenFor(Role.REPORTER, org.id);
        // a reporter sees and edits their own organisation, and may not create others
        as(reporter).get("/api/v1/organisations/" + org.id).then().statusCode(200);
        problem(as(reporter).body(body("X", "NO", null)).post("/api/v1/organisations").then(), 403, "forbidden");
        // another organisation that is in no network they can read: not revealed
        problem(as(reporter).get("/api/v1/organisations/" + other.id).then(), 404, "not-found");
        problem(as(reporter).header("If-Match", "\"0\"").body(body("X", "NO", null))
                .put("/api/v1/organisations/" + other.id).then(), 404, "not-found");
        // anonymous callers see organisations of public networks only
        var publicNet = fixtures.network(Visibility.PUBLIC);
        var privateNet = fixtures.network(Visibility.MEMBERS_ONLY);
        fixtures.member(publicNet.id, org.id, LocalDate.of(2020, 1, 1), null);
        fixtures.member(privateNet.id, other.id, LocalDate.of(2020, 1, 1), null);
        anonymous().get("/api/v1/organisations/" + org.id).then().statusCode(200);
        problem(anonymous().get("/api/v1/organisations/" + other.id).then(), 404, "not-found");
        // naming a members-only network in a filter is reading it: unknown to outsiders
        problem(anonymous().get("/api/v1/organisations?size=100&networkId=" + privateNet.id).then(), 404, "not-found");
        problem(anonymous().body(body("X", "NO", null)).post("/api/v1/organisations").then(), 401, "unauthenticated");
        // a coordinator of the private network edits its member, a viewer may read but not edit
        String coordinator = fixtures.tokenFor(Role.COORDINATOR, privateNet.id);
        as(coordinator).header("If-Match", "\"0\"").body(body("Changed", "NO", null))
                .put("/api/v1/organisations/" + other.id).then().statusCode(200);
        String viewer = fixtures.tokenFor(Role.VIEWER, privateNet.id);
        as(viewer).get("/api/v1/organisations/" + other.id).then().statusCode(200);
        problem(as(viewer).header("If-Match", "\"1\"").body(body("Changed", "NO", null))
                .put("/api/v1/organisations/" + other.id).then(), 403, "forbidden");
    }

    @Test
    void listIsPagedWithLinksAndCappedPageSize() {
        String admin = fixtures.adminToken();
        String prefix = Fixtures.unique("Paged");
        for (int i = 0; i < 3; i++) {
            as(admin).body(body(prefix + " " + i, "NO", null)).post("/api/v1/organisations").then().statusCode(201);
        }
        as(admin).queryParam("q", prefix).queryParam("size", 2).get("/api/v1/organisations").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        as(admin).queryParam("q", prefix).queryParam("size", 2).queryParam("page", 1).get("/api/v1/organisations").then()
                .body("items.size()", equalTo(1)).header("Link", not(org.hamcrest.Matchers.containsString("rel=\"next\"")));
        fieldError(as(admin).queryParam("size", 1000).get("/api/v1/organisations").then(), "size");
        fieldError(as(admin).queryParam("networkId", "nope").get("/api/v1/organisations").then(), "networkId");
    }

    @Test
    void unknownIdIs404AndBadTokenIs401() {
        problem(as(fixtures.adminToken()).get("/api/v1/organisations/" + java.util.UUID.randomUUID()).then(), 404, "not-found");
        problem(as("not-a-token").get("/api/v1/organisations").then(), 401, "unauthenticated");
    }

    /** A CVR number with a valid check digit and a random prefix, so reruns do not collide. */
    static String validCvr() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        var random = new java.util.Random();
        while (true) {
            int[] d = new int[8];
            d[0] = 1 + random.nextInt(9);
            for (int i = 1; i < 7; i++) d[i] = random.nextInt(10);
            int sum = 0;
            for (int i = 0; i < 7; i++) sum += d[i] * weights[i];
            int check = (11 - sum % 11) % 11;
            if (check <= 9) {
                d[7] = check;
                StringBuilder sb = new StringBuilder();
                for (int x : d) sb.append(x);
                return sb.toString();
            }
        }
    }
}
