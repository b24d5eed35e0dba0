package no.klimanett.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.TrackedEntity;
import no.klimanett.ghg.GwpSet;
import no.klimanett.ghg.ConsolidationApproach;

/**
 * The yearly climate account of one organisation, shared with every network it belongs to. Its lines live
 * in {@link ReportLine} and are written in bulk by {@link ReportLineStore}; {@link #updatedAt} is set on
 * every change (lines included) so that {@link #version}, the ETag, always moves with the content.
 */
@Entity
@Table(name = "report")
public class Report extends TrackedEntity {

    @Column(name = "organisation_id")
    public UUID organisationId;

    public int year;

    /** 1 for the first approval cycle; each reopening of an approved report starts the next. */
    public int revision = 1;

    @Enumerated(EnumType.STRING)
    public ReportStatus status = ReportStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "consolidation_approach")
    public ConsolidationApproach consolidationApproach = ConsolidationApproach.OPERATIONAL_CONTROL;

    @Column(name = "boundary_note")
    public String boundaryNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "gwp_set")
    public GwpSet gwpSet = GwpSet.AR6;

    @Column(name = "methods_note")
    public String methodsNote;

    @Column(name = "factor_set_id")
    public UUID factorSetId;

    @Column(name = "biogenic_co2_t")
    public BigDecimal biogenicCo2T;

    public Integer employees;

    @Column(name = "floor_area_m2")
    public BigDecimal floorAreaM2;

    @Column(name = "revenue_mnok")
    public BigDecimal revenueMnok;

    @Column(name = "return_comment")
    public String returnComment;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    /** Created by the demo loader: its figures are synthetic. */
    public boolean demo;

    @ElementCollection
    @CollectionTable(name = "report_scope3_notation", joinColumns = @JoinColumn(name = "report_id"))
    public List<ReportNotation> scope3Notations = new ArrayList<>();

    /** Marks a change of the report's content or state; makes the version (ETag) move even if only lines changed. */
    void touch(Instant now) {
        updatedAt = now;
    }
}
