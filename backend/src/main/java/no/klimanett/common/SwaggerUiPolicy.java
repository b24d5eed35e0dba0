package no.klimanett.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A Content-Security-Policy for Swagger UI (issue #10: it had none). The page Quarkus generates starts the UI with
 * inline scripts, which a policy worth having forbids; so its two entry documents are ours (resources/swagger-ui:
 * the same page with the start-up script in a file), and the policy allows scripts from our own origin only. The
 * UI's own files (bundle, styles) are still served by Quarkus.
 */
@ApplicationScoped
public class SwaggerUiPolicy {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    void register(@Observes Router router) {
        byte[] page = resource("swagger-ui/index.html");
        byte[] init = resource("swagger-ui/klimanett-swagger-init.js");
        router.route("/q/swagger-ui*").order(-100).handler(ctx -> {
            ctx.response().putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.next();
        });
        router.routeWithRegex(HttpMethod.GET, "/q/swagger-ui/?(index\\.html)?").order(-99).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-cache")
                .end(io.vertx.core.buffer.Buffer.buffer(page)));
        router.route(HttpMethod.GET, "/q/swagger-ui/klimanett-swagger-init.js").order(-99).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/javascript; charset=utf-8").putHeader("Cache-Control", "no-cache")
                .end(io.vertx.core.buffer.Buffer.buffer(init)));
    }

    private static byte[] resource(String name) {
        try (InputStream in = SwaggerUiPolicy.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the application");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void onStart(@Observes StartupEvent event) {
        // forces the bean (and so the route registration) to be created at start
    }
}
