package no.klimanett.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.klimanett.common.TrackedEntity;

/** The one row of site settings (created by the migration, never inserted or deleted by the service). */
@Entity
@Table(name = "site_settings")
public class SiteSettings extends TrackedEntity {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Column(name = "operator_name")
    public String operatorName;

    @Enumerated(EnumType.STRING)
    public Jurisdiction country;

    @Column(name = "privacy_contact")
    public String privacyContact;

    @Column(name = "accessibility_contact")
    public String accessibilityContact;

    @Column(name = "security_contact")
    public String securityContact;

    @Column(name = "security_txt_expires")
    public Instant securityTxtExpires;
}
