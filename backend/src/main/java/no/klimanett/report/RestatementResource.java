package no.klimanett.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Base-year recalculations, kept beside the reports they restate. */
@Path("/api/v1/organisations/{organisationId}/restatements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class RestatementResource {

    @Inject
    RestatementService service;

    @GET
    @Operation(operationId = "listRestatements", summary = "An organisation's restatements, each beside the approved original")
    public RestResponse<PageResponse<RestatementView>> list(@PathParam("organisationId") UUID organisationId,
                                                            @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(organisationId, page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createRestatement", summary = "Record recalculated figures for an earlier year (reporters)")
    public RestResponse<RestatementView> create(@PathParam("organisationId") UUID organisationId,
                                                @Valid @NotNull RestatementInput input, @Context UriInfo uri) {
        var created = service.create(organisationId, input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRestatement", summary = "One restatement")
    public RestResponse<RestatementView> get(@PathParam("organisationId") UUID organisationId, @PathParam("id") UUID id) {
        return Responses.ok(service.get(organisationId, id));
    }
}
