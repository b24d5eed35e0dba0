package no.klimanett.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.klimanett.report.ReportStatus;
import no.klimanett.report.ReportStatusChanged;

/**
 * Keeps the aggregate tables exact: whenever a report becomes APPROVED or stops being APPROVED (reopen), the
 * organisation-year is rewritten from its report lines inside the workflow's own transaction, so a committed
 * approval and its figures can never disagree, and a rolled-back one leaves no trace.
 */
@ApplicationScoped
public class StatsMaintenance {

    @Inject
    EntityManager em;

    // MANDATORY: refreshing in a transaction of its own would let the figures and the report disagree.
    @Transactional(Transactional.TxType.MANDATORY)
    void onStatusChanged(@Observes ReportStatusChanged event) {
        if (event.from() == ReportStatus.APPROVED || event.to() == ReportStatus.APPROVED) {
            refresh(event.organisationId(), event.year());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(java.util.UUID organisationId, int year) {
        // the workflow changed the report through Hibernate; the refresh reads it with SQL, so write it out first
        em.flush();
        em.createNativeQuery("SELECT stats_refresh_org_year(:organisation, :year)")
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .getSingleResult();
    }
}
