package no.klimanett.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.klimanett.common.ProblemException;
import no.klimanett.network.PublicationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What of a network's figures this caller may see (DESIGN "Privacy").
 *
 * <p>FULL (administrators, the network's coordinators and viewers) sees everything. PUBLISHED (everyone else)
 * sees what the network publishes: TOTALS allows breakdowns by scope and category, BY_SECTOR adds sector,
 * BY_ORGANISATION adds organisation. Unless organisations are published, a group of fewer than
 * {@code minGroupSize} organisations is folded into one "OTHER" group; and so that a single folded group cannot be
 * read off as "total minus the rest", OTHER always holds at least two groups (the smallest visible one joins it).
 */
public record Disclosure(View view, PublicationLevel publicationLevel, int minGroupSize) {

    @Schema(name = "DisclosureView")
    public enum View { FULL, PUBLISHED }

    public static final String OTHER = "OTHER";

    @JsonIgnore
    public boolean showsOrganisations() {
        return view == View.FULL || publicationLevel == PublicationLevel.BY_ORGANISATION;
    }

    public void check(List<Dimension> dimensions) {
        if (view == View.FULL) return;
        for (Dimension d : dimensions) {
            boolean allowed = switch (d) {
                case SCOPE, CATEGORY -> true;
                case SECTOR -> publicationLevel != PublicationLevel.TOTALS;
                case ORGANISATION -> publicationLevel == PublicationLevel.BY_ORGANISATION;
            };
            if (!allowed) {
                throw ProblemException.forbidden("The network publishes its figures " + publicationLevel
                        + "; groupBy=" + d.parameterValue() + " needs the network's coordinator or viewer role");
            }
        }
    }

    /** The groups of one year as this caller may see them; sums are unchanged by folding. */
    public List<GroupFigures> fold(List<GroupFigures> groups, List<Dimension> dimensions) {
        if (showsOrganisations()) return groups;
        List<GroupFigures> visible = new ArrayList<>();
        List<GroupFigures> folded = new ArrayList<>();
        for (GroupFigures g : groups) {
            (g.organisations() < minGroupSize ? folded : visible).add(g);
        }
        if (folded.isEmpty()) return groups;
        if (folded.size() == 1 && !visible.isEmpty()) {
            GroupFigures smallest = visible.stream()
                    .min(Comparator.comparingLong(GroupFigures::organisations).thenComparing(GroupFigures::scope12T)).orElseThrow();
            visible.remove(smallest);
            folded.add(smallest);
        }
        BigDecimal s1 = BigDecimal.ZERO, s2 = BigDecimal.ZERO, s3 = BigDecimal.ZERO;
        for (GroupFigures g : folded) {
            s1 = s1.add(g.scope1T());
            s2 = s2.add(g.scope2T());
            s3 = s3.add(g.scope3T());
        }
        visible.add(GroupFigures.other(dimensions, new Emissions(s1, s2, s3, BigDecimal.ZERO)));
        return visible;
    }
}
