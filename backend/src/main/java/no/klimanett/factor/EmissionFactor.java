package no.klimanett.factor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import no.klimanett.ghg.EmissionCategory;

/** kg CO2e per unit of an activity (a litre of diesel, a kWh of grid electricity), with its source. */
@Entity
@Table(name = "emission_factor")
public class EmissionFactor extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public EmissionFactorSet set;

    public String code;

    public String name;

    public short scope;

    @Enumerated(EnumType.STRING)
    public EmissionCategory category;

    public String unit;

    @Column(name = "kg_co2e_per_unit")
    public BigDecimal kgCo2ePerUnit;

    public String source;
}
