package no.klimanett.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** REST Assured shortcuts shared by the API tests. */
public final class Api {

    private Api() {}

    public static RequestSpecification as(String token) {
        var spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return as(null);
    }

    /** POST /auth/token with the password grant. */
    public static ValidatableResponse passwordLogin(String email, String password) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", email).formParam("password", password).post("/api/v1/auth/token").then();
    }

    /** POST /auth/token with the client credentials grant. */
    public static ValidatableResponse clientLogin(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/api/v1/auth/token").then();
    }

    /** Asserts the RFC 9457 shape with our stable type. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", equalTo("https://klimanett.no/problems/" + typeSlug))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }

    public static ValidatableResponse fieldError(ValidatableResponse response, String field) {
        return problem(response, 400, "validation").body("errors.field", hasItem(field));
    }
}
