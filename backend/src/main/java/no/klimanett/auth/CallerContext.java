package no.klimanett.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the caller of this request from the verified token and the grants in the database.
 * Grants are read per request (not carried in the token) so that revoking one takes effect at once.
 */
@RequestScoped
public class CallerContext {

    public static final String CLAIM_KIND = "kind";
    public static final String KIND_USER = "user";
    public static final String KIND_CLIENT = "client";

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** For work the application does itself, outside any HTTP request (inside an activated request context). */
    public void actAs(Caller system) {
        if (system.kind() != Caller.Kind.SYSTEM) throw new IllegalArgumentException("only the system acts as itself");
        caller = system;
    }

    private Caller resolve() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Caller.ANONYMOUS;
        }
        String kind = jwt.getClaim(CLAIM_KIND);
        if (KIND_CLIENT.equals(kind)) {
            return forClient(jwt);
        }
        return forUser(jwt);
    }

    private Caller forClient(JsonWebToken jwt) {
        String clientId = jwt.getSubject();
        ApiClient client = ApiClient.findByClientId(clientId)
                .filter(c -> c.active)
                .orElseThrow(() -> new AuthenticationFailedException("client no longer active"));
        Set<ClientScope> scopes = EnumSet.noneOf(ClientScope.class);
        for (String s : client.scopes) {
            scopes.add(ClientScope.parse(s));
        }
        return new Caller(Caller.Kind.CLIENT, null, client.clientId, client.name, false,
                Set.of(), Set.of(), Set.of(), Set.copyOf(client.networkIds), scopes);
    }

    private Caller forUser(JsonWebToken jwt) {
        AppUser user = findUser(jwt);
        if (user == null || !user.active) {
            throw new AuthenticationFailedException("user unknown or inactive");
        }
        boolean admin = false;
        Set<UUID> coordinator = new HashSet<>();
        Set<UUID> viewer = new HashSet<>();
        Set<UUID> reporter = new HashSet<>();
        for (RoleGrant grant : user.grants) {
            switch (grant.role) {
                case ADMIN -> admin = true;
                case COORDINATOR -> coordinator.add(grant.networkId);
                case VIEWER -> viewer.add(grant.networkId);
                case REPORTER -> reporter.add(grant.organisationId);
            }
        }
        return new Caller(Caller.Kind.USER, user.id, null, user.displayName, admin,
                Set.copyOf(coordinator), Set.copyOf(viewer), Set.copyOf(reporter), Set.of(), Set.of());
    }

    /** Our own tokens name the user by id; an external OpenID Connect issuer's tokens by e-mail. */
    private static AppUser findUser(JsonWebToken jwt) {
        String subject = jwt.getSubject();
        if (subject != null) {
            try {
                AppUser byId = AppUser.findById(UUID.fromString(subject));
                if (byId != null) return byId;
            } catch (IllegalArgumentException notAUuid) {
                // an external issuer's subject: fall through to the e-mail claim
            }
        }
        String email = jwt.getClaim("email");
        if (email == null) email = jwt.getName();
        return email == null ? null : AppUser.findByEmail(email).orElse(null);
    }
}
