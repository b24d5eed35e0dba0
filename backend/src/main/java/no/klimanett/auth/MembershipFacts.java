package no.klimanett.auth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What access decisions need to know about memberships. The membership feature answers (its one definition of
 * "a member on a day" and "a member during a year"); the access policy asks here instead of reading the
 * membership table itself, so the rule cannot exist in two versions and the dependency shows in the imports.
 */
public interface MembershipFacts {

    /** A membership's span: member from {@code joinedOn} through {@code leftOn} (inclusive; null = still a member). */
    record Span(UUID organisationId, UUID networkId, LocalDate joinedOn, LocalDate leftOn) {

        public boolean coversDay(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
        }

        /** Whether the membership has begun by the day; one dated in the future grants nothing before its date. */
        public boolean hasBegunBy(LocalDate day) {
            return !joinedOn.isAfter(day);
        }
    }

    /** A network with whether anyone may read it. */
    record NetworkRef(UUID id, boolean isPublic) {}

    /** Networks in which any of the organisations is a member on the day. */
    Set<UUID> networksOfMembersOn(Collection<UUID> organisationIds, LocalDate day);

    /** Every membership, past, present or future, of the organisations. */
    List<Span> spansOfOrganisations(Collection<UUID> organisationIds);

    /** Every membership, past, present or future, in the networks. */
    List<Span> spansInNetworks(Collection<UUID> networkIds);

    /** Every network the organisation is or was a member of on or before the day. */
    List<NetworkRef> networksJoinedBy(UUID organisationId, LocalDate day);
}
