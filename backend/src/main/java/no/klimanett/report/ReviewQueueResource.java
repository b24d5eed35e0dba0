package no.klimanett.report;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Params;
import no.klimanett.common.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReviewQueueResource {

    @Inject
    ReportService service;

    @GET
    @Operation(operationId = "listReportsForReview",
            summary = "Review queue: reports that the caller reviews (default status SUBMITTED)",
            description = "The reports of the organisations that were members of a network the caller coordinates in the report's year, or are members now; administrators see all.")
    public RestResponse<PageResponse<ReportSummary>> queue(@QueryParam("status") String status,
                                                           @QueryParam("networkId") String networkId,
                                                           @QueryParam("year") String year,
                                                           @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        var filter = new ReportService.QueueFilter(Params.enumValue("status", status, ReportStatus.class),
                Params.uuid("networkId", networkId), Params.integer("year", year));
        return Responses.page(service.queue(filter, page), uri);
    }
}
