package no.klimanett.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import no.klimanett.auth.MembershipFacts;
import no.klimanett.common.TrackedEntity;

/**
 * An organisation's membership of a network over a period. Leaving sets {@link #leftOn}; rejoining is a new
 * membership, so the history of who was a member when (which the yearly figures depend on) is kept.
 */
@Entity
@Table(name = "membership")
public class Membership extends TrackedEntity {

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "network_id")
    public UUID networkId;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "agreement_reference")
    public String agreementReference;

    @Column(name = "agreement_signed_on")
    public LocalDate agreementSignedOn;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /**
     * Member on a day: joined on or before it and not left before it (the leaving day still counts). The same rule
     * as {@link MembershipFacts.Span#coversDay}, in JPQL for queries over memberships aliased {@code m}; the day is
     * the parameter {@code :day}.
     */
    static final String ACTIVE_ON = "m.joinedOn <= :day and (m.leftOn is null or m.leftOn >= :day)";

    /** Member at any time in a year (the yearly figures' rule), in JPQL with {@code :yearStart} and {@code :yearEnd}. */
    static final String DURING_YEAR = "m.joinedOn <= :yearEnd and (m.leftOn is null or m.leftOn >= :yearStart)";

    public MembershipFacts.Span span() {
        return new MembershipFacts.Span(organisationId, networkId, joinedOn, leftOn);
    }

    public boolean isActiveOn(LocalDate day) {
        return span().coversDay(day);
    }
}
