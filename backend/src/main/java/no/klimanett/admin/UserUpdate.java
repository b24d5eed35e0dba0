package no.klimanett.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator changes on an account besides its grants. Deactivating keeps the account and its history. */
public record UserUpdate(
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Boolean active) {}
