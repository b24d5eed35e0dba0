package no.klimanett.testing;

import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.anyOf;
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

    /** Every code the API gives a field error, as clients see it. */
    public static final java.util.List<String> FIELD_CODES =
            java.util.Arrays.stream(no.klimanett.common.FieldCode.values()).map(no.klimanett.common.FieldCode::code).toList();

    /** Asserts the RFC 9457 shape with our stable type; every field error carries one of the stable codes. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", equalTo("https://klimanett.no/problems/" + typeSlug))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("errors.code", anyOf(nullValue(), everyItem(in(FIELD_CODES))));
    }

    public static ValidatableResponse fieldError(ValidatableResponse response, String field) {
        return problem(response, 400, "validation").body("errors.field", hasItem(field));
    }

    /** A 400 naming the field with the code, e.g. {@code fieldError(r, "lines[0].quantity", "wrong-type")}. */
    public static ValidatableResponse fieldError(ValidatableResponse response, String field, String code) {
        return fieldError(response, field).body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
    }
}
