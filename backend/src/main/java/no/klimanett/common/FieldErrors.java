package no.klimanett.common;

import java.util.ArrayList;
import java.util.List;

/** Collects rule violations of one request so that the caller learns all of them at once. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** @param params the values the code's text needs, as name, value pairs ({@link Problem.FieldError#of}) */
    public FieldErrors add(String field, FieldCode code, String message, Object... params) {
        errors.add(Problem.FieldError.of(field, code, message, params));
        return this;
    }

    public FieldErrors check(boolean ok, String field, FieldCode code, String message, Object... params) {
        if (!ok) {
            add(field, code, message, params);
        }
        return this;
    }

    /** How many errors so far; lets a caller see whether checks of one item added any. */
    public int size() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Like {@link #throwIfAny()}, but names at most {@code limit} errors and says how many more there were. */
    public void throwIfAny(int limit) {
        if (errors.size() > limit) {
            int more = errors.size() - limit;
            List<Problem.FieldError> shown = new ArrayList<>(errors.subList(0, limit));
            shown.add(Problem.FieldError.of("body", FieldCode.MORE_ERRORS, "and " + more + " more error(s) not listed",
                    "count", more));
            throw ProblemException.invalid(shown);
        }
        throwIfAny();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
