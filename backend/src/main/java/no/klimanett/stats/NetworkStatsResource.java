package no.klimanett.stats;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.klimanett.common.Csv;
import no.klimanett.common.Params;
import no.klimanett.common.Representations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A network's figures; definitions in docs/stats.md and {@link StatsQueries}. JSON, or CSV with Accept: text/csv. */
@Path("/api/v1/networks/{id}/stats")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "stats")
public class NetworkStatsResource {

    @Inject
    StatsService stats;

    @Inject
    Representations representations;

    @GET
    @Operation(operationId = "getNetworkStats", summary = "Yearly totals (scope 1+2 headline, scope 3 beside it), coverage and groups")
    @APIResponse(responseCode = "200", description = "Per year: headline scope 1+2, scope 3 beside it, coverage, groups. Definitions and CSV columns: docs/stats.md",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = NetworkStats.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "RFC 4180, header row"))})
    public Response figures(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("groupBy") String groupBy, @QueryParam("scope2") String scope2,
                            @Context HttpHeaders headers) {
        var readable = stats.readable(id);
        var range = new StatsService.YearRange(Params.integer("from", from), Params.integer("to", to));
        var body = stats.networkStats(readable, range, Dimension.parse(groupBy), Scope2Method.parse(scope2));
        return representations.figures(headers, body, readable.shared());
    }

    @GET
    @Path("/like-for-like")
    @Operation(operationId = "getNetworkLikeForLike", summary = "Change between two years over the organisations that reported both years")
    @APIResponse(responseCode = "200", description = "Change over the organisations that were members and reported in both years. Definitions and CSV columns: docs/stats.md",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = LikeForLike.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "RFC 4180, header row"))})
    public Response likeForLike(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("scope2") String scope2, @Context HttpHeaders headers) {
        var readable = stats.readable(id);
        var body = stats.likeForLike(readable, Params.integer("from", from), Params.integer("to", to), Scope2Method.parse(scope2));
        return representations.figures(headers, body, readable.shared());
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "getNetworkProgress", summary = "Progress of the network's and its partners' commitments against their pathways")
    @APIResponse(responseCode = "200", description = "Each commitment against its straight-line pathway. Definitions and CSV columns: docs/stats.md",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Progress.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "RFC 4180, header row"))})
    public Response progress(@PathParam("id") UUID id, @QueryParam("year") String year, @QueryParam("scope2") String scope2,
                             @Context HttpHeaders headers) {
        var readable = stats.readable(id);
        var body = stats.progress(readable, Params.integer("year", year), Scope2Method.parse(scope2));
        return representations.figures(headers, body, readable.shared());
    }
}
