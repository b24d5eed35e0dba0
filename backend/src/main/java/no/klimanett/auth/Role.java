package no.klimanett.auth;

/** Roles granted to people. API clients are not people: they hold {@link ClientScope}s instead. */
public enum Role {
    /** Everything, everywhere. */
    ADMIN,
    /** Runs a network's secretariat: members, review and approval, targets. */
    COORDINATOR,
    /** Reads everything of one network, changes nothing. */
    VIEWER,
    /** Fills in the yearly account and commitments of one organisation. */
    REPORTER
}
