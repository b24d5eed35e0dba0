package no.klimanett.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

public record OrganisationView(
        UUID id,
        String name,
        String country,
        @Schema(nullable = true) String orgNumber,
        boolean orgNumberVerified,
        Sector sector,
        @Schema(nullable = true) String naceCode,
        @Schema(nullable = true) String municipality,
        @Schema(nullable = true) Integer employeeCount,
        boolean demo,
        Instant createdAt,
        Instant updatedAt) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.country, o.orgNumber, o.orgNumberVerified, o.sector, o.naceCode,
                o.municipality, o.employeeCount, o.demo, o.createdAt, o.updatedAt);
    }
}
