package no.klimanett.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klimanett.auth.AppUser;
import no.klimanett.auth.Me;

/** An account as administrators see it. The password hash never leaves the service. */
public record UserView(UUID id, String email, String displayName, boolean active, List<Me.Grant> grants,
                       Instant createdAt) {

    static UserView of(AppUser user) {
        return new UserView(user.id, user.email, user.displayName, user.active, Me.Grant.of(user.grants), user.createdAt);
    }
}
