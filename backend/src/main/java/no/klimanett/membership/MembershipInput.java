package no.klimanett.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A new membership. */
public record MembershipInput(
        @NotNull UUID organisationId,
        @NotNull MemberRole role,
        @NotNull LocalDate joinedOn,
        LocalDate leftOn,
        @Size(max = 200) String agreementReference,
        LocalDate agreementSignedOn,
        LocalDate periodStart,
        LocalDate periodEnd) {}
