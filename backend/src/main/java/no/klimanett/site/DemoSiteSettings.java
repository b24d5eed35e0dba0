package no.klimanett.site;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With the demo data, the site settings name a demo operator and demo contacts, so that the accessibility statement,
 * the privacy notice and security.txt show what a configured deployment shows. Never in the prod profile, and never
 * over settings an administrator has saved.
 */
@ApplicationScoped
public class DemoSiteSettings {

    private static final Logger LOG = Logger.getLogger(DemoSiteSettings.class);

    @ConfigProperty(name = "klimanett.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled || ConfigUtils.getProfiles().contains("prod")) return;
        if (load()) LOG.info("Demo site settings loaded");
    }

    @Transactional
    boolean load() {
        SiteSettings s = SiteSettings.findById(SiteSettings.ID);
        if (s.version > 0 || s.operatorName != null) return false;
        s.operatorName = "Klimanett demo operator";
        s.country = Jurisdiction.NO;
        s.privacyContact = "personvern@demo.klimanett.no";
        s.accessibilityContact = "tilgjengelighet@demo.klimanett.no";
        s.securityContact = "security@demo.klimanett.no";
        return true;
    }
}
