package no.klimanett.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a field was refused, as a stable code that clients translate (the SPA shows it in the reader's language next
 * to the field). The English {@code message} beside it is for people reading raw responses; {@code params} carry
 * the values a translation needs (documented per code in openapi.yaml).
 */
public enum FieldCode {
    /** A value is needed (a missing field, an empty text, a JSON null). */
    REQUIRED("required"),
    /** The field must not be given here (e.g. a market-based figure on a scope 1 line). */
    NOT_ALLOWED("not-allowed"),
    /** The body has a field the resource does not have. */
    UNKNOWN_FIELD("unknown-field"),
    /** The JSON type is wrong; params: {@code expected} (string, integer, number, boolean, array, object). */
    WRONG_TYPE("wrong-type"),
    /** Not one of the allowed values; params: {@code allowed} (list). */
    INVALID_VALUE("invalid-value"),
    /** Not in the required format; params: {@code format} (uuid, date, email, slug, country, ...). */
    INVALID_FORMAT("invalid-format"),
    /** Text too long; params: {@code max} (characters). */
    TOO_LONG("too-long"),
    /** Text too short; params: {@code min}. */
    TOO_SHORT("too-short"),
    /** Number below the minimum; params: {@code min}. */
    TOO_SMALL("too-small"),
    /** Number above the maximum; params: {@code max}. */
    TOO_LARGE("too-large"),
    /** Too many digits; params: {@code integer}, {@code fraction} (digits allowed before and after the point). */
    TOO_PRECISE("too-precise"),
    /** Outside a range; params: {@code min}, {@code max} (e.g. reporting years). */
    OUT_OF_RANGE("out-of-range"),
    /** A list with too many items; params: {@code max}. */
    TOO_MANY("too-many"),
    /** The same value twice in one request; params: {@code other} (the field it repeats). */
    DUPLICATE("duplicate"),
    /** Unique among existing data and already taken (a slug, an e-mail, an organisation number). */
    ALREADY_EXISTS("already-exists"),
    /** Names something that does not exist or that the caller may not see (an id, a factor code). */
    NOT_FOUND("not-found"),
    /** An organisation number that fails its country's check; params: {@code country}. */
    INVALID_ORG_NUMBER("invalid-org-number"),
    /** A date that must not be before another field's; params: {@code other}. */
    NOT_BEFORE("not-before"),
    /** A period that overlaps another one of the same kind (memberships). */
    OVERLAPS("overlaps"),
    /** Does not agree with another field; params: {@code other}. */
    INCONSISTENT("inconsistent"),
    /** Text with a character that cannot be stored (NUL, a lone surrogate). */
    INVALID_CHARACTER("invalid-character"),
    /** Only the first errors are listed; params: {@code count} (how many more). */
    MORE_ERRORS("more-errors");

    private final String code;

    FieldCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
