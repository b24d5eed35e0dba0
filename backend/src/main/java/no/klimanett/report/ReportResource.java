package no.klimanett.report;

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

/** An organisation's yearly accounts and their workflow. Every change needs If-Match with the report's ETag. */
@Path("/api/v1/organisations/{organisationId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {

    @Inject
    ReportService service;

    @Inject
    ReportWorkflow workflow;

    @Inject
    no.klimanett.common.RequestLimits limits;

    @GET
    @Operation(operationId = "listReports", summary = "An organisation's reports with their totals, newest year first")
    public RestResponse<PageResponse<ReportSummary>> list(@PathParam("organisationId") UUID organisationId,
                                                          @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(organisationId, page), uri);
    }

    @POST
    @Authenticated
    @Operation(operationId = "createReport", summary = "Start the draft report of a year (reporters)")
    public RestResponse<ReportView> create(@PathParam("organisationId") UUID organisationId,
                                           @Valid @NotNull NewReportInput input, @Context UriInfo uri) {
        var created = service.create(organisationId, input);
        return Responses.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.body().year())).build(), created);
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getReport", summary = "A report with its lines, notation keys and totals")
    public RestResponse<ReportView> get(@PathParam("organisationId") UUID organisationId, @PathParam("year") int year) {
        return Responses.ok(service.get(organisationId, year));
    }

    @PUT
    @Authenticated
    @Path("/{year}")
    @Operation(operationId = "updateReport", summary = "Replace a draft's header, lines and notation keys")
    public RestResponse<ReportView> update(@PathParam("organisationId") UUID organisationId, @PathParam("year") int year,
                                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReportInput input) {
        return Responses.ok(service.update(organisationId, year, ifMatch, input));
    }

    @POST
    @Authenticated
    @Path("/{year}/lines/import")
    @Consumes("text/csv")
    @Operation(operationId = "importReportLines",
            summary = "Append lines from CSV to a draft, all or nothing (header row; ';' and decimal comma accepted)")
    public RestResponse<ReportService.ImportResult> importLines(@PathParam("organisationId") UUID organisationId,
                                                                @PathParam("year") int year,
                                                                @HeaderParam("If-Match") String ifMatch,
                                                                java.io.InputStream body) {
        return Responses.ok(service.importLines(organisationId, year, ifMatch, limits.importText(body)));
    }

    @POST
    @Authenticated
    @Path("/{year}/submit")
    @Operation(operationId = "submitReport", summary = "Submit a complete draft for review (reporters)")
    public RestResponse<ReportView> submit(@PathParam("organisationId") UUID organisationId, @PathParam("year") int year,
                                           @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(workflow.submit(organisationId, year, ifMatch));
    }

    @POST
    @Authenticated
    @Path("/{year}/approve")
    @Operation(operationId = "approveReport", summary = "Approve a submitted report (coordinators)")
    public RestResponse<ReportView> approve(@PathParam("organisationId") UUID organisationId, @PathParam("year") int year,
                                            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(workflow.approve(organisationId, year, ifMatch));
    }

    @POST
    @Authenticated
    @Path("/{year}/return")
    @Operation(operationId = "returnReport", summary = "Send a submitted report back to draft with a comment (coordinators)")
    public RestResponse<ReportView> returnToReporter(@PathParam("organisationId") UUID organisationId,
                                                     @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                                                     @Valid @NotNull ReturnInput input) {
        return Responses.ok(workflow.returnToReporter(organisationId, year, ifMatch, input));
    }

    @POST
    @Authenticated
    @Path("/{year}/reopen")
    @Operation(operationId = "reopenReport",
            summary = "Reopen an approved report as a new draft revision; the approved one is kept (coordinators)")
    public RestResponse<ReportView> reopen(@PathParam("organisationId") UUID organisationId, @PathParam("year") int year,
                                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReopenInput input) {
        return Responses.ok(workflow.reopen(organisationId, year, ifMatch, input));
    }

    @GET
    @Path("/{year}/history")
    @Operation(operationId = "getReportHistory", summary = "Audit events of a report and the revisions kept on reopening")
    public ReportHistory history(@PathParam("organisationId") UUID organisationId, @PathParam("year") int year) {
        return service.history(organisationId, year);
    }
}
