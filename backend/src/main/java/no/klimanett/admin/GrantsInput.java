package no.klimanett.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.klimanett.auth.Me;

/** The complete set of a user's grants; it replaces the current one. An empty list removes every role. */
public record GrantsInput(@NotNull @Size(max = 200) List<Me.@NotNull @Valid Grant> grants) {}
