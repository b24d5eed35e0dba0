package no.klimanett.admin;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class ApiClientResource {

    @Inject
    ApiClientService service;

    @GET
    @Operation(operationId = "listApiClients", summary = "List API clients (administrators)")
    public RestResponse<PageResponse<ApiClientView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createApiClient",
            summary = "Register an API client; the answer carries its secret, shown this once (administrators)")
    public RestResponse<ApiClientView.WithSecret> create(@Valid @NotNull ApiClientInput input, @Context UriInfo uri) {
        var created = service.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().client().id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiClient", summary = "Get an API client (administrators)")
    public RestResponse<ApiClientView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Authenticated
    @Path("/{id}")
    @Operation(operationId = "updateApiClient", summary = "Change an API client's scopes, networks or active flag (If-Match required)")
    public RestResponse<ApiClientView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                              @Valid @NotNull ApiClientUpdate input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }
}
