package no.klimanett.auth;

import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public record Me(UUID id, Caller.Kind kind, String email, String displayName, String clientId, boolean admin,
                 List<Grant> grants, List<String> scopes, List<UUID> networkIds) {

    /** A role and what it is scoped to; the same shape in /me, in the user admin views and as grants input. */
    public record Grant(@NotNull Role role, UUID networkId, UUID organisationId) {

        /** In a stable order, so that the same grants always serialise the same way. */
        static List<Grant> of(Collection<RoleGrant> grants) {
            return grants.stream()
                    .map(g -> new Grant(g.role, g.networkId, g.organisationId))
                    .sorted(Comparator.comparing(Grant::role).thenComparing(g -> String.valueOf(g.networkId()))
                            .thenComparing(g -> String.valueOf(g.organisationId())))
                    .toList();
        }
    }
}
