package no.klimanett.organisation;

import java.util.UUID;

/** The short form of an organisation that other features embed (member lists, review queues). */
public record OrganisationSummary(UUID id, String name, String country, Sector sector, Integer employeeCount, boolean demo) {}
