package no.klimanett.demo;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Synthetic yearly accounts for the demo organisations (flagged demo). Filled in once the report
 * workflow exists; kept apart so the loader of networks and people does not depend on it.
 */
@ApplicationScoped
public class DemoReports {

    void load() {
        // reports and commitments follow with the report feature
    }
}
