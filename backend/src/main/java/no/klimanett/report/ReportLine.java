package no.klimanett.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import no.klimanett.ghg.EmissionCategory;

/**
 * One line of a yearly account. Read through JPA; written only by {@link ReportLineStore}, in bulk, because
 * an imported spreadsheet can hold tens of thousands of lines. Factor values and sources are copies, so a
 * later correction of a factor set never changes a figure that was reported.
 */
@Entity
@Table(name = "report_line")
public class ReportLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public int position;

    public short scope;

    @Enumerated(EnumType.STRING)
    public EmissionCategory category;

    public String activity;

    public BigDecimal quantity;

    public String unit;

    @Column(name = "emission_factor_id")
    public UUID emissionFactorId;

    @Column(name = "factor_kg_per_unit")
    public BigDecimal factorKgPerUnit;

    @Column(name = "factor_source")
    public String factorSource;

    @Column(name = "market_factor_kg_per_unit")
    public BigDecimal marketFactorKgPerUnit;

    @Column(name = "direct_t")
    public BigDecimal directT;

    @Column(name = "direct_market_t")
    public BigDecimal directMarketT;

    @Column(name = "emissions_t")
    public BigDecimal emissionsT;

    @Column(name = "market_emissions_t")
    public BigDecimal marketEmissionsT;

    @Enumerated(EnumType.STRING)
    public LineMethod method;
}
