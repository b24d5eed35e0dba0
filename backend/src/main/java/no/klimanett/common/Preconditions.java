package no.klimanett.common;

/**
 * Optimistic concurrency for updates: the caller proves which version it changes with If-Match.
 * A missing header is refused (428) so that no client can overwrite someone's change by accident. Only the
 * current strong ETag matches (RFC 9110 strong comparison): {@code *} and weak tags would update whatever is
 * there now, which is exactly the lost update the header exists to prevent, so they get 412.
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
            if (candidate.trim().equals("\"" + expected + "\"")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource was changed since you read it; its current ETag is \"" + expected + "\"");
    }
}
