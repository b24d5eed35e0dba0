package no.klimanett.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One group of a year's figures. Only the dimensions grouped by are set (the others are null); in the folded group
 * every one of them is "OTHER" and {@code organisations} is null. scope is "1", "2" or "3" (a string so that it can be OTHER).
 */
@Schema(description = "One group of a year's figures; only the fields grouped by are set, the others are null")
public record GroupFigures(@Schema(nullable = true) String scope, @Schema(nullable = true) String category,
                           @Schema(nullable = true) String sector, @Schema(nullable = true) String organisationId,
                           @Schema(nullable = true) String organisationName, @Schema(nullable = true) Long organisations, BigDecimal scope1T, BigDecimal scope2T, BigDecimal scope12T, BigDecimal scope3T) {

    static GroupFigures of(Map<Dimension, String> key, String organisationName, long organisations, Emissions e) {
        boolean byOrganisation = key.containsKey(Dimension.ORGANISATION);
        return new GroupFigures(key.get(Dimension.SCOPE), key.get(Dimension.CATEGORY), key.get(Dimension.SECTOR),
                key.get(Dimension.ORGANISATION), byOrganisation ? organisationName : null, organisations,
                e.scope1(), e.scope2(), e.scope12(), e.scope3());
    }

    static GroupFigures other(List<Dimension> dimensions, Emissions e) {
        String other = Disclosure.OTHER;
        return new GroupFigures(dimensions.contains(Dimension.SCOPE) ? other : null,
                dimensions.contains(Dimension.CATEGORY) ? other : null, dimensions.contains(Dimension.SECTOR) ? other : null,
                dimensions.contains(Dimension.ORGANISATION) ? other : null, null, null,
                e.scope1(), e.scope2(), e.scope12(), e.scope3());
    }
}
