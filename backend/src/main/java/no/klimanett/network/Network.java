package no.klimanett.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import no.klimanett.common.TrackedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A climate partnership network, possibly under an umbrella network (its parent). */
@Entity
@Table(name = "network")
public class Network extends TrackedEntity {

    public String slug;

    public String name;

    public String country;

    public String region;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    public String description;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    public Visibility visibility = Visibility.PUBLIC;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_level")
    public PublicationLevel publicationLevel = PublicationLevel.BY_SECTOR;

    @Column(name = "min_group_size")
    public int minGroupSize = 3;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "default_languages", columnDefinition = "text[]")
    public String[] defaultLanguages = {"en"};

    public boolean demo;

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
