package no.klimanett.commitment;

/** The kinds of commitment, as target registries classify them. Everything but {@link #ACTION} is a target. */
public enum TargetType {
    /** Cut total emissions by reductionPct from the base year to the target year. */
    ABSOLUTE,
    /** Cut emissions per unit (see {@link IntensityMetric}) by reductionPct from the base year to the target year. */
    INTENSITY,
    /** Net zero by the target year. */
    NET_ZERO,
    /** Emit at most targetLevelT in the target year. */
    FIXED_LEVEL,
    /** A measure (green travel plan, energy coaching, fossil-free vehicles) done by a due date. */
    ACTION;

    public boolean isTarget() {
        return this != ACTION;
    }
}
