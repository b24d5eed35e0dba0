package no.klimanett.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Parses optional query parameters ourselves so that a malformed one is a 400 naming the parameter,
 * not the 404 that JAX-RS gives for a failed conversion. The contract declares each parameter's type with
 * {@code @Parameter(schema = ...)} on the resource method.
 */
public final class Params {

    private Params() {}

    public static UUID uuid(String name, String value) {
        if (absent(value)) return null;
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, FieldCode.INVALID_FORMAT, "must be a UUID", "format", "uuid");
        }
    }

    public static Integer integer(String name, String value) {
        if (absent(value)) return null;
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, FieldCode.WRONG_TYPE, "must be a whole number", "expected", "integer");
        }
    }

    /** An optional whole number within bounds; adds to {@code errors} instead of throwing, so paging names both. */
    static Integer bounded(FieldErrors errors, String name, String value, int min, int max) {
        if (absent(value)) return null;
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            errors.add(name, FieldCode.WRONG_TYPE, "must be a whole number", "expected", "integer");
            return null;
        }
        errors.check(parsed >= min, name, FieldCode.TOO_SMALL, "must be at least " + min, "min", min);
        errors.check(parsed <= max, name, FieldCode.TOO_LARGE, "must be at most " + max, "max", max);
        return parsed;
    }

    public static LocalDate date(String name, String value) {
        if (absent(value)) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, FieldCode.INVALID_FORMAT, "must be a date (YYYY-MM-DD)", "format", "date");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (absent(value)) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.invalid(name, FieldCode.INVALID_VALUE, "must be one of " + allowed, "allowed", allowed);
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (absent(value)) return null;
        if (value.length() > maxLength) {
            throw ProblemException.invalid(name, FieldCode.TOO_LONG, "must be at most " + maxLength + " characters",
                    "max", maxLength);
        }
        // PostgreSQL cannot compare text with NUL in it; refused here so the parameter is named (found by SchemaFuzzTest)
        if (value.indexOf('\u0000') >= 0) {
            throw ProblemException.invalid(name, FieldCode.INVALID_CHARACTER, "must not contain the NUL character");
        }
        return value.trim();
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
