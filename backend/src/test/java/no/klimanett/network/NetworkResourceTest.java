package no.klimanett.network;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkResourceTest {

    @Inject
    Fixtures fixtures;

    static Map<String, Object> body(String slug, UUID parentId) {
        var body = new HashMap<String, Object>();
        body.put("slug", slug);
        body.put("name", "Klimapartnere " + slug);
        body.put("country", "NO");
        body.put("region", "Innlandet");
        body.put("foundedOn", "2019-09-30");
        body.put("visibility", "PUBLIC");
        body.put("defaultLanguages", List.of("nb", "en"));
        if (parentId != null) body.put("parentId", parentId.toString());
        return body;
    }

    @Test
    void adminCreatesNetworkAndCoordinatorUpdatesIt() {
        String admin = fixtures.adminToken();
        String slug = Fixtures.unique("innlandet").toLowerCase();
        String location = as(admin).body(body(slug, null)).post("/api/v1/networks").then().statusCode(201)
                .body("slug", equalTo(slug)).body("defaultLanguages", equalTo(List.of("nb", "en")))
                .body("minGroupSize", equalTo(3)).extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        anonymous().get(location).then().statusCode(200).header("ETag", equalTo("\"0\""));
        anonymous().queryParam("slug", slug).get("/api/v1/networks").then().body("items.id", hasItem(id.toString()));

        String coordinator = fixtures.tokenFor(Role.COORDINATOR, id);
        var changed = body(slug, null);
        changed.put("description", "Samarbeid på tvers av sektorer");
        as(coordinator).header("If-Match", "\"0\"").body(changed).put(location).then().statusCode(200)
                .body("description", equalTo("Samarbeid på tvers av sektorer")).header("ETag", equalTo("\"1\""));
        problem(as(coordinator).header("If-Match", "\"0\"").body(changed).put(location).then(), 412, "precondition-failed");

        // a coordinator of another network and a viewer may not change it; anonymous callers must log in first
        String otherCoordinator = fixtures.tokenFor(Role.COORDINATOR, fixtures.network(Visibility.PUBLIC).id);
        problem(as(otherCoordinator).header("If-Match", "\"1\"").body(changed).put(location).then(), 403, "forbidden");
        problem(anonymous().header("If-Match", "\"1\"").body(changed).put(location).then(), 401, "unauthenticated");
        problem(as(coordinator).body(body(Fixtures.unique("x").toLowerCase(), null)).post("/api/v1/networks").then(), 403, "forbidden");
    }

    @Test
    void slugsAreUniqueAndValidated() {
        String admin = fixtures.adminToken();
        String slug = Fixtures.unique("dup").toLowerCase();
        as(admin).body(body(slug, null)).post("/api/v1/networks").then().statusCode(201);
        problem(as(admin).body(body(slug, null)).post("/api/v1/networks").then(), 409, "conflict").body("errors.field", hasItem("slug"));
        fieldError(as(admin).body(body("Not A Slug", null)).post("/api/v1/networks").then(), "slug");
        var badLanguage = body(Fixtures.unique("lang").toLowerCase(), null);
        badLanguage.put("defaultLanguages", List.of("de"));
        fieldError(as(admin).body(badLanguage).post("/api/v1/networks").then(), "defaultLanguages[0]");
        var future = body(Fixtures.unique("future").toLowerCase(), null);
        future.put("foundedOn", LocalDate.now().plusYears(1).toString());
        fieldError(as(admin).body(future).post("/api/v1/networks").then(), "foundedOn");
        fieldError(as(admin).body(body(Fixtures.unique("orphan").toLowerCase(), UUID.randomUUID())).post("/api/v1/networks").then(), "parentId");
    }

    @Test
    void umbrellaHierarchyCannotBeCircular() {
        String admin = fixtures.adminToken();
        Network umbrella = fixtures.network(Visibility.PUBLIC);
        Network child = fixtures.network(Visibility.PUBLIC, umbrella.id);
        var body = body(umbrella.slug, child.id);
        fieldError(as(admin).header("If-Match", "\"0\"").body(body).put("/api/v1/networks/" + umbrella.id).then(), "parentId");
        anonymous().queryParam("parentId", umbrella.id).get("/api/v1/networks").then().body("items.id", equalTo(List.of(child.id.toString())));
    }

    @Test
    void membersOnlyNetworksAreInvisibleToOutsiders() {
        Network hidden = fixtures.network(Visibility.MEMBERS_ONLY);
        problem(anonymous().get("/api/v1/networks/" + hidden.id).then(), 404, "not-found");
        anonymous().queryParam("size", 100).queryParam("slug", hidden.slug).get("/api/v1/networks").then().body("totalItems", equalTo(0));
        as(fixtures.tokenFor(Role.VIEWER, hidden.id)).get("/api/v1/networks/" + hidden.id).then().statusCode(200);
        // a reporter whose organisation is a current member reads it; one of a former member does not
        var member = fixtures.organisation();
        var former = fixtures.organisation();
        fixtures.member(hidden.id, member.id, LocalDate.of(2021, 1, 1), null);
        fixtures.member(hidden.id, former.id, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
        as(fixtures.tokenFor(Role.REPORTER, member.id)).get("/api/v1/networks/" + hidden.id).then().statusCode(200);
        problem(as(fixtures.tokenFor(Role.REPORTER, former.id)).get("/api/v1/networks/" + hidden.id).then(), 404, "not-found");
        // API clients read networks granted to them with a scope, not others
        var client = fixtures.client(java.util.Set.of("networks:read"), java.util.Set.of(hidden.id));
        as(Fixtures.token(client)).get("/api/v1/networks/" + hidden.id).then().statusCode(200);
        var unscoped = fixtures.client(java.util.Set.of(), java.util.Set.of(hidden.id));
        problem(as(Fixtures.token(unscoped)).get("/api/v1/networks/" + hidden.id).then(), 404, "not-found");
        as(fixtures.adminToken()).queryParam("slug", hidden.slug).get("/api/v1/networks").then().body("totalItems", equalTo(1));
        anonymous().queryParam("size", 100).get("/api/v1/networks").then().body("items.id", not(hasItem(hidden.id.toString())));
    }
}
