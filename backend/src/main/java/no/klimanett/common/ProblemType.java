package no.klimanett.common;


/**
 * The stable problem types of the API. Clients switch on {@link #uri()}; titles are for humans.
 * Documented one by one in openapi.yaml.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "The request is not valid"),
    MALFORMED(400, "malformed-request", "The request body could not be read"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
    INVALID_GRANT(400, "invalid-grant", "The credentials are not valid"),
    FORBIDDEN(403, "forbidden", "You may not do this"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "The requested representation is not available"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    ILLEGAL_TRANSITION(409, "illegal-transition", "The workflow does not allow this step now"),
    LENGTH_REQUIRED(411, "length-required", "The request body needs a Content-Length"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource was changed by someone else"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required to change this resource"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for a different request"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service is temporarily unavailable"),
    INTERNAL(500, "internal-error", "Internal error");

    public static final String BASE_URI = "https://klimanett.no/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }
}
