package no.klimanett.site;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * /.well-known/security.txt (RFC 9116) from the site settings: where to report a vulnerability. A Vert.x route
 * rather than an API operation: it is a file of the site, like the SPA's, not part of the JSON API and its contract.
 * Not published (404) until an administrator sets a security contact: better no file than one naming nobody.
 */
@ApplicationScoped
public class SecurityTxt {

    static final String PATH = "/.well-known/security.txt";
    /** The SPA page with our disclosure policy (frontend route /security). */
    static final String POLICY_PATH = "/security";
    /** English first: the common language of security reports; then the SPA's own languages. */
    static final String LANGUAGES = "en, nb, sv, da";

    @ConfigProperty(name = "klimanett.public-url")
    Optional<String> publicUrl;

    @Inject
    SiteSettingsService settings;

    void register(@Observes Router router) {
        // before the SPA's catch-all routes (order 10 000 and up in common/SpaRoutes)
        router.get(PATH).order(9_000).blockingHandler(this::serve, false);
    }

    void onStart(@Observes StartupEvent event) {
        // forces the bean (and so the route registration) to be created at start
    }

    private void serve(RoutingContext ctx) {
        var response = ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8");
        String body = text(settings.get().body(), base(ctx));
        if (body == null) {
            response.setStatusCode(404).putHeader("Cache-Control", "no-cache")
                    .end("security.txt is not published: no security contact is configured (docs/adoption.md)\n");
            return;
        }
        // an hour is short enough for a changed contact and spares the database a read per crawler
        response.putHeader("Cache-Control", "public, max-age=3600").end(body);
    }

    /** The file for these settings, or null when it must not be published. */
    static String text(SiteSettingsView s, String base) {
        Instant expires = s.securityTxtExpiresEffective();
        if (expires == null) return null;
        String contact = s.securityContact().startsWith("https://") ? s.securityContact() : "mailto:" + s.securityContact();
        return "Contact: " + contact + "\n"
                + "Expires: " + DateTimeFormatter.ISO_INSTANT.format(expires.truncatedTo(ChronoUnit.SECONDS)) + "\n"
                + "Preferred-Languages: " + LANGUAGES + "\n"
                + "Canonical: " + base + PATH + "\n"
                + "Policy: " + base + POLICY_PATH + "\n";
    }

    /** The site's public address: configured for deployments behind a proxy, else the address the request came to. */
    private String base(RoutingContext ctx) {
        String configured = publicUrl.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (configured != null) return configured.replaceAll("/+$", "");
        String host = ctx.request().getHeader("Host");
        return ctx.request().scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
    }
}
