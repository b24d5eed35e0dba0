package no.klimanett.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import no.klimanett.organisation.OrganisationSummary;

public record MembershipView(
        UUID id,
        UUID networkId,
        OrganisationSummary organisation,
        MemberRole role,
        LocalDate joinedOn,
        @Schema(nullable = true) LocalDate leftOn,
        @Schema(nullable = true) String agreementReference,
        @Schema(nullable = true) LocalDate agreementSignedOn,
        @Schema(nullable = true) LocalDate periodStart,
        @Schema(nullable = true) LocalDate periodEnd,
        boolean active) {}
