package no.klimanett.factor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.klimanett.ghg.GwpSet;
import org.hibernate.annotations.Formula;

/** A published, versioned collection of emission factors for a country and year (reference data). */
@Entity
@Table(name = "emission_factor_set")
public class EmissionFactorSet extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String name;

    /** The publisher's label of this edition (e.g. "2024-1"); not the optimistic lock, see {@link #versionLock}. */
    public String version;

    /** Null for sets that apply everywhere (e.g. international travel factors). */
    public String country;

    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "gwp_set")
    public GwpSet gwpSet;

    public String description;

    /** Factors made up for demonstration; shown as such so nobody mistakes them for published values. */
    public boolean illustrative;

    @Version
    @Column(name = "version_lock")
    public long versionLock;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Set on every change, factors included: that also makes the version (ETag) move when only factors change. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Counted by the database for list views, so that listing sets does not load every factor. */
    @Formula("(SELECT count(*) FROM emission_factor f WHERE f.set_id = id)")
    public int factorCount;

    @OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    public List<EmissionFactor> factors = new ArrayList<>();

    @PrePersist
    void onCreate() {
        createdAt = updatedAt = Instant.now();
    }
}
