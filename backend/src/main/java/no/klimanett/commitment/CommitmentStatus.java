package no.klimanett.commitment;

import java.util.Arrays;
import java.util.List;

/**
 * The status scale of commitments. Targets move through the formal stages of target registries (pledged, in a
 * strategy, adopted by the board or council, validated externally); whether a target is on track is not a status
 * but computed from the yearly reports. Actions are simply planned (PLEDGED), under way (IN_PROGRESS) or done.
 * Both end as ACHIEVED, MISSED or WITHDRAWN; nothing is deleted.
 */
public enum CommitmentStatus {
    PLEDGED(true, true),
    IN_STRATEGY(true, false),
    ADOPTED(true, false),
    VALIDATED_EXTERNALLY(true, false),
    IN_PROGRESS(false, true),
    ACHIEVED(true, true),
    MISSED(true, true),
    WITHDRAWN(true, true);

    private final boolean forTargets;
    private final boolean forActions;

    CommitmentStatus(boolean forTargets, boolean forActions) {
        this.forTargets = forTargets;
        this.forActions = forActions;
    }

    public boolean appliesTo(TargetType type) {
        return type.isTarget() ? forTargets : forActions;
    }

    public static List<CommitmentStatus> allowedFor(TargetType type) {
        return Arrays.stream(values()).filter(s -> s.appliesTo(type)).toList();
    }
}
