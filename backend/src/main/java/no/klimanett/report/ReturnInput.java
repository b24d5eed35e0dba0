package no.klimanett.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a submitted report goes back to the reporter: what they must fix. */
public record ReturnInput(@NotBlank @Size(max = 4000) String comment) {}
