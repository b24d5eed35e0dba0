package no.klimanett.membership;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/networks/{networkId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MembershipResource {

    @Inject
    MembershipService service;

    @Inject
    MemberImportService imports;

    @Inject
    no.klimanett.common.RequestLimits limits;

    @GET
    @Operation(operationId = "listMembers", summary = "List a network's memberships, past and present")
    public RestResponse<PageResponse<MembershipView>> list(@PathParam("networkId") UUID networkId, @QueryParam("activeOn") String activeOn,
                         @QueryParam("role") String role, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        var filter = new MembershipService.Filter(Params.date("activeOn", activeOn), Params.enumValue("role", role, MemberRole.class));
        return Responses.page(service.list(networkId, filter, page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "addMember", summary = "Add an organisation to the network (coordinators)")
    public RestResponse<MembershipView> create(@PathParam("networkId") UUID networkId, @Valid @NotNull MembershipInput input, @Context UriInfo uri) {
        var created = service.create(networkId, input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build(), created);
    }

    @POST
    @Authenticated
    @Path("/import")
    @Consumes("text/csv")
    @Operation(operationId = "importMembers",
            summary = "Add members from CSV (coordinators): name,country,orgNumber,sector,naceCode,municipality,"
                    + "employeeCount,role,joinedOn; all rows or none; at most " + MemberImportService.MAX_ROWS + " rows")
    @APIResponse(responseCode = "200", description = "What the import did",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberImportResult.class)))
    @APIResponse(responseCode = "413", description = "More than " + MemberImportService.MAX_ROWS + " rows, or a body over the size limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public MemberImportResult importCsv(@PathParam("networkId") UUID networkId, java.io.InputStream body) {
        return imports.importCsv(networkId, limits.importText(body));
    }

    @GET
    @Path("/{membershipId}")
    @Operation(operationId = "getMember", summary = "Get one membership")
    public RestResponse<MembershipView> get(@PathParam("networkId") UUID networkId, @PathParam("membershipId") UUID membershipId) {
        return Responses.ok(service.get(networkId, membershipId));
    }

    @PUT
    @Authenticated
    @Path("/{membershipId}")
    @Operation(operationId = "updateMember", summary = "Change a membership, e.g. record that the partner left (If-Match required)")
    public RestResponse<MembershipView> update(@PathParam("networkId") UUID networkId, @PathParam("membershipId") UUID membershipId,
                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MembershipUpdate input) {
        return Responses.ok(service.update(networkId, membershipId, ifMatch, input));
    }
}
