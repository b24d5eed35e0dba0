package no.klimanett.common;

import jakarta.validation.Payload;

/**
 * Names of formats for {@code @Pattern(payload = ...)}, so that a refused value tells clients which format was
 * expected ({@code invalid-format} with {@code params.format}) instead of a regular expression.
 */
public final class Format {

    private Format() {}

    /** Lower-case letters, digits and single hyphens. */
    public interface Slug extends Payload {}

    /** A NACE code such as C or C10.1. */
    public interface Nace extends Payload {}

    /** A language code of the SPA's and the networks' languages. */
    public interface Language extends Payload {}

    /** An identifier of letters, digits, '_', '.' and '-'. */
    public interface Identifier extends Payload {}

    static String nameOf(Class<? extends Payload> payload) {
        return switch (payload.getSimpleName()) {
            case "Slug" -> "slug";
            case "Nace" -> "nace";
            case "Language" -> "language";
            case "Identifier" -> "identifier";
            default -> "pattern";
        };
    }
}
