package no.klimanett.commitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment as the caller writes it, for create and full update (PUT). Which fields a target type needs or
 * allows is checked across fields by {@link CommitmentRules}; the owner (networkId, organisationId) cannot change
 * after creation. statusComment is recorded in the status history when the status changes.
 */
public record CommitmentInput(
        @NotNull UUID networkId,
        UUID organisationId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull TargetType targetType,
        IntensityMetric intensityMetric,
        @Valid ScopeCoverage scopeCoverage,
        @Min(1990) @Max(2100) Integer baseYear,
        @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal baseYearEmissionsT,
        @Min(1990) @Max(2100) Integer targetYear,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal reductionPct,
        @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal targetLevelT,
        @Size(max = 120) String actionCategory,
        LocalDate dueOn,
        @NotNull CommitmentStatus status,
        @Size(max = 2000) String statusComment) {}
