package no.klimanett.common;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what PostgreSQL or the connection pool reports into problems: constraint violations that slipped
 * past the services' own checks (concurrent writers) and an unavailable database (503, never a hang).
 */
public final class DatabaseFailures {

    /** Database constraint → API field, so that the last line of defence still names the field. */
    private static final Map<String, String> FIELD_OF_CONSTRAINT = Map.of(
            "organisation_number_per_country", "orgNumber",
            "network_slug_key", "slug",
            "report_organisation_id_year_key", "year",
            "app_user_email", "email",
            "api_client_client_id_key", "clientId",
            "emission_factor_set_name_version_key", "version",
            "membership_organisation_id_network_id_daterange_excl", "joinedOn");

    private DatabaseFailures() {}

    public static Optional<ProblemException> classify(Throwable e) {
        return classify(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Walks the causes and the suppressed exceptions: when the connection dies at commit, the transaction
     * manager throws a RollbackException whose SQL failure is only attached as a suppressed XAException.
     */
    private static Optional<ProblemException> classify(Throwable e, java.util.Set<Throwable> seen) {
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            Optional<ProblemException> own = classifyOne(t);
            if (own.isPresent()) return own;
            for (Throwable suppressed : t.getSuppressed()) {
                Optional<ProblemException> inner = classify(suppressed, seen);
                if (inner.isPresent()) return inner;
            }
        }
        return Optional.empty();
    }

    private static Optional<ProblemException> classifyOne(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            String constraint = constraintName(sql);
            switch (state) {
                case "23505", "23P01" -> {
                    String field = FIELD_OF_CONSTRAINT.getOrDefault(constraint, "body");
                    return Optional.of(new ProblemException(ProblemType.CONFLICT, field + ": already exists",
                            List.of(new Problem.FieldError(field, FieldCode.ALREADY_EXISTS, "already exists"))));
                }
                case "23514", "23502", "22003", "22001", "22P02", "22007", "22008" -> {
                    return Optional.of(new ProblemException(ProblemType.VALIDATION, "A value is outside what is allowed",
                            List.of(new Problem.FieldError(constraint == null ? "body" : constraint, FieldCode.INVALID_VALUE, "is not allowed"))));
                }
                case "22021", "22P05" -> {
                    // text PostgreSQL cannot store (the NUL character, found by SchemaFuzzTest in a query filter):
                    // refused by the database inside the transaction, so nothing was written
                    return Optional.of(new ProblemException(ProblemType.VALIDATION,
                            "Text must not contain the NUL character",
                            List.of(new Problem.FieldError("body", FieldCode.INVALID_CHARACTER, "contains a character that cannot be stored (NUL)"))));
                }
                case "23503" -> {
                    return Optional.of(ProblemException.conflict("The resource is referenced by or refers to another resource"));
                }
                case "40001", "40P01" -> {
                    return Optional.of(new ProblemException(ProblemType.PRECONDITION_FAILED,
                            "A concurrent change won; fetch the resource again and retry"));
                }
                default -> { }
            }
            if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300") || state.equals("57014")
                    || sql instanceof SQLTransientException || isPoolTimeout(sql)) {
                return Optional.of(unavailable());
            }
        }
        if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return Optional.of(unavailable());
        }
        return Optional.empty();
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable; try again shortly");
    }

    private static boolean isPoolTimeout(SQLException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Acquisition timeout") || m.contains("connection attempt failed"));
    }

    private static String constraintName(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
