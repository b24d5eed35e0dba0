package no.klimanett.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Recalculated figures for an earlier year, recorded beside the report of that year and never over it.
 * Append-only: a later restatement of the same year supersedes an earlier one by being newer.
 */
@Entity
@Table(name = "restatement")
public class Restatement extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_type")
    public RestatementReason reasonType;

    public String reason;

    @Column(name = "scope1_t")
    public BigDecimal scope1T;

    @Column(name = "scope2_location_t")
    public BigDecimal scope2LocationT;

    @Column(name = "scope2_market_t")
    public BigDecimal scope2MarketT;

    @Column(name = "scope3_t")
    public BigDecimal scope3T;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
