package no.klimanett.auth;

import java.util.List;
import java.util.UUID;

public record Me(UUID id, Caller.Kind kind, String email, String displayName, String clientId, boolean admin,
                 List<Grant> grants, List<String> scopes, List<UUID> networkIds) {

    public record Grant(Role role, UUID networkId, UUID organisationId) {}
}
