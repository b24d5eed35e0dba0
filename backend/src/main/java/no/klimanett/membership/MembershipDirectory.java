package no.klimanett.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.klimanett.auth.MembershipFacts;
import no.klimanett.network.Visibility;

/** The membership feature's answers to the access policy; every rule about dates is {@link Membership}'s. */
@ApplicationScoped
public class MembershipDirectory implements MembershipFacts {

    @Inject
    EntityManager em;

    @Override
    public Set<UUID> networksOfMembersOn(Collection<UUID> organisationIds, LocalDate day) {
        if (organisationIds.isEmpty()) return Set.of();
        return new HashSet<>(em.createQuery("select distinct m.networkId from Membership m where m.organisationId in :orgs and "
                        + Membership.ACTIVE_ON, UUID.class)
                .setParameter("orgs", organisationIds).setParameter("day", day).getResultList());
    }

    @Override
    public List<Span> spansOfOrganisations(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) return List.of();
        return spans("m.organisationId in :ids", organisationIds);
    }

    @Override
    public List<Span> spansInNetworks(Collection<UUID> networkIds) {
        if (networkIds.isEmpty()) return List.of();
        return spans("m.networkId in :ids", networkIds);
    }

    private List<Span> spans(String condition, Collection<UUID> ids) {
        return em.createQuery("select new no.klimanett.auth.MembershipFacts$Span(m.organisationId, m.networkId, m.joinedOn, m.leftOn)"
                        + " from Membership m where " + condition, Span.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<NetworkRef> networksJoinedBy(UUID organisationId, LocalDate day) {
        return em.createQuery("""
                        select distinct n.id, n.visibility from Membership m, Network n
                        where n.id = m.networkId and m.organisationId = :org and m.joinedOn <= :day""", Object[].class)
                .setParameter("org", organisationId).setParameter("day", day).getResultList().stream()
                .map(r -> new NetworkRef((UUID) r[0], r[1] == Visibility.PUBLIC)).toList();
    }
}
