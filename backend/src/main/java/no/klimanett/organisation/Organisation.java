package no.klimanett.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A partner organisation: a business or public body that joins networks and reports its emissions. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String name;

    public String country;

    @Column(name = "org_number")
    public String orgNumber;

    @Column(name = "org_number_verified")
    public boolean orgNumberVerified;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Column(name = "nace_code")
    public String naceCode;

    public String municipality;

    @Column(name = "employee_count")
    public Integer employeeCount;

    /** Created by the demo loader: its figures are synthetic. */
    public boolean demo;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = updatedAt = Instant.now();
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
