package no.klimanett.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HTTP metrics are labelled with route templates only (issue #10): a request the router could not resolve to an
 * operation (a PATCH to {@code /api/v1/networks/<anything>} answers 405 and was labelled with its raw path) would
 * otherwise add a series per path, readable by whoever scrapes, and of unbounded number. The templates are those of
 * our resource classes; everything else under /api is {@code UNMATCHED}, the SPA's pages are {@code SPA}.
 */
@Singleton
public class RouteMetrics {

    static final String UNMATCHED = "UNMATCHED";
    static final String SPA = "SPA";

    /** Labels Micrometer's HTTP binder gives itself and that are already bounded. */
    private static final Set<String> BOUNDED = Set.of("NOT_FOUND", "REDIRECTION", "root", UNMATCHED, SPA);

    @Produces
    @Singleton
    MeterFilter onlyRouteTemplates() {
        Set<String> templates = templates();
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) return id;
                String uri = id.getTag("uri");
                if (uri == null || BOUNDED.contains(uri) || templates.contains(uri) || uri.startsWith("/q/")) return id;
                String label = uri.startsWith("/api/") ? UNMATCHED : SPA;
                List<Tag> tags = id.getTags().stream().map(t -> t.getKey().equals("uri") ? Tag.of("uri", label) : t).toList();
                return id.replaceTags(tags);
            }
        };
    }

    /** Every path of every resource method of the application, as the router writes it into the label. */
    static Set<String> templates() {
        Set<String> templates = new HashSet<>();
        for (var bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("no.klimanett")) continue;
            templates.add(join(root.value(), ""));
            for (Method m : type.getMethods()) {
                Path sub = m.getAnnotation(Path.class);
                if (sub != null) templates.add(join(root.value(), sub.value()));
            }
        }
        return Set.copyOf(templates);
    }

    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
