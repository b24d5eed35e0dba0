package no.klimanett.auth;

import java.util.List;
import no.klimanett.common.FieldCode;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;

/**
 * Issues the service's own signed tokens: password grant for people, client credentials for API clients.
 * Tokens carry identity and coarse groups only; grants are looked up per request.
 */
@ApplicationScoped
public class TokenService {

    /** bcrypt reads 72 bytes at most; longer input only costs us parsing, so it is refused early. */
    static final int MAX_SECRET_LENGTH = 256;

    @Inject
    Passwords passwords;

    @Inject
    AuthConfig config;

    @Inject
    LoginThrottle throttle;

    @Transactional
    public TokenResponse issue(TokenRequest request, String remoteAddress) {
        throttle.checkAddress(remoteAddress);
        String grantType = request.grantType();
        if ("password".equals(grantType)) {
            new FieldErrors()
                    .check(notBlank(request.username()), "username", FieldCode.REQUIRED, "is required")
                    .check(notBlank(request.password()), "password", FieldCode.REQUIRED, "is required")
                    .check(shortEnough(request.username(), 254), "username", FieldCode.TOO_LONG, "must be at most 254 characters",
                            "max", 254)
                    .check(shortEnough(request.password(), MAX_SECRET_LENGTH), "password", FieldCode.TOO_LONG,
                            "must be at most " + MAX_SECRET_LENGTH + " characters", "max", MAX_SECRET_LENGTH)
                    .throwIfAny();
            return passwordGrant(request.username().trim(), request.password());
        }
        if ("client_credentials".equals(grantType)) {
            new FieldErrors()
                    .check(notBlank(request.clientId()), "client_id", FieldCode.REQUIRED, "is required")
                    .check(notBlank(request.clientSecret()), "client_secret", FieldCode.REQUIRED, "is required")
                    .check(shortEnough(request.clientId(), 80), "client_id", FieldCode.TOO_LONG, "must be at most 80 characters",
                            "max", 80)
                    .check(shortEnough(request.clientSecret(), MAX_SECRET_LENGTH), "client_secret", FieldCode.TOO_LONG,
                            "must be at most " + MAX_SECRET_LENGTH + " characters", "max", MAX_SECRET_LENGTH)
                    .throwIfAny();
            return clientGrant(request.clientId().trim(), request.clientSecret());
        }
        throw ProblemException.invalid("grant_type", FieldCode.INVALID_VALUE, "must be password or client_credentials",
                "allowed", List.of("password", "client_credentials"));
    }

    private TokenResponse passwordGrant(String email, String password) {
        String account = "user:" + email.toLowerCase();
        throttle.checkAccount(account);
        AppUser user = AppUser.findByEmail(email).orElse(null);
        boolean ok = passwords.matches(password, user == null ? null : user.passwordHash) && user.active;
        if (!ok) {
            throw new ProblemException(ProblemType.INVALID_GRANT, "Unknown e-mail address or wrong password");
        }
        throttle.succeeded(account);
        Set<String> groups = new HashSet<>(Set.of("user"));
        if (user.grants.stream().anyMatch(g -> g.role == Role.ADMIN)) groups.add("admin");
        String token = Jwt.subject(user.id.toString())
                .upn(user.email)
                .claim("name", user.displayName)
                .claim(CallerContext.CLAIM_KIND, CallerContext.KIND_USER)
                .groups(groups)
                .expiresIn(config.tokenLifespan())
                .sign();
        return new TokenResponse(token, "Bearer", config.tokenLifespan().toSeconds(), null);
    }

    private TokenResponse clientGrant(String clientId, String secret) {
        String account = "client:" + clientId;
        throttle.checkAccount(account);
        ApiClient client = ApiClient.findByClientId(clientId).orElse(null);
        boolean ok = passwords.matches(secret, client == null ? null : client.secretHash) && client.active;
        if (!ok) {
            throw new ProblemException(ProblemType.INVALID_GRANT, "Unknown client or wrong secret");
        }
        throttle.succeeded(account);
        String scope = String.join(" ", Arrays.asList(client.scopes));
        String token = Jwt.subject(client.clientId)
                .claim(CallerContext.CLAIM_KIND, CallerContext.KIND_CLIENT)
                .claim("scope", scope)
                .groups(Set.of("client"))
                .expiresIn(config.tokenLifespan())
                .sign();
        return new TokenResponse(token, "Bearer", config.tokenLifespan().toSeconds(), scope);
    }

    private static boolean shortEnough(String s, int max) {
        return s == null || s.length() <= max;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
