package no.klimanett.site;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Replaces all settings; a field left out or blank is unset. Contacts are an e-mail address or an https URL. */
@Schema(description = "Replaces all settings; a field left out or blank is unset. Contacts: an e-mail address or an https URL. "
        + "`securityTxtExpires`: in the future and at most one year ahead (RFC 9116 §2.5.5).")
public record SiteSettingsInput(
        @Schema(nullable = true) @Size(max = 200) String operatorName,
        @Schema(nullable = true) Jurisdiction country,
        @Schema(nullable = true) @Size(max = 320) String privacyContact,
        @Schema(nullable = true) @Size(max = 320) String accessibilityContact,
        @Schema(nullable = true) @Size(max = 320) String securityContact,
        Instant securityTxtExpires) {}
