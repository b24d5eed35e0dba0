package no.klimanett.network;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import org.jboss.resteasy.reactive.RestResponse;
import no.klimanett.common.Params;
import no.klimanett.common.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "networks")
public class NetworkResource {

    @Inject
    NetworkService service;

    @GET
    @Operation(operationId = "listNetworks", summary = "List the networks the caller may read")
    public RestResponse<PageResponse<NetworkView>> list(@QueryParam("q") String q, @QueryParam("country") String country,
                         @QueryParam("parentId") String parentId, @QueryParam("slug") String slug,
                         @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        var filter = new NetworkService.Filter(Params.text("q", q, 200), Params.text("country", country, 2),
                Params.uuid("parentId", parentId), Params.text("slug", slug, 80));
        return Responses.page(service.list(filter, page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createNetwork", summary = "Create a network (administrators)")
    public RestResponse<NetworkView> create(@Valid @NotNull NetworkInput input, @Context UriInfo uri) {
        var created = service.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNetwork", summary = "Get a network")
    public RestResponse<NetworkView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Authenticated
    @Path("/{id}")
    @Operation(operationId = "updateNetwork", summary = "Replace a network's data (If-Match required)")
    public RestResponse<NetworkView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NetworkInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }
}
