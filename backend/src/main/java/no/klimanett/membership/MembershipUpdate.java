package no.klimanett.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change of a membership: everything but who and where. Recording that a partner left sets leftOn. */
public record MembershipUpdate(
        @NotNull MemberRole role,
        @NotNull LocalDate joinedOn,
        LocalDate leftOn,
        @Size(max = 200) String agreementReference,
        LocalDate agreementSignedOn,
        LocalDate periodStart,
        LocalDate periodEnd) {}
