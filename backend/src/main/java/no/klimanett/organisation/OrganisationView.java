package no.klimanett.organisation;

import java.time.Instant;
import java.util.UUID;

public record OrganisationView(
        UUID id,
        String name,
        String country,
        String orgNumber,
        boolean orgNumberVerified,
        Sector sector,
        String naceCode,
        String municipality,
        Integer employeeCount,
        boolean demo,
        Instant createdAt,
        Instant updatedAt) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.country, o.orgNumber, o.orgNumberVerified, o.sector, o.naceCode,
                o.municipality, o.employeeCount, o.demo, o.createdAt, o.updatedAt);
    }
}
