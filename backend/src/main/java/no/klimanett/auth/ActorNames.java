package no.klimanett.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Names people can read for the actors that the audit log and the report revisions record ({@link Caller#actor()}:
 * {@code user:<id>}, {@code client:<clientId>}): a user's display name, an API client's name. System and anonymous
 * actors, and users or clients that no longer exist, have none.
 */
@ApplicationScoped
public class ActorNames {

    /** The name of each actor that has one; one query per kind. */
    public Map<String, String> of(Collection<String> actors) {
        List<UUID> users = actors.stream().filter(Objects::nonNull).filter(a -> a.startsWith(Caller.USER_ACTOR))
                .map(a -> parse(a.substring(Caller.USER_ACTOR.length()))).filter(Objects::nonNull).distinct().toList();
        List<String> clients = actors.stream().filter(Objects::nonNull).filter(a -> a.startsWith(Caller.CLIENT_ACTOR))
                .map(a -> a.substring(Caller.CLIENT_ACTOR.length())).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!users.isEmpty()) {
            AppUser.<AppUser>list("id in ?1", users).forEach(u -> names.put(Caller.USER_ACTOR + u.id, u.displayName));
        }
        if (!clients.isEmpty()) {
            ApiClient.<ApiClient>list("clientId in ?1", clients).forEach(c -> names.put(Caller.CLIENT_ACTOR + c.clientId, c.name));
        }
        return names;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null; // written by an older version or by hand: no name, not an error
        }
    }
}
