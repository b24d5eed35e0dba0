package no.klimanett.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an approved report is opened again; kept with the revision it replaces. */
public record ReopenInput(@NotBlank @Size(max = 2000) String reason) {}
