package no.klimanett.site;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.klimanett.common.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/site-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site")
public class SiteSettingsResource {

    @Inject
    SiteSettingsService service;

    @GET
    @Operation(operationId = "getSiteSettings", summary = "Who runs this deployment and whom to contact (anyone)")
    public RestResponse<SiteSettingsView> get() {
        return Responses.ok(service.get());
    }

    @PUT
    @Authenticated
    @Operation(operationId = "updateSiteSettings", summary = "Replace the site settings (If-Match required; administrators)")
    public RestResponse<SiteSettingsView> update(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull SiteSettingsInput input) {
        return Responses.ok(service.update(ifMatch, input));
    }
}
