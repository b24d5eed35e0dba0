package no.klimanett.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** The approved content of a report, kept unchanged when the report is reopened. Never updated or deleted. */
@Entity
@Table(name = "report_revision")
public class ReportRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public int revision;

    /** The {@link ReportView} as JSON. */
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    public String snapshot;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopened_by")
    public String reopenedBy;

    @Column(name = "reopen_reason")
    public String reopenReason;
}
