package no.klimanett.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in a commitment's status history; appended, never changed. The first step has no fromStatus. */
@Entity
@Table(name = "commitment_status_change")
public class CommitmentStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CommitmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CommitmentStatus toStatus;

    public String comment;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    static List<CommitmentStatusChange> of(UUID commitmentId) {
        return list("commitmentId = ?1 order by changedAt, id", commitmentId);
    }
}
