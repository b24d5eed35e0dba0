package no.klimanett.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import no.klimanett.ghg.GwpSet;
import no.klimanett.ghg.ConsolidationApproach;

/** Starts the draft of a year; the content follows with PUT or a CSV import. Defaults: operational control, AR6. */
public record NewReportInput(
        @NotNull @Min(1990) @Max(2100) Integer year,
        ConsolidationApproach consolidationApproach,
        GwpSet gwpSet,
        UUID factorSetId) {}
