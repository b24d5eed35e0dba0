package no.klimanett.factor;

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

@Path("/api/v1/emission-factor-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "emission-factor-sets")
public class EmissionFactorSetResource {

    @Inject
    FactorService service;

    @GET
    @Operation(operationId = "listEmissionFactorSets", summary = "List emission factor sets (without their factors)")
    public RestResponse<PageResponse<EmissionFactorSetView>> list(@QueryParam("country") String country,
                                                                  @QueryParam("year") String year, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        var filter = new FactorService.Filter(Params.text("country", country, 2), Params.integer("year", year));
        return Responses.page(service.list(filter, page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createEmissionFactorSet", summary = "Publish a factor set with its factors (administrators)")
    public RestResponse<EmissionFactorSetView> create(@Valid @NotNull EmissionFactorSetInput input, @Context UriInfo uri) {
        var created = service.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEmissionFactorSet", summary = "Get a factor set with its factors")
    public RestResponse<EmissionFactorSetView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Authenticated
    @Path("/{id}")
    @Operation(operationId = "updateEmissionFactorSet",
            summary = "Replace a factor set; factors are matched by code (administrators, If-Match required)")
    public RestResponse<EmissionFactorSetView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                                      @Valid @NotNull EmissionFactorSetInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }
}
