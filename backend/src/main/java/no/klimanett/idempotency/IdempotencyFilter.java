package no.klimanett.idempotency;

import no.klimanett.common.FieldCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import no.klimanett.auth.CallerContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import no.klimanett.common.ProblemMapper;
import no.klimanett.common.SecretInResponse;
import no.klimanett.common.ProblemType;
import no.klimanett.common.Problem;

/**
 * Honours the Idempotency-Key header on POST (IETF draft "The Idempotency-Key HTTP Header Field"):
 * the first request with a key runs, a repeat with the same body gets the stored answer, a repeat with a
 * different body gets 422, and a repeat while the first still runs gets 409.
 *
 * <p>Keys belong to a caller. Anonymous callers are nobody in particular (their keys would be shared by all of
 * them), so their keys are ignored; anonymous POSTs (logging in) are harmless to repeat. Answers that carry a
 * secret ({@link SecretInResponse} on the method or on the answer's type) are never stored.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String STATE = IdempotencyFilter.class.getName();

    @Inject
    Idempotency store;

    @Inject
    CallerContext callers;

    @Inject
    ObjectMapper json;

    record Pending(String principal, String key) {}

    @ServerRequestFilter
    public Response before(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null || holdsSecret(resource) || callers.get().isAnonymous()) {
            return null;
        }
        if (key.isBlank() || key.length() > 200) {
            return ProblemMapper.response(ProblemType.VALIDATION, HEADER + ": must be 1 to 200 characters",
                    List.of(Problem.FieldError.of(HEADER, FieldCode.TOO_LONG, "must be 1 to 200 characters", "max", 200)),
                    request.getUriInfo());
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String principal = callers.get().actor();
        String path = request.getUriInfo().getPath();
        var stored = store.reserve(principal, key, request.getMethod(), path, sha256(body));
        if (stored.isEmpty()) {
            request.setProperty(STATE, new Pending(principal, key));
            return null;
        }
        if (stored.get() == Idempotency.RELEASED) {
            // the first request failed and freed its key between our attempt and our look: it is busy, not ours
            return ProblemMapper.response(ProblemType.CONFLICT,
                    "A request with this Idempotency-Key was being processed; retry shortly", List.of(), request.getUriInfo());
        }
        var previous = stored.get();
        if (!previous.path().equals(path) || !previous.requestHash().equals(sha256(body))) {
            return ProblemMapper.response(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for another request; use a new key for a new request", List.of(),
                    request.getUriInfo());
        }
        if (previous.status() == Idempotency.IN_PROGRESS) {
            return ProblemMapper.response(ProblemType.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry shortly", List.of(),
                    request.getUriInfo());
        }
        var replay = Response.status(previous.status()).header("Idempotency-Replayed", "true");
        if (previous.body() != null) replay.entity(previous.body()).type(MediaType.APPLICATION_JSON_TYPE);
        if (previous.location() != null) replay.header(HttpHeaders.LOCATION, previous.location());
        if (previous.etag() != null) replay.header(HttpHeaders.ETAG, previous.etag());
        return replay.build();
    }

    /** Answers with a secret are never stored for replay (see {@link SecretInResponse}). */
    private static boolean holdsSecret(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) return false;
        var method = resource.getResourceMethod();
        if (method.isAnnotationPresent(SecretInResponse.class)) return true;
        // RestResponse<T> / T: look at the answer's type too, so a new endpoint returning a token cannot forget it
        var type = method.getGenericReturnType();
        if (type instanceof java.lang.reflect.ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c.isAnnotationPresent(SecretInResponse.class);
        }
        return method.getReturnType().isAnnotationPresent(SecretInResponse.class);
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STATE) instanceof Pending pending)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            String etag = response.getHeaderString(HttpHeaders.ETAG);
            store.complete(pending.principal(), pending.key(), status, serialise(response.getEntity()), location, etag);
        } else {
            store.release(pending.principal(), pending.key());
        }
    }

    private String serialise(Object entity) {
        if (entity == null) return null;
        if (entity instanceof String s) return s;
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
