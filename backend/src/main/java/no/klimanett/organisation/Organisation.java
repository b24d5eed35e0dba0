package no.klimanett.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.klimanett.common.TrackedEntity;

/** A partner organisation: a business or public body that joins networks and reports its emissions. */
@Entity
@Table(name = "organisation")
public class Organisation extends TrackedEntity {

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
}
