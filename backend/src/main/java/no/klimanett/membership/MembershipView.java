package no.klimanett.membership;

import java.time.LocalDate;
import java.util.UUID;
import no.klimanett.organisation.OrganisationSummary;

public record MembershipView(
        UUID id,
        UUID networkId,
        OrganisationSummary organisation,
        MemberRole role,
        LocalDate joinedOn,
        LocalDate leftOn,
        String agreementReference,
        LocalDate agreementSignedOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean active) {}
