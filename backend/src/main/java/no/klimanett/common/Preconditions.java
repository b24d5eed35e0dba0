package no.klimanett.common;

/**
 * Optimistic concurrency for updates: the caller proves which version it changes with If-Match.
 * A missing header is refused (428) so that no client can overwrite someone's change by accident.
 */
public final class Preconditions {

    private Preconditions() {}

    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you last read (\"" + currentVersion + "\" is current)");
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals("*") || tag.equals("\"" + expected + "\"")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource was changed since you read it; its current ETag is \"" + expected + "\"");
    }
}
