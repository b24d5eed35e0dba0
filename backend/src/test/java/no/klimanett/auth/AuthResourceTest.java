package no.klimanett.auth;

import static io.restassured.RestAssured.given;
import static no.klimanett.testing.Api.as;
import static no.klimanett.testing.Api.fieldError;
import static no.klimanett.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.Set;
import no.klimanett.network.Visibility;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgetThrottling() {
        throttle.reset();
    }

    private static io.restassured.response.ValidatableResponse login(String user, String password) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", user).formParam("password", password).post("/api/v1/auth/token").then();
    }

    @Test
    void passwordGrantIssuesATokenThatIdentifiesTheUser() {
        var network = fixtures.network(Visibility.PUBLIC);
        AppUser user = fixtures.userWithPassword(Role.COORDINATOR, network.id, "correct horse battery");
        String token = login(user.email.toUpperCase(), "correct horse battery").statusCode(200)
                .header("Cache-Control", "no-store").body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600)).extract().path("access_token");
        as(token).get("/api/v1/me").then().statusCode(200).body("email", equalTo(user.email))
                .body("kind", equalTo("USER")).body("admin", equalTo(false))
                .body("grants.role", hasItem("COORDINATOR")).body("grants.networkId", hasItem(network.id.toString()));
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        AppUser user = fixtures.userWithPassword(null, null, "secret-1");
        String wrong = problem(login(user.email, "secret-2"), 400, "invalid-grant").extract().path("detail");
        String unknown = problem(login("nobody@example.org", "secret-2"), 400, "invalid-grant").extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(wrong, unknown);
        fieldError(login("", ""), "username");
        fieldError(given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "magic")
                .post("/api/v1/auth/token").then(), "grant_type");
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfter() {
        AppUser user = fixtures.userWithPassword(null, null, "right");
        for (int i = 0; i < 5; i++) {
            problem(login(user.email, "wrong"), 400, "invalid-grant");
        }
        problem(login(user.email, "right"), 429, "too-many-requests").header("Retry-After", notNullValue());
    }

    @Test
    void clientCredentialsGrant() {
        var network = fixtures.network(Visibility.MEMBERS_ONLY);
        ApiClient client = fixtures.clientWithSecret(Set.of("stats:read"), Set.of(network.id), "s3cret-value");
        String token = given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId).formParam("client_secret", "s3cret-value")
                .post("/api/v1/auth/token").then().statusCode(200).body("scope", equalTo("stats:read"))
                .extract().path("access_token");
        as(token).get("/api/v1/me").then().body("kind", equalTo("CLIENT")).body("clientId", equalTo(client.clientId))
                .body("networkIds", hasItem(network.id.toString()));
        problem(given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId).formParam("client_secret", "wrong")
                .post("/api/v1/auth/token").then(), 400, "invalid-grant");
    }

    @Test
    void tokensThatAreNotOursAreRejected() {
        AppUser user = fixtures.user(Role.ADMIN, null);
        String expired = Jwt.subject(user.id.toString()).claim("kind", "user").issuedAt(1_000_000_000L)
                .expiresAt(1_000_000_600L).sign();
        String wrongIssuer = Jwt.issuer("https://evil.example").subject(user.id.toString()).claim("kind", "user").sign();
        String wrongAudience = Jwt.audience("someone-else").subject(user.id.toString()).claim("kind", "user").sign();
        String valid = Fixtures.token(user);
        String tampered = valid.substring(0, valid.lastIndexOf('.') - 4) + "AAAA" + valid.substring(valid.lastIndexOf('.'));
        for (String token : new String[] {expired, wrongIssuer, wrongAudience, tampered}) {
            problem(as(token).get("/api/v1/me").then(), 401, "unauthenticated").header("WWW-Authenticate", "Bearer");
        }
        as(valid).get("/api/v1/me").then().statusCode(200).body("admin", equalTo(true));
        problem(as(null).get("/api/v1/me").then(), 401, "unauthenticated");
    }
}
