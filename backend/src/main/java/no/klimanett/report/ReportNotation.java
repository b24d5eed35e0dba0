package no.klimanett.report;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.klimanett.ghg.EmissionCategory;
import no.klimanett.ghg.Notation;

/** A scope-3 category reported with a notation key instead of figures, and why. */
@Embeddable
public class ReportNotation {

    @Enumerated(EnumType.STRING)
    public EmissionCategory category;

    @Enumerated(EnumType.STRING)
    public Notation notation;

    public String reason;

    static ReportNotation of(Scope3Notation n) {
        var entry = new ReportNotation();
        entry.category = n.category();
        entry.notation = n.notation();
        entry.reason = n.reason().trim();
        return entry;
    }
}
