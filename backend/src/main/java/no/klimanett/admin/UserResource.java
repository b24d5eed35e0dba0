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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Params;
import no.klimanett.common.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class UserResource {

    @Inject
    UserService service;

    @GET
    @Operation(operationId = "listUsers", summary = "List user accounts (administrators)")
    public RestResponse<PageResponse<UserView>> list(@QueryParam("q") String q, @Valid @BeanParam PageRequest page,
                                                     @Context UriInfo uri) {
        return Responses.page(service.list(Params.text("q", q, 200), page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createUser", summary = "Create a user account with a password (administrators)")
    public RestResponse<UserView> create(@Valid @NotNull UserInput input, @Context UriInfo uri) {
        var created = service.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user account with its grants (administrators)")
    public RestResponse<UserView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Authenticated
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Change display name or deactivate (If-Match required; administrators)")
    public RestResponse<UserView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         @Valid @NotNull UserUpdate input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }

    @PUT
    @Authenticated
    @Path("/{id}/grants")
    @Operation(operationId = "replaceUserGrants",
            summary = "Replace all roles of a user (If-Match with the user's ETag required; administrators)")
    public RestResponse<UserView> replaceGrants(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                                @Valid @NotNull GrantsInput input) {
        return Responses.ok(service.replaceGrants(id, ifMatch, input));
    }
}
