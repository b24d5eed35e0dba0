package no.klimanett.auth;

import no.klimanett.common.SecretInResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The OAuth 2.0 token response (RFC 6749 §5.1), with its standard snake_case names. */
@SecretInResponse
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @Schema(nullable = true) @JsonProperty("scope") String scope) {}
