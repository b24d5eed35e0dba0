package no.klimanett.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Parses optional query parameters ourselves so that a malformed one is a 400 naming the parameter,
 * not the 404 that JAX-RS gives for a failed conversion.
 */
public final class Params {

    private Params() {}

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) return null;
        if (value.length() > maxLength) throw ProblemException.invalid(name, "must be at most " + maxLength + " characters");
        // PostgreSQL cannot compare text with NUL in it; refused here so the parameter is named (found by SchemaFuzzTest)
        if (value.indexOf('\u0000') >= 0) throw ProblemException.invalid(name, "must not contain the NUL character");
        return value.trim();
    }
}
