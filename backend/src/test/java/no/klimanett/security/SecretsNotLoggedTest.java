package no.klimanett.security;

import static io.restassured.RestAssured.given;
import static no.klimanett.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import no.klimanett.auth.LoginThrottle;
import no.klimanett.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Secrets never reach the log: passwords (right and wrong), client secrets, issued tokens and bcrypt hashes, through
 * every path that handles them — login, failed login, creating users and API clients, client credentials, a
 * rejected token. Every log record of the application at every level (DEBUG included) is captured while they run.
 * Also: tokens carry identity and coarse groups, never a secret or a hash.
 */
@QuarkusTest
class SecretsNotLoggedTest {

    @Inject
    Fixtures fixtures;

    @Inject
    LoginThrottle throttle;

    private final List<String> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) for (Object p : record.getParameters()) text.append(' ').append(p);
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) text.append(' ').append(t);
            synchronized (records) {
                records.add(text.toString());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previous;

    @BeforeEach
    void captureEverything() {
        throttle.reset();
        Logger root = Logger.getLogger("");
        previous = root.getLevel();
        root.addHandler(capture);
        Logger.getLogger("no.klimanett").setLevel(Level.ALL);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("no.klimanett").setLevel(previous == null ? Level.INFO : previous);
        throttle.reset();
    }

    @Test
    void passwordsSecretsTokensAndHashesAreNeverLogged() {
        String admin = fixtures.adminToken();
        String password = "Sæcret-pässword-" + Fixtures.unique("pw");
        String email = Fixtures.unique("logged") + "@test.klimanett.no";
        as(admin).body(Map.of("email", email, "displayName", "Logged", "password", password)).post("/api/v1/users")
                .then().statusCode(201);
        String wrong = "wrong-" + password;
        login(email, wrong).then().statusCode(400);
        String token = login(email, password).then().statusCode(200).extract().path("access_token");

        var client = as(admin).body(Map.of("clientId", Fixtures.unique("logged-client"), "name", "Logged client",
                "scopes", List.of("stats:read"), "networkIds", List.of())).post("/api/v1/api-clients").then()
                .statusCode(201).extract();
        String clientId = client.path("clientId");
        String secret = client.path("clientSecret");
        String clientToken = given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("access_token");
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", "x" + secret).post("/api/v1/auth/token")
                .then().statusCode(400);
        as(token + "tampered").get("/api/v1/me").then().statusCode(401);
        as(clientToken).get("/api/v1/me").then().statusCode(200);

        String all;
        synchronized (records) {
            all = String.join("\n", records);
        }
        for (String secretValue : List.of(password, wrong, secret, token, clientToken, token.split("\\.")[2])) {
            assertFalse(all.contains(secretValue), "the log contains a secret: " + secretValue.substring(0, 6) + "…");
        }
        assertFalse(all.contains("$2a$") || all.contains("$2b$"), "the log contains a bcrypt hash");

        // the tokens themselves: identity and coarse groups, never the secret or a hash
        for (String t : List.of(token, clientToken)) {
            String claims = new String(Base64.getUrlDecoder().decode(t.split("\\.")[1]));
            assertFalse(claims.contains(password) || claims.contains(secret) || claims.contains("$2"), claims);
            assertTrue(claims.contains("\"exp\"") && claims.contains("\"iss\"") && claims.contains("\"aud\""), claims);
        }
    }

    private static io.restassured.response.Response login(String email, String password) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", email).formParam("password", password).post("/api/v1/auth/token");
    }
}
