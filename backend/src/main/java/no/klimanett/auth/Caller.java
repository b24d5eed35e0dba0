package no.klimanett.auth;

import java.util.Set;
import java.util.UUID;

/** Who is calling, with every grant they hold, resolved once per request. */
public record Caller(
        Kind kind,
        UUID userId,
        String clientId,
        String name,
        boolean admin,
        Set<UUID> coordinatorOf,
        Set<UUID> viewerOf,
        Set<UUID> reporterFor,
        Set<UUID> clientNetworks,
        Set<ClientScope> scopes) {

    public enum Kind { ANONYMOUS, USER, CLIENT, SYSTEM }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, null, "anonymous", false,
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** The application itself (the demo loader): may do what an administrator may, and is audited by name. */
    public static Caller system(String job) {
        return new Caller(Kind.SYSTEM, null, null, job, true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    public boolean isUser() {
        return kind == Kind.USER || kind == Kind.SYSTEM;
    }

    public boolean isClient() {
        return kind == Kind.CLIENT;
    }

    /** How {@link #actor()} begins for users and API clients, followed by the user's id or the client id. */
    public static final String USER_ACTOR = "user:", CLIENT_ACTOR = "client:";

    /** How the caller appears in audit records and workflow fields. */
    public String actor() {
        return switch (kind) {
            case USER -> USER_ACTOR + userId;
            case CLIENT -> CLIENT_ACTOR + clientId;
            case ANONYMOUS -> "anonymous";
            case SYSTEM -> "system:" + name;
        };
    }

    public boolean coordinates(UUID networkId) {
        return admin || coordinatorOf.contains(networkId);
    }

    public boolean reportsFor(UUID organisationId) {
        return admin || reporterFor.contains(organisationId);
    }

    public boolean clientMayRead(UUID networkId, ClientScope scope) {
        return isClient() && clientNetworks.contains(networkId) && scopes.contains(scope);
    }
}
