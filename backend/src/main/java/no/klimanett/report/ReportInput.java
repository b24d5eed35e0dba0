package no.klimanett.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.klimanett.ghg.GwpSet;
import no.klimanett.ghg.ConsolidationApproach;

/**
 * The whole content of a draft (PUT replaces header, lines and notation keys). Status, revision, workflow
 * and audit fields, ids and the demo flag are not here: they change only through the workflow.
 */
public record ReportInput(
        @NotNull ConsolidationApproach consolidationApproach,
        @Size(max = 4000) String boundaryNote,
        @NotNull GwpSet gwpSet,
        @Size(max = 4000) String methodsNote,
        UUID factorSetId,
        @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal biogenicCo2T,
        @PositiveOrZero @Max(10_000_000) Integer employees,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal floorAreaM2,
        @DecimalMin("0") @Digits(integer = 11, fraction = 3) BigDecimal revenueMnok,
        @NotNull @Size(max = ReportService.MAX_LINES) List<@NotNull @Valid ReportLineInput> lines,
        @NotNull @Size(max = 15) List<@NotNull @Valid Scope3Notation> scope3Notations) {}
