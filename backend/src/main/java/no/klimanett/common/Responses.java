package no.klimanett.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Typed builders (so the OpenAPI document shows the bodies) for the response conventions of the API: ETags, Location, paging links. */
public final class Responses {

    private Responses() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static <T> RestResponse<T> ok(Versioned<T> resource) {
        return RestResponse.ResponseBuilder.ok(resource.body()).tag(etag(resource.version())).build();
    }

    public static <T> RestResponse<T> created(URI location, Versioned<T> resource) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(resource.body()).tag(etag(resource.version())).build();
    }

    public static <T> RestResponse<PageResponse<T>> page(PageResponse<T> page, UriInfo uri) {
        var builder = RestResponse.ResponseBuilder.ok(page).header("X-Total-Count", page.totalItems());
        List<Link> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        if (page.page() < last) links.add(link(uri, page.page() + 1, page.size(), "next"));
        links.add(link(uri, last, page.size(), "last"));
        // one Link header with all relations (RFC 8288 §3), which most clients parse more easily than several
        return builder.header("Link", String.join(", ", links.stream().map(Link::toString).toList())).build();
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        var target = uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return Link.fromUri(target).rel(rel).build();
    }
}
