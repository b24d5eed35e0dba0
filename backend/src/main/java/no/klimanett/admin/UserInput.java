package no.klimanett.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new user account. The password is at least 12 characters and at most 72 bytes in UTF-8: bcrypt ignores
 * everything after the 72nd byte, so a longer one would be accepted in ways the user does not expect.
 */
public record UserInput(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull @Size(min = 12, max = 72, message = "must be 12 to 72 characters") String password) {}
