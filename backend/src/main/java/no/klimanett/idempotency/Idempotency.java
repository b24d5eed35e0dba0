package no.klimanett.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Stored outcomes of POST requests sent with an Idempotency-Key, so that a client that retries after a
 * lost answer gets the first answer again instead of a second report, member or commitment.
 * Each statement runs in its own transaction: the key is reserved before the request's own work starts
 * and survives its rollback.
 */
@ApplicationScoped
public class Idempotency {

    /** The status of a reservation whose request has not finished yet. */
    static final int IN_PROGRESS = 0;

    @Inject
    EntityManager em;

    public record Stored(String method, String path, String requestHash, int status, String body, String location, String etag) {}

    /** Said of a key that was taken when we tried it and free again when we looked (its request failed). */
    static final Stored RELEASED = new Stored(null, null, null, IN_PROGRESS, null, null, null);

    /** @return empty if the key was free and is now reserved for this request; else what is stored under it */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> reserve(String principal, String key, String method, String path, String requestHash) {
        int inserted = em.createNativeQuery("""
                INSERT INTO idempotency_record (principal, idem_key, method, path, request_hash, status)
                VALUES (:principal, :key, :method, :path, :hash, 0) ON CONFLICT DO NOTHING""")
                .setParameter("principal", principal).setParameter("key", key).setParameter("method", method)
                .setParameter("path", path).setParameter("hash", requestHash)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT method, path, request_hash, status, response_body, location, etag
                FROM idempotency_record WHERE principal = :principal AND idem_key = :key""")
                .setParameter("principal", principal).setParameter("key", key).getResultList();
        if (rows.isEmpty()) return Optional.of(RELEASED); // released by its failed first request in the meantime
        Object[] r = rows.get(0);
        return Optional.of(new Stored((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (String) r[4], (String) r[5], (String) r[6]));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String principal, String key, int status, String body, String location, String etag) {
        em.createNativeQuery("""
                UPDATE idempotency_record SET status = :status, response_body = :body, location = :location, etag = :etag
                WHERE principal = :principal AND idem_key = :key""")
                .setParameter("status", status).setParameter("body", body).setParameter("location", location)
                .setParameter("etag", etag).setParameter("principal", principal).setParameter("key", key)
                .executeUpdate();
    }

    /** A failed request frees its key, so that the client can retry it with the same key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String principal, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE principal = :principal AND idem_key = :key AND status = 0")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
    }

    /** Keys are kept for a day; clients retry within minutes. */
    @Transactional
    @io.quarkus.scheduler.Scheduled(every = "1h")
    void purgeOld() {
        // also frees keys whose request never finished (a crashed replica)
        em.createNativeQuery("""
                DELETE FROM idempotency_record WHERE created_at < now() - interval '24 hours'
                OR (status = 0 AND created_at < now() - interval '10 minutes')""").executeUpdate();
    }
}
