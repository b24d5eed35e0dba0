package no.klimanett.commitment;

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

@Path("/api/v1/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "commitments")
public class CommitmentResource {

    @Inject
    CommitmentService service;

    @GET
    @Operation(operationId = "listCommitments", summary = "List the commitments of networks the caller may read")
    public RestResponse<PageResponse<CommitmentView>> list(
            @QueryParam("networkId") String networkId, @QueryParam("organisationId") String organisationId,
            @QueryParam("status") String status, @QueryParam("targetType") String targetType,
            @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        var filter = new CommitmentService.Filter(Params.uuid("networkId", networkId),
                Params.uuid("organisationId", organisationId), Params.enumValue("status", status, CommitmentStatus.class),
                Params.enumValue("targetType", targetType, TargetType.class));
        return Responses.page(service.list(filter, page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createCommitment", summary = "Record a target or action of an organisation or of the network")
    public RestResponse<CommitmentView> create(@Valid @NotNull CommitmentInput input, @Context UriInfo uri) {
        var created = service.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommitment", summary = "Get a commitment with its status history")
    public RestResponse<CommitmentView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Authenticated
    @Path("/{id}")
    @Operation(operationId = "updateCommitment",
            summary = "Replace a commitment (If-Match required); a new status is appended to its history; WITHDRAWN instead of delete")
    public RestResponse<CommitmentView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                               @Valid @NotNull CommitmentInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }
}
