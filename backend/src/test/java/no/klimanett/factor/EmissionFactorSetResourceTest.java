package no.klimanett.factor;

import static no.klimanett.testing.Api.anonymous;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.Role;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class EmissionFactorSetResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FactorService factors;

    public static Map<String, Object> factor(String code, int scope, String category, String unit, String kg) {
        var f = new HashMap<String, Object>();
        f.put("code", code);
        f.put("name", "Factor " + code);
        f.put("scope", scope);
        f.put("category", category);
        f.put("unit", unit);
        f.put("kgCo2ePerUnit", new BigDecimal(kg));
        f.put("source", "Miljødirektoratet, test table " + code);
        return f;
    }

    public static Map<String, Object> set(String name, String country, int year, List<Map<String, Object>> factors) {
        var s = new HashMap<String, Object>();
        s.put("name", name);
        s.put("version", "2024-1");
        s.put("country", country);
        s.put("year", year);
        s.put("gwpSet", "AR6");
        s.put("description", "Test factors");
        s.put("illustrative", true);
        s.put("factors", new ArrayList<>(factors));
        return s;
    }

    /** A set with a diesel (scope 1, per litre) and a grid electricity (scope 2, per kWh) factor; for other tests. */
    public static String createSet(String adminToken) {
        return as(adminToken).body(set(Fixtures.unique("Set"), "NO", 2024, List.of(
                        factor("diesel", 1, "MOBILE_COMBUSTION", "l", "2.54"),
                        factor("grid-no", 2, "ELECTRICITY", "kWh", "0.019"))))
                .post("/api/v1/emission-factor-sets").then().statusCode(201).extract().path("id");
    }

    @Test
    void adminPublishesSetAndAnyoneReadsIt() {
        String admin = fixtures.adminToken();
        String name = Fixtures.unique("SSB");
        String location = as(admin).body(set(name, "NO", 2023, List.of(
                        factor("diesel", 1, "MOBILE_COMBUSTION", "l", "2.540123"),
                        factor("flight-short", 3, "BUSINESS_TRAVEL", "pkm", "0.158"))))
                .post("/api/v1/emission-factor-sets").then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("factorCount", equalTo(2)).body("illustrative", equalTo(true))
                .extract().header("Location");

        var read = anonymous().get(location).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("factors.code", equalTo(List.of("diesel", "flight-short")))
                .extract().jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        // decimals come back exactly as published, never through a float
        org.junit.jupiter.api.Assertions.assertEquals(new BigDecimal("2.540123"), read.get("factors[0].kgCo2ePerUnit"));

        anonymous().queryParam("country", "NO").queryParam("year", 2023).queryParam("size", 100)
                .get("/api/v1/emission-factor-sets").then().statusCode(200)
                .body("items.name", hasItem(name)).body("items[0].factors", nullValue());
        fieldError(anonymous().queryParam("year", "last").get("/api/v1/emission-factor-sets").then(), "year");
        problem(anonymous().get("/api/v1/emission-factor-sets/" + UUID.randomUUID()).then(), 404, "not-found");
    }

    @Test
    void updateMatchesFactorsByCodeAndNeedsCurrentEtag() {
        String admin = fixtures.adminToken();
        String name = Fixtures.unique("Set");
        var body = set(name, "SE", 2024, List.of(factor("diesel", 1, "MOBILE_COMBUSTION", "l", "2.5"),
                factor("petrol", 1, "MOBILE_COMBUSTION", "l", "2.3")));
        var created = as(admin).body(body).post("/api/v1/emission-factor-sets").then().statusCode(201).extract();
        String location = created.header("Location");
        String dieselId = created.path("factors.find { it.code == 'diesel' }.id");

        var changed = set(name, "SE", 2024, List.of(factor("diesel", 1, "MOBILE_COMBUSTION", "l", "2.6"),
                factor("hvo", 1, "MOBILE_COMBUSTION", "l", "0.3")));
        as(admin).header("If-Match", "\"0\"").body(changed).put(location).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("factors.code", equalTo(List.of("diesel", "hvo")))
                .body("factors.find { it.code == 'diesel' }.id", equalTo(dieselId))
                .body("factors.find { it.code == 'diesel' }.kgCo2ePerUnit", equalTo(2.6f));
        problem(as(admin).header("If-Match", "\"0\"").body(changed).put(location).then(), 412, "precondition-failed");
        problem(as(admin).body(changed).put(location).then(), 428, "precondition-required");
        problem(as(admin).header("If-Match", "\"0\"").body(changed)
                .put("/api/v1/emission-factor-sets/" + UUID.randomUUID()).then(), 404, "not-found");
    }

    @Test
    void otherFeaturesLookFactorsUpById() {
        String setId = createSet(fixtures.adminToken());
        String dieselId = anonymous().get("/api/v1/emission-factor-sets/" + setId).then().extract()
                .path("factors.find { it.code == 'diesel' }.id");
        FactorRef diesel = factors.factor(UUID.fromString(dieselId)).orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(new BigDecimal("2.540000"), diesel.kgCo2ePerUnit());
        org.junit.jupiter.api.Assertions.assertEquals("l", diesel.unit());
        org.junit.jupiter.api.Assertions.assertEquals(UUID.fromString(setId), diesel.setId());
        org.junit.jupiter.api.Assertions.assertTrue(factors.factor(UUID.randomUUID()).isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("diesel", "grid-no"),
                factors.factorsByCode(UUID.fromString(setId)).keySet());
    }

    @Test
    void onlyAdministratorsMaintainSets() {
        var body = set(Fixtures.unique("Set"), "NO", 2024, List.of(factor("diesel", 1, "MOBILE_COMBUSTION", "l", "2.5")));
        problem(anonymous().body(body).post("/api/v1/emission-factor-sets").then(), 401, "unauthenticated");
        var network = fixtures.network(no.klimanett.network.Visibility.PUBLIC);
        problem(as(fixtures.tokenFor(Role.COORDINATOR, network.id)).body(body).post("/api/v1/emission-factor-sets").then(),
                403, "forbidden");
        String id = createSet(fixtures.adminToken());
        problem(as(fixtures.tokenFor(Role.REPORTER, fixtures.organisation().id)).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/emission-factor-sets/" + id).then(), 403, "forbidden");
    }

    @Test
    void invalidFactorsAreNamed() {
        String admin = fixtures.adminToken();
        var badFactor = factor("Diesel!", 2, "MOBILE_COMBUSTION", "l", "-1");
        badFactor.remove("source");
        var body = set(Fixtures.unique("Set"), "Norway", 1980, List.of(badFactor,
                factor("grid", 1, "ELECTRICITY", "kWh", "0.02"), factor("grid", 2, "ELECTRICITY", "kWh", "0.02")));
        fieldError(as(admin).body(body).post("/api/v1/emission-factor-sets").then(), "factors[0].code")
                .body("errors.field", hasItem("factors[0].kgCo2ePerUnit"))
                .body("errors.field", hasItem("factors[0].source"))
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("year"));
        // rules across fields: the category must belong to the scope, codes are unique within the set
        var inconsistent = set(Fixtures.unique("Set"), "NO", 2024, List.of(
                factor("grid", 1, "ELECTRICITY", "kWh", "0.02"), factor("grid", 2, "ELECTRICITY", "kWh", "0.02")));
        fieldError(as(admin).body(inconsistent).post("/api/v1/emission-factor-sets").then(), "factors[0].category")
                .body("errors.field", hasItem("factors[1].code"));
        var tooPrecise = set(Fixtures.unique("Set"), "NO", 2024, List.of(factor("x", 1, "PROCESS", "kg", "0.1234567")));
        fieldError(as(admin).body(tooPrecise).post("/api/v1/emission-factor-sets").then(), "factors[0].kgCo2ePerUnit");
        var withId = set(Fixtures.unique("Set"), "NO", 2024, List.of());
        withId.put("id", UUID.randomUUID().toString());
        fieldError(as(admin).body(withId).post("/api/v1/emission-factor-sets").then(), "id");
        String name = Fixtures.unique("Dup");
        as(admin).body(set(name, "NO", 2024, List.of())).post("/api/v1/emission-factor-sets").then().statusCode(201);
        problem(as(admin).body(set(name, "NO", 2024, List.of())).post("/api/v1/emission-factor-sets").then(), 409, "conflict")
                .body("errors.field", hasItem("version"));
    }
}
