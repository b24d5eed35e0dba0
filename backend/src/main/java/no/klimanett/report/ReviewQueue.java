package no.klimanett.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import no.klimanett.auth.AccessPolicy.ReviewScope;
import no.klimanett.common.Filters;
import no.klimanett.common.PageRequest;

/**
 * The reports of a review queue: those in a status, of the years of each organisation that the caller reviews
 * ({@link ReviewScope}, decided by the access policy). The years travel as one JSON parameter so that the query
 * stays one statement with paging in the database, whatever the number of members.
 */
@ApplicationScoped
class ReviewQueue {

    record Found(List<Report> items, long total) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    Found find(ReportStatus status, Integer year, ReviewScope scope, PageRequest page) {
        if (scope.everything()) {
            var filters = new Filters().always("status = :status", "status", status).add("year = :year", "year", year);
            var query = Report.<Report>find(filters.query("submittedAt, year, id"), filters.parameters());
            return new Found(query.page(page.page(), page.size()).list(), query.count());
        }
        String where = """
                FROM report r
                WHERE r.status = :status AND (CAST(:year AS int) IS NULL OR r.year = CAST(:year AS int))
                  AND EXISTS (SELECT 1 FROM jsonb_to_recordset(CAST(:years AS jsonb)) AS s(org uuid, y0 int, y1 int)
                              WHERE s.org = r.organisation_id AND r.year BETWEEN s.y0 AND s.y1)""";
        Map<String, Object> parameters = Map.of("status", status.name(), "years", yearsJson(scope));
        var select = em.createNativeQuery("SELECT r.* " + where + " ORDER BY r.submitted_at, r.year, r.id", Report.class)
                .setFirstResult(page.offset()).setMaxResults(page.size());
        var count = em.createNativeQuery("SELECT count(*) " + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("year", year);
        count.setParameter("year", year);
        @SuppressWarnings("unchecked")
        List<Report> items = select.getResultList();
        return new Found(items, (Long) count.getSingleResult());
    }

    private String yearsJson(ReviewScope scope) {
        try {
            return json.writeValueAsString(scope.organisations().stream()
                    .map(y -> Map.of("org", y.organisationId(), "y0", y.fromYear(), "y1", y.toYear())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
