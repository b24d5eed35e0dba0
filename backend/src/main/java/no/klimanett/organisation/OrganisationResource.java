package no.klimanett.organisation;

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

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class OrganisationResource {

    @Inject
    OrganisationService service;

    @GET
    @Operation(operationId = "listOrganisations", summary = "List partner organisations")
    public RestResponse<PageResponse<OrganisationView>> list(@QueryParam("q") String q, @QueryParam("country") String country,
                         @QueryParam("sector") String sector, @QueryParam("networkId") String networkId,
                         @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        var filter = new OrganisationService.Filter(Params.text("q", q, 200), Params.text("country", country, 2),
                Params.enumValue("sector", sector, Sector.class), Params.uuid("networkId", networkId));
        return Responses.page(service.list(filter, page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createOrganisation", summary = "Register a partner organisation")
    public RestResponse<OrganisationView> create(@Valid @NotNull OrganisationInput input, @Context UriInfo uri) {
        var created = service.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "Get an organisation")
    public RestResponse<OrganisationView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Authenticated
    @Path("/{id}")
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation's data (If-Match required)")
    public RestResponse<OrganisationView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OrganisationInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }
}
