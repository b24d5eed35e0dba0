package no.klimanett.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What an administrator changes on an API client; its clientId stays (the client is configured with it). */
public record ApiClientUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 10) List<@NotNull String> scopes,
        @NotNull @Size(max = 500) List<@NotNull UUID> networkIds,
        @NotNull Boolean active) {}
