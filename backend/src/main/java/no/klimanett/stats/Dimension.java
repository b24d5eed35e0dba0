package no.klimanett.stats;

import no.klimanett.common.FieldCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import no.klimanett.common.ProblemException;

/**
 * What a figure can be broken down by ({@code groupBy}). Each dimension names the columns it groups on; the
 * SQL is built from these constants only, never from request text.
 */
public enum Dimension {
    SCOPE("e.scope::text"),
    CATEGORY("e.category"),
    SECTOR("o.sector"),
    ORGANISATION("o.id::text");

    final String column;

    Dimension(String column) {
        this.column = column;
    }

    /** Parses {@code scope,category}: case-insensitive, any order, each at most once; kept in declaration order. */
    public static List<Dimension> parse(String groupBy) {
        EnumSet<Dimension> set = EnumSet.noneOf(Dimension.class);
        if (groupBy != null && !groupBy.isBlank()) {
            for (String part : groupBy.split(",")) {
                String name = part.trim().toUpperCase(Locale.ROOT);
                try {
                    set.add(valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("groupBy", FieldCode.INVALID_VALUE,
                            "must be a comma-separated list of scope, category, sector, organisation",
                            "allowed", List.of("scope", "category", "sector", "organisation"));
                }
            }
        }
        return new ArrayList<>(set);
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
