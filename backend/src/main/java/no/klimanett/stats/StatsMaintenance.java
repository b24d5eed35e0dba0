package no.klimanett.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import no.klimanett.common.Years;
import no.klimanett.membership.MembershipsChanged;
import no.klimanett.network.NetworkMoved;
import no.klimanett.report.ReportStatus;
import no.klimanett.report.ReportStatusChanged;

/**
 * Keeps the aggregate tables exact. Whatever can change a figure is observed here and brought up to date inside
 * the changing transaction, so a committed change and its figures can never disagree, and a rolled-back one leaves
 * no trace (the SQL and its reasons are in V4–V7__stats):
 * <ul>
 *   <li>a report becomes APPROVED or stops being APPROVED (reopen): its organisation-year is rewritten, and the
 *       difference it makes is added to every network-year it counts in, umbrellas included
 *       ({@code stats_refresh_org_year});</li>
 *   <li>memberships of a network change: that network and its umbrellas are recomputed for the years the periods
 *       touch ({@code stats_refresh_network_years});</li>
 *   <li>a network moves under another umbrella: both umbrella chains are recomputed, for every year.</li>
 * </ul>
 * MANDATORY everywhere: refreshing in a transaction of its own would let the figures and the change disagree.
 */
@ApplicationScoped
public class StatsMaintenance {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void onStatusChanged(@Observes ReportStatusChanged event) {
        if (event.from() == ReportStatus.APPROVED || event.to() == ReportStatus.APPROVED) {
            refresh(event.organisationId(), event.year());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMembershipsChanged(@Observes MembershipsChanged event) {
        // figures exist for reportable years only: up to the current one, however long a membership runs
        int last = Years.current(clock);
        if (event.to() != null) last = Math.min(last, event.to().getYear());
        refreshNetworks(new UUID[] {event.networkId()}, Math.max(Years.FIRST, event.from().getYear()), last);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onNetworkMoved(@Observes NetworkMoved event) {
        UUID[] umbrellas = Stream.of(event.oldParentId(), event.newParentId()).filter(Objects::nonNull).toArray(UUID[]::new);
        if (umbrellas.length > 0) refreshNetworks(umbrellas, Years.FIRST, Years.current(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID organisationId, int year) {
        // the workflow changed the report through Hibernate; the refresh reads it with SQL, so write it out first
        em.flush();
        em.createNativeQuery("SELECT stats_refresh_org_year(:organisation, :year)")
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .getSingleResult();
    }

    /** The networks and every umbrella above them, for the years [first, last] (nothing when first > last). */
    private void refreshNetworks(UUID[] networks, int first, int last) {
        if (first > last) return;
        em.flush();
        em.createNativeQuery("SELECT stats_refresh_network_years(:networks, :first, :last)")
                .setParameter("networks", networks)
                .setParameter("first", first)
                .setParameter("last", last)
                .getSingleResult();
    }
}
