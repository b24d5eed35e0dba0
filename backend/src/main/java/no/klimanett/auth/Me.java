package no.klimanett.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public record Me(@Schema(nullable = true) UUID id, Caller.Kind kind, @Schema(nullable = true) String email, String displayName, @Schema(nullable = true) String clientId, boolean admin,
                 List<Grant> grants, List<String> scopes, List<UUID> networkIds) {

    /** A role and what it is scoped to; the same shape in /me, in the user admin views and as grants input. */
    public record Grant(@NotNull Role role, @Schema(nullable = true) UUID networkId, @Schema(nullable = true) UUID organisationId) {

        /** In a stable order, so that the same grants always serialise the same way. */
        public static List<Grant> of(Collection<RoleGrant> grants) {
            return grants.stream()
                    .map(g -> new Grant(g.role, g.networkId, g.organisationId))
                    .sorted(Comparator.comparing(Grant::role).thenComparing(g -> String.valueOf(g.networkId()))
                            .thenComparing(g -> String.valueOf(g.organisationId())))
                    .toList();
        }
    }
}
