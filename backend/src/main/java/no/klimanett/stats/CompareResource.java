package no.klimanett.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.klimanett.common.Csv;
import no.klimanett.common.Params;
import no.klimanett.common.Representations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "stats")
public class CompareResource {

    @Inject
    StatsService stats;

    @Inject
    Representations representations;

    @GET
    @Path("/compare")
    @Operation(operationId = "compareNetworks", summary = "One year's figures of several networks: absolute, per member, per employee")
    @APIResponse(responseCode = "200", description = "One year of several networks side by side. Definitions and CSV columns: docs/stats.md",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Comparison.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "RFC 4180, header row"))})
    public Response compare(@QueryParam("networkId") List<String> networkIds, @QueryParam("year") String year,
                            @QueryParam("scope2") String scope2, @Context HttpHeaders headers) {
        var ids = networkIds.stream().map(id -> Params.uuid("networkId", id)).filter(java.util.Objects::nonNull).toList();
        var body = stats.compare(ids, Params.integer("year", year), Scope2Method.parse(scope2));
        return representations.figures(headers, body, stats.shared(ids));
    }
}
