package no.klimanett.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request body limits, checked before any of the body is read: JSON bodies may be at most
 * klimanett.limits.max-body-size, CSV imports (paths ending in /import) at most
 * klimanett.limits.max-import-size (quarkus.http.limits.max-body-size must be at least that, as the HTTP
 * layer's own hard limit). Outside imports a body must announce its length, so that a chunked body cannot
 * slip past the smaller limit. Answers are the API's problem+json.
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "klimanett.limits.max-body-size", defaultValue = "2M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "klimanett.limits.max-import-size", defaultValue = "32M")
    MemorySize maxImportSize;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) throws JsonProcessingException {
        long bodyLimit = maxBodySize.asLongValue();
        long importLimit = maxImportSize.asLongValue();
        String tooLarge = problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body may be at most " + bodyLimit / 1024
                + " KiB (CSV imports " + importLimit / (1024 * 1024) + " MiB)");
        String lengthRequired = problem(ProblemType.LENGTH_REQUIRED, "Send the body with a Content-Length");
        router.route().order(Integer.MIN_VALUE + 100).handler(ctx -> {
            boolean isImport = ctx.request().path().endsWith("/import");
            long limit = isImport ? importLimit : bodyLimit;
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length, limit)) {
                refuse(ctx, 413, tooLarge);
                return;
            }
            if (length == null && !isImport && ctx.request().getHeader("Transfer-Encoding") != null) {
                refuse(ctx, 411, lengthRequired);
                return;
            }
            ctx.next();
        });
    }

    private String problem(ProblemType type, String detail) throws JsonProcessingException {
        return json.writeValueAsString(new Problem(type.uri(), type.title(), type.status(), detail, null, null));
    }

    private static void refuse(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body);
    }

    /**
     * The text of an import body, read up to the import limit. A body that announced its length was measured before
     * reading; a chunked one (a script streaming a file) is measured here, as it arrives, so that one over the limit
     * gets our 413 problem instead of the HTTP layer's hard limit (an empty 413 and an error in the log).
     */
    public String importText(java.io.InputStream body) {
        long limit = maxImportSize.asLongValue();
        try (body) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "An import may be at most " + limit / (1024 * 1024) + " MiB");
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects malformed lengths itself
        }
    }
}
