package no.klimanett.common;

import java.util.List;

/** Thrown by services for every expected failure; turned into problem+json by {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    /** For anonymous callers of something that needs a login: 401, so that clients know to authenticate. */
    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(ProblemType.UNAUTHENTICATED, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A 400 for one field; {@code params} as name, value pairs ({@link Problem.FieldError#of}). */
    public static ProblemException invalid(String field, FieldCode code, String message, Object... params) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(Problem.FieldError.of(field, code, message, params)));
    }

    /** A 409 for a value that must be unique and is taken (a slug, an e-mail, a year that has a report). */
    public static ProblemException alreadyExists(String field, String message, String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail,
                List.of(new Problem.FieldError(field, FieldCode.ALREADY_EXISTS, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field(s)", errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
