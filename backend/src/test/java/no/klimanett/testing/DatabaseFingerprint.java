package no.klimanett.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of every row of every table of the application, to prove that a rejected request changed nothing:
 * take one before, one after, and compare. Row counts alone would miss an update; versions alone would miss
 * tables without one.
 */
@ApplicationScoped
public class DatabaseFingerprint {

    @Inject
    EntityManager em;

    private volatile String query;

    /** Table → "rows:md5 of all rows", in one round trip (the fuzz test takes one around every request). */
    @Transactional
    public Map<String, String> take() {
        if (query == null) {
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                      AND table_name <> 'flyway_schema_history' ORDER BY table_name""").getResultList();
            query = tables.stream().map(t -> "SELECT '" + t + "', count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "ORDER BY t::text)), '') FROM " + t + " t").collect(java.util.stream.Collectors.joining(" UNION ALL "));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(query).getResultList();
        Map<String, String> digest = new TreeMap<>();
        rows.forEach(r -> digest.put((String) r[0], (String) r[1]));
        return digest;
    }

    /**
     * The next transaction id PostgreSQL will assign. Only transactions that write get one, so while this has not
     * moved, nothing was written anywhere and an earlier fingerprint still holds; it is cheap enough to ask around
     * every request. (Ids are per cluster, so other databases' writes move it too: then take a fingerprint.)
     */
    @Transactional
    public long writeMark() {
        return ((Number) em.createNativeQuery("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .getSingleResult()).longValue();
    }

    /** The tables whose content differs between two fingerprints. */
    public static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();
    }
}
