package no.klimanett.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;

/**
 * The access rules of Klimanett, in one place. Services ask here before they read or change anything.
 *
 * <p>Callers that may not see an object at all get 404 from the services (so ids of other tenants are
 * not revealed); callers that may see it but not change it get 403.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    EntityManager em;

    @Inject
    CallerContext callers;

    public Caller caller() {
        return callers.get();
    }

    // ------------------------------------------------------------------ networks

    public boolean canReadNetwork(UUID networkId, boolean isPublic) {
        Caller c = caller();
        if (isPublic || c.admin() || c.coordinatorOf().contains(networkId) || c.viewerOf().contains(networkId)) {
            return true;
        }
        if (c.isClient()) {
            return clientMayReadNetwork(c, networkId);
        }
        return c.isUser() && !c.reporterFor().isEmpty() && currentNetworksOf(c.reporterFor()).contains(networkId);
    }

    /** Either scope lets a client read a network it was granted; a grant without a scope reads nothing. */
    private static boolean clientMayReadNetwork(Caller c, UUID networkId) {
        return c.clientMayRead(networkId, ClientScope.NETWORKS_READ) || c.clientMayRead(networkId, ClientScope.STATS_READ);
    }

    public boolean canSeeMembersOnlyNetworks() {
        return caller().admin();
    }

    public boolean canManageNetwork(UUID networkId) {
        return caller().coordinates(networkId);
    }

    /** Networks that are not public but that this caller may read, for list queries. */
    public List<UUID> readableNonPublicNetworks() {
        Caller c = caller();
        var ids = new java.util.HashSet<UUID>();
        ids.addAll(c.coordinatorOf());
        ids.addAll(c.viewerOf());
        // the same rule as canReadNetwork: a client granted a network without any scope may not read it, so its
        // lists must not show it either (found by AuthorizationMatrixTest: lists leaked such networks' members)
        c.clientNetworks().stream().filter(n -> clientMayReadNetwork(c, n)).forEach(ids::add);
        if (!c.reporterFor().isEmpty()) ids.addAll(currentNetworksOf(c.reporterFor()));
        return List.copyOf(ids);
    }

    // ------------------------------------------------------------------ figures (stats)

    /**
     * Aggregate figures of a network: anyone for a public network (published figures); for a members-only one,
     * its coordinators and viewers, API clients granted the network with {@code stats:read}, and reporters of a
     * current member. Callers who cannot read the network at all get 404 before this is asked.
     */
    public boolean canReadStats(UUID networkId, boolean isPublic) {
        Caller c = caller();
        if (isPublic || canSeeOrganisationFigures(networkId) || c.clientMayRead(networkId, ClientScope.STATS_READ)) {
            return true;
        }
        return c.isUser() && !c.reporterFor().isEmpty() && currentNetworksOf(c.reporterFor()).contains(networkId);
    }

    /**
     * Whether the caller sees a network's figures organisation by organisation, whatever the network publishes:
     * the people who run or follow the network. Everyone else (anonymous callers, API clients, reporters) sees
     * what the network's publication level allows, with small groups folded.
     */
    public boolean canSeeOrganisationFigures(UUID networkId) {
        Caller c = caller();
        return c.admin() || c.coordinatorOf().contains(networkId) || c.viewerOf().contains(networkId);
    }

    // ------------------------------------------------------------------ organisations

    /** Coordinators search all organisations to add partners; others see the members of networks they can read. */
    public boolean canReadOrganisation(UUID organisationId) {
        Caller c = caller();
        if (c.admin() || !c.coordinatorOf().isEmpty() || c.reporterFor().contains(organisationId)) {
            return true;
        }
        return networksOf(organisationId).stream().anyMatch(n -> canReadNetwork(n.id(), n.isPublic()));
    }

    public boolean canReadAllOrganisations() {
        Caller c = caller();
        return c.admin() || !c.coordinatorOf().isEmpty();
    }

    public boolean canCreateOrganisation() {
        Caller c = caller();
        return c.admin() || !c.coordinatorOf().isEmpty();
    }

    public boolean canEditOrganisation(UUID organisationId) {
        Caller c = caller();
        return c.reportsFor(organisationId) || coordinatesCurrentNetworkOf(organisationId);
    }

    // ------------------------------------------------------------------ reports

    /** Reporters of the organisation (and admins) see drafts; reviewers see what was submitted. */
    public boolean canSeeDrafts(UUID organisationId) {
        return caller().reportsFor(organisationId);
    }

    public boolean canReadSubmittedReports(UUID organisationId) {
        Caller c = caller();
        if (c.reportsFor(organisationId)) return true;
        if (!c.isUser()) return false;
        return networksOf(organisationId).stream()
                .anyMatch(n -> c.coordinatorOf().contains(n.id()) || c.viewerOf().contains(n.id()));
    }

    public boolean canEditReport(UUID organisationId) {
        return caller().reportsFor(organisationId);
    }

    /** A coordinator of any network the organisation belongs to now may approve its (shared) account. */
    public boolean canReviewReport(UUID organisationId) {
        return caller().admin() || coordinatesCurrentNetworkOf(organisationId);
    }

    /**
     * Reading a report: drafts are the reporters' working copy; once submitted, the coordinators and viewers of
     * any network the organisation belongs or belonged to read it (the account is shared with every network),
     * as do coordinators who review it now.
     */
    public boolean canReadReport(UUID organisationId, boolean draft) {
        if (draft) return canSeeDrafts(organisationId);
        return canReadSubmittedReports(organisationId) || canReviewReport(organisationId);
    }

    /**
     * Organisations whose reports this caller reviews: current members of the networks they coordinate
     * (narrowed to one network when given). Null means every organisation (administrators).
     */
    public java.util.Set<UUID> reviewableOrganisations(UUID networkId) {
        Caller c = caller();
        if (c.admin() && networkId == null) return null;
        java.util.Set<UUID> networks = networkId == null ? c.coordinatorOf()
                : c.coordinates(networkId) ? java.util.Set.of(networkId) : java.util.Set.of();
        if (networks.isEmpty()) return java.util.Set.of();
        return java.util.Set.copyOf(currentMemberships("organisation_id", "network_id", networks));
    }

    // ------------------------------------------------------------------ reference data

    /** Emission factor sets are reference data: anyone reads them, administrators maintain them. */
    public boolean canManageFactorSets() {
        return caller().admin();
    }

    // ------------------------------------------------------------------ commitments

    /**
     * A network's own targets are the secretariat's (coordinators); an organisation's commitments are its
     * reporters' and, because partners often agree them with the secretariat, also that network's coordinators'.
     * Reading follows {@link #canReadNetwork}.
     */
    public boolean canEditCommitment(UUID networkId, UUID organisationId) {
        Caller c = caller();
        return c.coordinates(networkId) || (organisationId != null && c.reportsFor(organisationId));
    }

    // ------------------------------------------------------------------ administration

    /** Users and API clients are managed by administrators only: 401 without a token, 403 with another role. */
    public void requireAdmin() {
        requireAuthenticated();
        if (!caller().admin()) {
            throw ProblemException.forbidden("Only administrators may do this");
        }
    }

    /** Changes need a known caller: anonymous callers are told to authenticate (401) rather than refused (403). */
    public void requireAuthenticated() {
        if (caller().isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED,
                    "A valid bearer token is required");
        }
    }

    // ------------------------------------------------------------------ helpers

    public record NetworkRef(UUID id, boolean isPublic) {}

    /** Every network the organisation is or was a member of. */
    public List<NetworkRef> networksOf(UUID organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT n.id, n.visibility = 'PUBLIC'
                FROM membership m JOIN network n ON n.id = m.network_id
                WHERE m.organisation_id = :org""")
                .setParameter("org", organisationId)
                .getResultList();
        return rows.stream().map(r -> new NetworkRef((UUID) r[0], (Boolean) r[1])).toList();
    }

    private boolean coordinatesCurrentNetworkOf(UUID organisationId) {
        Caller c = caller();
        if (c.admin()) return true;
        if (c.coordinatorOf().isEmpty()) return false;
        return currentNetworksOf(java.util.Set.of(organisationId)).stream().anyMatch(c.coordinatorOf()::contains);
    }

    private List<UUID> currentNetworksOf(java.util.Set<UUID> organisationIds) {
        return currentMemberships("network_id", "organisation_id", organisationIds);
    }

    /** One side (network or organisation) of the memberships that have not ended, for ids of the other side. */
    private List<UUID> currentMemberships(String selected, String given, java.util.Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<UUID> result = em.createNativeQuery("SELECT DISTINCT " + selected + " FROM membership WHERE " + given
                        + " IN (:ids) AND (left_on IS NULL OR left_on >= current_date)", UUID.class)
                .setParameter("ids", ids)
                .getResultList();
        return result;
    }
}
