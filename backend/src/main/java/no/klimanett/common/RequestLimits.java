package no.klimanett.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies that announce more than quarkus.http.limits.max-body-size before any of it is read, with
 * the API's problem+json (the HTTP layer's own refusal has no body). Bodies without Content-Length are
 * still cut off by the HTTP layer at the same limit.
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) throws JsonProcessingException {
        long limit = maxBodySize.asLongValue();
        String body = json.writeValueAsString(new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(),
                ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                "The request body may be at most " + limit / 1024 + " KiB", null, null));
        router.route().order(Integer.MIN_VALUE + 100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length, limit)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(body);
                return;
            }
            ctx.next();
        });
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects malformed lengths itself
        }
    }
}
