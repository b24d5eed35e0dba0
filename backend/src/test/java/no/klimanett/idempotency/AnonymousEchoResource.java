package no.klimanett.idempotency;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Test only: an anonymous POST that succeeds and answers something new each time, as password-reset requests will.
 * Hidden from the contract. Lets IdempotencyTest show that two anonymous callers never share a stored answer.
 */
@Path("/api/v1/test-only/anonymous-echo")
public class AnonymousEchoResource {

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public RestResponse<Map<String, String>> echo() {
        return RestResponse.status(RestResponse.Status.CREATED, Map.of("id", UUID.randomUUID().toString()));
    }
}
