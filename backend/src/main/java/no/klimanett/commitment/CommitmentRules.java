package no.klimanett.commitment;

import no.klimanett.common.FieldCode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.Years;

/**
 * The cross-field rules of a commitment, which single-field constraints cannot express: which fields each
 * target type needs, which it does not take (a stray field is refused rather than stored and ignored, so that
 * what the caller sees is what the figures mean), and how years relate.
 */
final class CommitmentRules {

    private record Fields(Set<String> required, Set<String> optional) {
        boolean allows(String field) {
            return required.contains(field) || optional.contains(field);
        }
    }

    private static final Map<TargetType, Fields> FIELDS = new EnumMap<>(Map.of(
            TargetType.ABSOLUTE, new Fields(Set.of("baseYear", "targetYear", "reductionPct", "scopeCoverage"),
                    Set.of("baseYearEmissionsT")),
            TargetType.INTENSITY, new Fields(Set.of("intensityMetric", "baseYear", "targetYear", "reductionPct", "scopeCoverage"),
                    Set.of("baseYearEmissionsT")),
            // a net-zero target may state its interim cut against a base year (e.g. -90 % by 2045 against 2019)
            TargetType.NET_ZERO, new Fields(Set.of("targetYear", "scopeCoverage"),
                    Set.of("baseYear", "baseYearEmissionsT", "reductionPct")),
            TargetType.FIXED_LEVEL, new Fields(Set.of("targetYear", "targetLevelT", "scopeCoverage"),
                    Set.of("baseYear", "baseYearEmissionsT")),
            TargetType.ACTION, new Fields(Set.of("actionCategory", "dueOn"), Set.of())));

    private CommitmentRules() {}

    static void check(CommitmentInput in, int currentYear) {
        var errors = new FieldErrors();
        TargetType type = in.targetType();
        Fields fields = FIELDS.get(type);
        valuesOf(in).forEach((field, value) -> {
            if (value == null && fields.required().contains(field)) {
                errors.add(field, FieldCode.REQUIRED, "is required for " + type + " commitments");
            } else if (value != null && !fields.allows(field)) {
                errors.add(field, FieldCode.NOT_ALLOWED, "does not apply to " + type + " commitments");
            }
        });
        if (in.baseYear() == null && !fields.required().contains("baseYear")) {
            // optional for this type, but the figures that are measured against it mean nothing without it
            errors.check(in.baseYearEmissionsT() == null || !fields.allows("baseYearEmissionsT"), "baseYear",
                    FieldCode.REQUIRED, "is required with baseYearEmissionsT");
            errors.check(in.reductionPct() == null || !fields.allows("reductionPct"), "baseYear",
                    FieldCode.REQUIRED, "is required with reductionPct");
        }
        if (in.baseYear() != null) {
            errors.check(in.baseYear() <= currentYear, "baseYear", FieldCode.TOO_LARGE,
                    "must not be after the current year (" + currentYear + "): a base year is a year already measured",
                    "max", currentYear);
        }
        if (in.baseYear() != null && in.targetYear() != null) {
            errors.check(in.targetYear() > in.baseYear(), "targetYear", FieldCode.NOT_BEFORE, "must be after baseYear",
                    "other", "baseYear");
        }
        if (in.dueOn() != null) {
            errors.check(in.dueOn().getYear() >= Years.FIRST && in.dueOn().getYear() <= 2100, "dueOn",
                    FieldCode.OUT_OF_RANGE, "must be between " + Years.FIRST + " and 2100", "min", Years.FIRST, "max", 2100);
        }
        if (in.scopeCoverage() != null && fields.allows("scopeCoverage") && in.scopeCoverage().scope1Pct() != null
                && in.scopeCoverage().scope2Pct() != null && in.scopeCoverage().scope3Pct() != null) {
            errors.check(in.scopeCoverage().coversAnything(), "scopeCoverage", FieldCode.REQUIRED, "must cover at least one scope");
        }
        errors.check(in.status().appliesTo(type), "status", FieldCode.INVALID_VALUE,
                "must be one of " + CommitmentStatus.allowedFor(type) + " for " + type + " commitments",
                "allowed", CommitmentStatus.allowedFor(type).stream().map(Enum::name).toList());
        errors.throwIfAny();
    }

    private static Map<String, Object> valuesOf(CommitmentInput in) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("intensityMetric", in.intensityMetric());
        values.put("scopeCoverage", in.scopeCoverage());
        values.put("baseYear", in.baseYear());
        values.put("baseYearEmissionsT", in.baseYearEmissionsT());
        values.put("targetYear", in.targetYear());
        values.put("reductionPct", in.reductionPct());
        values.put("targetLevelT", in.targetLevelT());
        values.put("actionCategory", in.actionCategory() == null || in.actionCategory().isBlank() ? null : in.actionCategory());
        values.put("dueOn", in.dueOn());
        return values;
    }
}
