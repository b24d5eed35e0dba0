package no.klimanett.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the separately built SPA (frontend/dist) at the same address as the API when
 * klimanett.spa.directory is set, so that one command gives one URL. Unknown paths outside /api and /q
 * get index.html so that the SPA's own router handles deep links.
 */
@ApplicationScoped
public class SpaRoutes {

    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);

    /**
     * Scripts only from our own origin. Inline styles are allowed because the chart library positions its
     * tooltips with style attributes; no inline script is needed by the built SPA.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @ConfigProperty(name = "klimanett.spa.directory")
    Optional<String> directory;

    void register(@Observes Router router) {
        if (directory.isEmpty() || directory.get().isBlank()) {
            return;
        }
        Path root = Path.of(directory.get()).toAbsolutePath().normalize();
        Path index = root.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            LOG.warnf("SPA directory %s has no index.html; the SPA is not served", root);
            return;
        }
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setCachingEnabled(true)
                .setDefaultContentEncoding("UTF-8")
                .setIndexPage("index.html");
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|q/).*").order(10_000).handler(ctx -> {
            String path = ctx.normalizedPath();
            ctx.response().putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            // hashed assets may be cached for ever; index.html must be revalidated to pick up new builds
            if (path.startsWith("/assets/")) {
                ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
            } else {
                ctx.response().putHeader("Cache-Control", "no-cache");
            }
            ctx.next();
        });
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|q/).*").order(10_001).handler(files);
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|q/).*").order(10_002)
                .handler(ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").sendFile(index.toString()));
        LOG.infof("Serving the SPA from %s", root);
    }

    void onStart(@Observes StartupEvent event) {
        // forces the bean (and so the route registration) to be created at start
    }
}
