package no.klimanett.common;

/** How optional free text from callers is stored: trimmed, and an empty or blank value as no value. */
public final class Text {

    private Text() {}

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
