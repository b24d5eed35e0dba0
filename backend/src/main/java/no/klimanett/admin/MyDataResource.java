package no.klimanett.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/me/data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class MyDataResource {

    @Inject
    MyDataService service;

    @GET
    @Operation(operationId = "exportMyData", summary = "Download a copy of your own personal data (people, not API clients)")
    @APIResponse(responseCode = "200", description = "The caller's data, as a file to save",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"klimanett-my-data.json\"",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MyData.class)))
    @APIResponse(responseCode = "403", description = "API clients: only people have personal data here",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<MyData> export() {
        // a file to keep: the browser saves it instead of showing it
        return RestResponse.ResponseBuilder.ok(service.export())
                .header("Content-Disposition", "attachment; filename=\"klimanett-my-data.json\"").build();
    }
}
