package no.klimanett.security;

import static io.restassured.RestAssured.given;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpHardeningTest {

    @Inject
    Fixtures fixtures;

    @Test
    void securityHeadersOnApiResponses() {
        given().get("/api/v1/networks").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
    }

    /**
     * Swagger UI has a Content-Security-Policy without inline scripts (issue #10), and its page needs none: every
     * script it loads comes from our origin, and the page still loads the UI and the contract.
     */
    @Test
    void swaggerUiHasAPolicyWithoutInlineScriptsAndWorksUnderIt() {
        for (String path : new String[] {"/q/swagger-ui/", "/q/swagger-ui/index.html", "/q/swagger-ui/swagger-ui-bundle.js"}) {
            String policy = given().get(path).then().statusCode(200).extract().header("Content-Security-Policy");
            org.junit.jupiter.api.Assertions.assertNotNull(policy, path + " without a Content-Security-Policy");
            org.junit.jupiter.api.Assertions.assertTrue(policy.contains("script-src 'self';"), policy);
        }
        String page = given().get("/q/swagger-ui/").then().extract().asString();
        var scripts = java.util.regex.Pattern.compile("<script([^>]*)>(.*?)</script>", java.util.regex.Pattern.DOTALL).matcher(page);
        int count = 0;
        while (scripts.find()) {
            count++;
            org.junit.jupiter.api.Assertions.assertTrue(scripts.group(1).contains("src=") && scripts.group(2).isBlank(),
                    "inline script in the Swagger UI page: " + scripts.group());
            String src = scripts.group(1).replaceAll(".*src=\"([^\"]+)\".*", "$1");
            given().get("/q/swagger-ui/" + src).then().statusCode(200);
        }
        org.junit.jupiter.api.Assertions.assertEquals(3, count);
        given().get("/q/swagger-ui/klimanett-swagger-init.js").then().body(containsString("url: '/q/openapi'"));
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/v1/networks").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").get("/api/v1/networks").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String huge = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        var response = as(fixtures.adminToken()).body(huge).post("/api/v1/organisations").then();
        problem(response, 413, "payload-too-large");
        // a chunked body of unknown length is not read at all outside CSV imports
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/organisations"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + fixtures.adminToken())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream("{}".getBytes())))
                .build();
        var chunked = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(411, chunked.statusCode(), chunked.body());
        org.junit.jupiter.api.Assertions.assertTrue(chunked.body().contains("length-required"), chunked.body());
    }

    @Test
    void unsignedAndForeignKeyTokensAreRejected() throws Exception {
        var user = fixtures.user(no.klimanett.auth.Role.ADMIN, null);
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"https://klimanett.local/issuer\",\"aud\":\"klimanett-api\",\"sub\":\"" + user.id
                + "\",\"kind\":\"user\",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}";
        String payload = encoder.encodeToString(claims.getBytes());
        String none = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + payload + ".";
        problem(as(none).get("/api/v1/me").then(), 401, "unauthenticated");

        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var foreignKey = generator.generateKeyPair().getPrivate();
        String foreign = io.smallrye.jwt.build.Jwt.subject(user.id.toString()).claim("kind", "user").sign(foreignKey);
        problem(as(foreign).get("/api/v1/me").then(), 401, "unauthenticated");

        // HS256 signed with the public key (key confusion) is not accepted either
        String hs = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes()) + "." + payload + ".c2lnbmF0dXJl";
        problem(as(hs).get("/api/v1/me").then(), 401, "unauthenticated");
        as(Fixtures.token(user)).get("/api/v1/me").then().statusCode(200).body("admin", equalTo(true));
    }
}
