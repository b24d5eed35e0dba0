package no.klimanett.membership;

import no.klimanett.common.Years;
import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.Csv;
import no.klimanett.common.FieldErrors;
import no.klimanett.network.NetworkService;
import no.klimanett.organisation.OrganisationInput;
import no.klimanett.organisation.OrganisationService;
import no.klimanett.organisation.Sector;

/**
 * Imports a network's members from CSV (format rules in {@link Csv}): columns name, country, orgNumber, sector,
 * naceCode, municipality, employeeCount, role, joinedOn, in any order; name, country, sector and joinedOn are
 * required, role defaults to PARTNER. Every row is checked before anything is written, and the whole import is
 * one transaction: one bad row and nothing is written, with every bad field named {@code rows[i].field} (the
 * i-th data row, from 0) and the line of the file.
 */
@ApplicationScoped
public class MemberImportService {

    /** Far above the largest networks (Klimapartnere: 215+), small enough to check and write in one request. */
    static final int MAX_ROWS = 5000;

    /** A file full of mistakes is answered with the first ones, not with thousands. */
    private static final int MAX_ERRORS = 200;

    private static final List<String> COLUMNS = List.of("name", "country", "orgNumber", "sector", "naceCode",
            "municipality", "employeeCount", "role", "joinedOn");

    private static final List<String> REQUIRED = List.of("name", "country", "sector", "joinedOn");

    @Inject
    AccessPolicy access;

    @Inject
    NetworkService networks;

    @Inject
    OrganisationService organisations;

    @Inject
    MembershipService memberships;

    @Inject
    Validator validator;

    @Inject
    Event<MembershipsChanged> changed;

    /** A row ready to be written: the organisation to create (or the one matched), and the membership terms. */
    private record Member(OrganisationInput organisation, UUID existingId, MemberRole role, LocalDate joinedOn) {}

    @Transactional
    public MemberImportResult importCsv(UUID networkId, String body) {
        access.requireAuthenticated();
        networks.managed(networkId);
        Csv.Sheet table = Csv.read(body, COLUMNS, REQUIRED, MAX_ROWS, "rows");
        var errors = new FieldErrors();
        Map<String, Integer> rowOfOrganisation = new HashMap<>();
        Map<String, UUID> membersByName = organisations.membersByName(networkId);
        List<Member> members = new ArrayList<>(table.rows().size());
        for (int i = 0; i < table.rows().size(); i++) {
            members.add(new RowReader(table, table.rows().get(i), i, errors).read(rowOfOrganisation, membersByName));
        }
        errors.throwIfAny(MAX_ERRORS);

        int created = 0;
        int matched = 0;
        int added = 0;
        int already = 0;
        LocalDate earliestAdded = null;
        for (Member member : members) {
            UUID organisationId = member.existingId();
            if (organisationId == null) {
                organisationId = organisations.create(member.organisation()).body().id();
                created++;
            } else {
                matched++;
            }
            if (MembershipService.overlaps(organisationId, networkId, null, member.joinedOn(), null)) {
                already++;
            } else {
                memberships.add(networkId, organisationId,
                        new MembershipUpdate(member.role(), member.joinedOn(), null, null, null, null, null));
                added++;
                if (earliestAdded == null || member.joinedOn().isBefore(earliestAdded)) earliestAdded = member.joinedOn();
            }
        }
        // one event for the whole import: the figures of the network are recomputed once, not once per row
        if (earliestAdded != null) changed.fire(new MembershipsChanged(networkId, earliestAdded, null));
        return new MemberImportResult(members.size(), created, matched, added, already);
    }

    /** Reads one row, noting every unreadable or invalid field. */
    private final class RowReader extends Csv.RowReader {
        private final int index;

        RowReader(Csv.Sheet table, Csv.Row row, int index, FieldErrors errors) {
            super(table, row, "rows[" + index + "].", errors);
            this.index = index;
        }

        /**
         * @param rowOfOrganisation the first row of each organisation seen so far in the file
         * @param membersByName     the network's members, past and present, for rows without a number
         */
        Member read(Map<String, Integer> rowOfOrganisation, Map<String, UUID> membersByName) {
            String country = text("country");
            var organisation = new OrganisationInput(text("name"),
                    country == null ? null : country.toUpperCase(Locale.ROOT), text("orgNumber"),
                    enumValue("sector", Sector.class), text("naceCode"), text("municipality"),
                    employeeCount());
            MemberRole role = text("role") == null ? MemberRole.PARTNER : enumValue("role", MemberRole.class);
            LocalDate joinedOn = joinedOn();
            for (ConstraintViolation<OrganisationInput> v : validator.validate(organisation)) {
                error(v.getPropertyPath().toString(), v);
            }
            UUID existing = null;
            if (organisation.orgNumber() != null && !hasErrors()) {
                var lookup = organisations.lookUpNumber(organisation.country(), organisation.orgNumber());
                if (lookup.error() != null) {
                    error("orgNumber", FieldCode.INVALID_ORG_NUMBER, lookup.error(), "country", organisation.country());
                } else {
                    existing = lookup.existingId();
                    Integer first = rowOfOrganisation.putIfAbsent("number " + organisation.country() + " " + lookup.canonical(), index);
                    if (first != null) {
                        error("orgNumber", FieldCode.DUPLICATE, "is the same organisation as rows[" + first + "]",
                                "other", "rows[" + first + "].orgNumber");
                    }
                }
            } else if (!hasErrors()) {
                // without a number, a name this network already has is that member: re-importing the member list
                // must not create the organisation a second time
                String key = OrganisationService.nameKey(organisation.country(), organisation.name());
                if (membersByName.containsKey(key)) {
                    existing = membersByName.get(key);
                    if (existing == null) {
                        error("name", FieldCode.INCONSISTENT, "is the name of more than one member of this network; give orgNumber",
                                "other", "orgNumber");
                    }
                }
                Integer first = rowOfOrganisation.putIfAbsent("name " + key, index);
                if (first != null) {
                    error("name", FieldCode.DUPLICATE, "is the same organisation as rows[" + first + "]; give orgNumber if they differ",
                            "other", "rows[" + first + "].name");
                }
            }
            return hasErrors() ? null : new Member(organisation, existing, role, joinedOn);
        }

        private <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) return null; // a required one is reported by the constraints
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                error(column, FieldCode.INVALID_VALUE, "must be one of " + allowed, "allowed", allowed);
                return null;
            }
        }

        private Integer employeeCount() {
            String value = number("employeeCount");
            if (value == null) return null;
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                error("employeeCount", FieldCode.WRONG_TYPE, "must be a whole number", "expected", "integer");
                return null;
            }
        }

        private LocalDate joinedOn() {
            String value = text("joinedOn");
            if (value == null) {
                error("joinedOn", FieldCode.REQUIRED, "is required");
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < Years.FIRST) {
                    error("joinedOn", FieldCode.TOO_SMALL, "must be " + Years.FIRST + " or later", "min", Years.FIRST);
                }
                return date;
            } catch (DateTimeParseException e) {
                error("joinedOn", FieldCode.INVALID_FORMAT, "must be a date (YYYY-MM-DD)", "format", "date");
                return null;
            }
        }
    }
}
