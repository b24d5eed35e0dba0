package no.klimanett.common;

import java.util.ArrayList;
import java.util.List;

/** Collects rule violations of one request so that the caller learns all of them at once. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public FieldErrors check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
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
            shown.add(new Problem.FieldError("body", "and " + more + " more error(s) not listed"));
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
