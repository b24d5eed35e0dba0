package no.klimanett.membership;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired synchronously, inside the changing transaction, when memberships of a network were added or their periods
 * changed: who was a member on some days between {@code from} and {@code to} (null: no end) may differ now. One
 * event covers a whole import. The stats feature observes it to keep its per-network figures exact.
 */
public record MembershipsChanged(UUID networkId, LocalDate from, LocalDate to) {

    /** The days of both periods, old and new, as one span; a null end is open. */
    public static MembershipsChanged spanning(UUID networkId, LocalDate joinedA, LocalDate leftA, LocalDate joinedB, LocalDate leftB) {
        LocalDate from = joinedA.isBefore(joinedB) ? joinedA : joinedB;
        LocalDate to = leftA == null || leftB == null ? null : leftA.isAfter(leftB) ? leftA : leftB;
        return new MembershipsChanged(networkId, from, to);
    }
}
