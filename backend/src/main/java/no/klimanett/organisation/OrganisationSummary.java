package no.klimanett.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** The short form of an organisation that other features embed (member lists, review queues). */
public record OrganisationSummary(UUID id, String name, String country, Sector sector, @Schema(nullable = true) Integer employeeCount, boolean demo) {}
