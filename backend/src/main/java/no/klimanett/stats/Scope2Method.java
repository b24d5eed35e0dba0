package no.klimanett.stats;

import no.klimanett.common.FieldCode;
import java.util.Locale;
import no.klimanett.common.ProblemException;

/** Which scope-2 figure the headline uses (GHG Protocol scope 2 guidance: location-based or market-based). */
public enum Scope2Method {
    LOCATION,
    /** Market-based; lines without a market-based figure count with their location-based figure. */
    MARKET;

    public static Scope2Method parse(String value) {
        if (value == null || value.isBlank()) return LOCATION;
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("scope2", FieldCode.INVALID_VALUE, "must be location or market",
                    "allowed", java.util.List.of("location", "market"));
        }
    }
}
