package no.klimanett.common;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Builds the WHERE clause of a list query from optional filters; a null value means "no filter". */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public Filters add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    public Filters always(String clause) {
        clauses.add(clause);
        return this;
    }

    public Filters always(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.and(name, value);
        return this;
    }

    public String query(String orderBy) {
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        return where + " order by " + orderBy;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** JPQL "in ()" with an empty list is invalid; the nil UUID matches nothing. */
    public static Collection<UUID> idsOrNone(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    /** LIKE pattern for a free-text search, with the wildcards of the input escaped. */
    public static String contains(String text) {
        if (text == null) return null;
        return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
