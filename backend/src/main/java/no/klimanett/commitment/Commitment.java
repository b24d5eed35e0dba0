package no.klimanett.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.klimanett.common.TrackedEntity;

/**
 * A target or an action, owned by an organisation within a network, or by the network itself
 * ({@link #organisationId} null: the network's collective target).
 */
@Entity
@Table(name = "commitment")
public class Commitment extends TrackedEntity {

    @Column(name = "network_id")
    public UUID networkId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    public TargetType targetType;

    @Enumerated(EnumType.STRING)
    @Column(name = "intensity_metric")
    public IntensityMetric intensityMetric;

    @Column(name = "scope1_coverage_pct")
    public BigDecimal scope1CoveragePct;

    @Column(name = "scope2_coverage_pct")
    public BigDecimal scope2CoveragePct;

    @Column(name = "scope3_coverage_pct")
    public BigDecimal scope3CoveragePct;

    @Column(name = "base_year")
    public Integer baseYear;

    @Column(name = "base_year_emissions_t")
    public BigDecimal baseYearEmissionsT;

    @Column(name = "target_year")
    public Integer targetYear;

    @Column(name = "reduction_pct")
    public BigDecimal reductionPct;

    @Column(name = "target_level_t")
    public BigDecimal targetLevelT;

    @Column(name = "action_category")
    public String actionCategory;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;

    /** Created by the demo loader: its figures are synthetic. */
    public boolean demo;
}
