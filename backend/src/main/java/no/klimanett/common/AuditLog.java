package no.klimanett.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who changed what, when. Written in the same transaction as the change itself, so a change without its
 * audit record (or the other way round) cannot exist.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditEvent")
    public record Event(long id, Instant occurredAt, String actor,
                        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true,
                                description = "The actor's name for people to read (a user's display name, an API client's name); null for the system")
                        String actorName,
                        String entityType, UUID entityId, String action, Map<String, Object> details) {

        /** The same event with the actor's name from the given map (see auth/ActorNames). */
        public Event named(Map<String, String> names) {
            return new Event(id, occurredAt, actor, names.get(actor), entityType, entityId, action, details);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, UUID entityId, String action, Map<String, ?> details) {
        em.createNativeQuery("""
                INSERT INTO audit_event (actor, entity_type, entity_id, action, details)
                VALUES (:actor, :type, :id, :action, CAST(:details AS jsonb))""")
                .setParameter("actor", actor)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setParameter("action", action)
                .setParameter("details", toJson(details))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Event> eventsOf(String entityType, UUID entityId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, occurred_at, actor, entity_type, entity_id, action, CAST(details AS text)
                FROM audit_event WHERE entity_type = :type AND entity_id = :id ORDER BY id""")
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
        return events(rows);
    }

    /** Everything one actor did (a person's copy of their own data). */
    @SuppressWarnings("unchecked")
    public List<Event> eventsBy(String actor) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, occurred_at, actor, entity_type, entity_id, action, CAST(details AS text)
                FROM audit_event WHERE actor = :actor ORDER BY id""")
                .setParameter("actor", actor)
                .getResultList();
        return events(rows);
    }

    private List<Event> events(List<Object[]> rows) {
        return rows.stream().map(r -> new Event(((Number) r[0]).longValue(), toInstant(r[1]), (String) r[2], null,
                (String) r[3], (UUID) r[4], (String) r[5], fromJson((String) r[6]))).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof java.time.OffsetDateTime o) return o.toInstant();
        if (value instanceof java.sql.Timestamp t) return t.toInstant();
        return Instant.parse(value.toString());
    }

    private String toJson(Map<String, ?> details) {
        try {
            return details == null ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fromJson(String text) {
        try {
            return text == null ? null : json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
