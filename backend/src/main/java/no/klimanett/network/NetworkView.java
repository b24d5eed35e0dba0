package no.klimanett.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record NetworkView(
        UUID id,
        String slug,
        String name,
        String country,
        @Schema(nullable = true) String region,
        @Schema(nullable = true) LocalDate foundedOn,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) UUID parentId,
        Visibility visibility,
        PublicationLevel publicationLevel,
        int minGroupSize,
        List<String> defaultLanguages,
        boolean demo,
        Instant createdAt,
        Instant updatedAt) {

    static NetworkView of(Network n) {
        return new NetworkView(n.id, n.slug, n.name, n.country, n.region, n.foundedOn, n.description, n.parentId,
                n.visibility, n.publicationLevel, n.minGroupSize, List.of(n.defaultLanguages), n.demo, n.createdAt,
                n.updatedAt);
    }
}
