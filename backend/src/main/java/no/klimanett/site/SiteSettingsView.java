package no.klimanett.site;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who runs this deployment and whom to contact; shown on the accessibility statement, the privacy "
        + "notice and in /.well-known/security.txt. Fields nobody has set yet are null. `country`: whose accessibility "
        + "supervisor and data protection authority apply. `securityTxtExpires`: the expiry an administrator chose for "
        + "security.txt (null: one year less a day after the settings were last saved); `securityTxtExpiresEffective`: the "
        + "Expires that security.txt states now, null while it is not published.")
public record SiteSettingsView(
        @Schema(nullable = true, description = "The organisation that runs this deployment: the data controller")
        String operatorName,
        @Schema(nullable = true) Jurisdiction country,
        @Schema(nullable = true, description = "E-mail address or https URL for requests about personal data")
        String privacyContact,
        @Schema(nullable = true, description = "E-mail address or https URL for accessibility feedback")
        String accessibilityContact,
        @Schema(nullable = true, description = "E-mail address or https URL for reporting vulnerabilities; security.txt is "
                + "published only when it is set")
        String securityContact,
        @Schema(nullable = true) Instant securityTxtExpires,
        @Schema(nullable = true) Instant securityTxtExpiresEffective,
        Instant updatedAt) {}
