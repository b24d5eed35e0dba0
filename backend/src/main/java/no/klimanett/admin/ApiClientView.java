package no.klimanett.admin;

import no.klimanett.common.SecretInResponse;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import no.klimanett.auth.ApiClient;

/** An API client as administrators see it; the secret hash never leaves the service. */
public record ApiClientView(UUID id, String clientId, String name, List<String> scopes, List<UUID> networkIds,
                            boolean active, Instant createdAt) {

    static ApiClientView of(ApiClient c) {
        return new ApiClientView(c.id, c.clientId, c.name, Arrays.stream(c.scopes).sorted().toList(),
                c.networkIds.stream().sorted().toList(), c.active, c.createdAt);
    }

    /**
     * The answer to creating a client: the client and its secret. This is the only time the secret is shown; only
     * its bcrypt hash is stored, so a lost secret means a new client.
     */
    @Schema(name = "ApiClientWithSecret")
    @SecretInResponse
    public record WithSecret(@JsonUnwrapped ApiClientView client, String clientSecret) {}
}
