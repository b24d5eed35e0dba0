package no.klimanett.site;

import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.AuditLog;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.Preconditions;
import no.klimanett.common.Versioned;

/** The site settings: anyone reads them (the public pages show the contacts), administrators change them. */
@ApplicationScoped
public class SiteSettingsService {

    static final String ENTITY = "site_settings";

    /**
     * RFC 9116 §2.5.5 recommends an Expires less than a year ahead, so that a forgotten file goes stale instead of
     * pointing researchers at an address nobody reads: saving the settings is the review that renews it.
     */
    static final Duration DEFAULT_VALIDITY = Duration.ofDays(364);
    static final Duration MAX_VALIDITY = Duration.ofDays(365);

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Versioned<SiteSettingsView> get() {
        return versioned(settings());
    }

    @Transactional
    public Versioned<SiteSettingsView> update(String ifMatch, @Valid SiteSettingsInput input) {
        access.requireAdmin();
        SiteSettings settings = settings();
        Preconditions.requireIfMatch(ifMatch, settings.version);
        Instant now = clock.instant();
        var errors = new FieldErrors();
        String privacy = contact(input.privacyContact(), "privacyContact", errors);
        String accessibility = contact(input.accessibilityContact(), "accessibilityContact", errors);
        String security = contact(input.securityContact(), "securityContact", errors);
        if (input.securityTxtExpires() != null) {
            errors.check(input.securityTxtExpires().isAfter(now), "securityTxtExpires", FieldCode.TOO_SMALL,
                    "must be in the future", "min", now.toString());
            errors.check(!input.securityTxtExpires().isAfter(now.plus(MAX_VALIDITY)), "securityTxtExpires", FieldCode.TOO_LARGE,
                    "must be at most one year ahead (RFC 9116)", "max", now.plus(MAX_VALIDITY).toString());
        }
        errors.throwIfAny();

        settings.operatorName = blankToNull(input.operatorName());
        settings.country = input.country();
        settings.privacyContact = privacy;
        settings.accessibilityContact = accessibility;
        settings.securityContact = security;
        settings.securityTxtExpires = input.securityTxtExpires();
        // saving is a review even when nothing changed: it must renew the default expiry of security.txt
        settings.updatedAt = now;
        Map<String, Object> details = new HashMap<>();
        details.put("operatorName", settings.operatorName);
        details.put("country", settings.country);
        details.put("privacyContact", settings.privacyContact);
        details.put("accessibilityContact", settings.accessibilityContact);
        details.put("securityContact", settings.securityContact);
        details.put("securityTxtExpires", settings.securityTxtExpires);
        audit.record(access.caller().actor(), ENTITY, settings.id, "updated", details);
        SiteSettings.flush();
        return versioned(settings);
    }

    /** When security.txt expires as long as it is published, or null while no security contact is set. */
    private static Instant effectiveExpiry(SiteSettings settings) {
        if (settings.securityContact == null) return null;
        return settings.securityTxtExpires != null ? settings.securityTxtExpires : settings.updatedAt.plus(DEFAULT_VALIDITY);
    }

    private static SiteSettings settings() {
        SiteSettings settings = SiteSettings.findById(SiteSettings.ID);
        if (settings == null) throw new IllegalStateException("site_settings has no row; migration V8 inserts it");
        return settings;
    }

    private static Versioned<SiteSettingsView> versioned(SiteSettings s) {
        return new Versioned<>(new SiteSettingsView(s.operatorName, s.country, s.privacyContact, s.accessibilityContact,
                s.securityContact, s.securityTxtExpires, effectiveExpiry(s), s.updatedAt), s.version);
    }

    /** An e-mail address or an https URL (what RFC 9116's Contact and a mail link can both use), trimmed; blank is unset. */
    static String contact(String value, String field, FieldErrors errors) {
        String v = blankToNull(value);
        if (v == null) return null;
        if (EMAIL.matcher(v).matches() && !v.contains(":") && !v.contains("/")) return v;
        try {
            URI uri = new URI(v);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && !v.chars().anyMatch(Character::isWhitespace)) {
                return v;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.add(field, FieldCode.INVALID_FORMAT, "must be an e-mail address or an https:// URL", "format", "contact");
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
