package no.klimanett.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.klimanett.common.ProblemMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    @Inject
    TokenService tokens;

    @Inject
    MeService me;

    @POST
    @Path("/auth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "issueToken", summary = "Issue an access token (password or client credentials grant)")
    public RestResponse<TokenResponse> token(@BeanParam TokenRequest request, @Context HttpServerRequest http) {
        TokenResponse response = tokens.issue(request, http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        // RFC 6749 §5.1: token responses must not be cached
        return RestResponse.ResponseBuilder.ok(response).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMe", summary = "Who am I, and what may I do")
    public Me getMe() {
        return me.current();
    }

    @ServerExceptionMapper
    public Response throttled(LoginThrottle.TooManyRequests e, UriInfo uri) {
        Response problem = ProblemMapper.response(e.type(), e.getMessage(), List.of(), uri);
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }
}
