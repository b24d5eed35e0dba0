package no.klimanett.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.common.Years;

/**
 * The access rules of Klimanett, in one place. Services ask here before they read or change anything.
 *
 * <p>Callers that may not see an object at all get 404 from the services (so ids of other tenants are
 * not revealed); callers that may see it but not change it get 403.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    CallerContext callers;

    @Inject
    MembershipFacts memberships;

    @Inject
    Clock clock;

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
        var ids = new HashSet<UUID>();
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

    /**
     * Who reviews (approves, returns, reopens) an organisation's account of a year: administrators, and the
     * coordinators of every network the account counts in — those the organisation was a member of at any time in
     * that year, even if it has left since — and of the networks it is a member of today (a newcomer's earlier
     * accounts are its baseline there).
     */
    public boolean canReviewReport(UUID organisationId, int year) {
        Caller c = caller();
        if (c.admin()) return true;
        if (c.coordinatorOf().isEmpty()) return false;
        LocalDate today = today();
        return memberships.spansOfOrganisations(Set.of(organisationId)).stream()
                .filter(s -> c.coordinatorOf().contains(s.networkId()))
                .map(s -> reviewedYears(s, today)).filter(Objects::nonNull)
                .anyMatch(y -> y.contains(year));
    }

    /**
     * Reading a report: drafts are the reporters' working copy; once submitted, the coordinators and viewers of
     * any network the organisation belongs or belonged to read it (the account is shared with every network),
     * which includes all its reviewers.
     */
    public boolean canReadReport(UUID organisationId, boolean draft) {
        return draft ? canSeeDrafts(organisationId) : canReadSubmittedReports(organisationId);
    }

    /** Which reports of which organisations a caller reviews: the years of each organisation (see {@link #canReviewReport}). */
    public record ReviewScope(boolean everything, List<YearsOf> organisations) {
        public record YearsOf(UUID organisationId, int fromYear, int toYear) {
            boolean contains(int year) {
                return fromYear <= year && year <= toYear;
            }
        }
    }

    /**
     * The years of the organisation's accounts that a membership makes its network's coordinators review: every
     * year while it lasts, the years it spanned once it has ended, none before it begins (null).
     */
    private static ReviewScope.YearsOf reviewedYears(MembershipFacts.Span s, LocalDate today) {
        if (!s.hasBegunBy(today)) return null;
        if (s.coversDay(today)) return new ReviewScope.YearsOf(s.organisationId(), Years.FIRST, Integer.MAX_VALUE);
        return new ReviewScope.YearsOf(s.organisationId(), s.joinedOn().getYear(), s.leftOn().getYear());
    }

    /** The reports this caller reviews, narrowed to one network when given. */
    public ReviewScope reviewScope(UUID networkId) {
        Caller c = caller();
        if (c.admin() && networkId == null) return new ReviewScope(true, List.of());
        Set<UUID> networks = networkId == null ? c.coordinatorOf()
                : c.coordinates(networkId) ? Set.of(networkId) : Set.of();
        LocalDate today = today();
        List<ReviewScope.YearsOf> years = memberships.spansInNetworks(networks).stream()
                .map(s -> reviewedYears(s, today)).filter(Objects::nonNull).toList();
        return new ReviewScope(false, years);
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

    /** Every network the organisation is or was a member of (not those it will join). */
    public List<MembershipFacts.NetworkRef> networksOf(UUID organisationId) {
        return memberships.networksJoinedBy(organisationId, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private boolean coordinatesCurrentNetworkOf(UUID organisationId) {
        Caller c = caller();
        if (c.admin()) return true;
        if (c.coordinatorOf().isEmpty()) return false;
        return currentNetworksOf(Set.of(organisationId)).stream().anyMatch(c.coordinatorOf()::contains);
    }

    private Set<UUID> currentNetworksOf(Set<UUID> organisationIds) {
        return memberships.networksOfMembersOn(organisationIds, today());
    }
}
