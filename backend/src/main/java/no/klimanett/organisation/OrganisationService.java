package no.klimanett.organisation;

import no.klimanett.network.NetworkService;
import no.klimanett.common.FieldCode;
import static no.klimanett.common.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.AuditLog;
import no.klimanett.common.Filters;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Preconditions;
import no.klimanett.common.ProblemException;
import no.klimanett.common.Versioned;

@ApplicationScoped
public class OrganisationService {

    static final String ENTITY = "organisation";

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    NetworkService networks;

    public record Filter(String q, String country, Sector sector, UUID networkId) {}

    @Transactional
    public PageResponse<OrganisationView> list(Filter filter, PageRequest page) {
        // a filter that names a network is a read of that network's members: authorised like listMembers
        if (filter.networkId() != null) networks.readable(filter.networkId());
        var filters = new Filters()
                .add("lower(name) like :q escape '\\'", "q", Filters.contains(filter.q()))
                .add("country = :country", "country", filter.country())
                .add("sector = :sector", "sector", filter.sector())
                .add("id in (select m.organisationId from Membership m where m.networkId = :networkId)", "networkId",
                        filter.networkId());
        if (!access.canReadAllOrganisations()) {
            // members of networks the caller may read, and the caller's own organisations
            filters.always("""
                    (id in (:own) or id in (select m.organisationId from Membership m, Network n
                     where n.id = m.networkId and (n.visibility = 'PUBLIC' or n.id in (:readable))))""", "own",
                    Filters.idsOrNone(access.caller().reporterFor()));
            filters.parameters().and("readable", Filters.idsOrNone(access.readableNonPublicNetworks()));
        }
        var query = Organisation.<Organisation>find(filters.query("lower(name), id"), filters.parameters());
        List<OrganisationView> items = query.page(page.page(), page.size()).stream().map(OrganisationView::of).toList();
        return PageResponse.of(items, page, query.count());
    }

    // reading one resource needs no transaction: the SELECTs run in autocommit, without BEGIN/COMMIT round trips
    // and the transaction manager (docs/decisions.md, measured with bench/); inside a writer's transaction it joins
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<OrganisationView> get(UUID id) {
        return versioned(readable(id));
    }

    /** The organisation if the caller may see it; 404 otherwise, so that ids of others are not revealed. */
    public Organisation readable(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null || !access.canReadOrganisation(id)) {
            throw ProblemException.notFound("Organisation " + id);
        }
        return organisation;
    }

    @Transactional
    public Versioned<OrganisationView> create(@Valid OrganisationInput input) {
        access.requireAuthenticated();
        if (!access.canCreateOrganisation()) {
            throw ProblemException.forbidden("Only administrators and network coordinators register organisations");
        }
        Organisation organisation = new Organisation();
        apply(organisation, input);
        organisation.persist();
        audit.record(access.caller().actor(), ENTITY, organisation.id, "created", Map.of("name", organisation.name));
        return versioned(organisation);
    }

    @Transactional
    public Versioned<OrganisationView> update(UUID id, String ifMatch, @Valid OrganisationInput input) {
        access.requireAuthenticated();
        Organisation organisation = readable(id);
        if (!access.canEditOrganisation(id)) {
            throw ProblemException.forbidden("You may not change this organisation");
        }
        Preconditions.requireIfMatch(ifMatch, organisation.version);
        apply(organisation, input);
        audit.record(access.caller().actor(), ENTITY, organisation.id, "updated", Map.of("name", organisation.name));
        Organisation.flush(); // so the new version (ETag) is in the response
        return versioned(organisation);
    }

    /**
     * An organisation number checked and written canonically, and the organisation already registered with it in
     * the country (null if none); or why the number is invalid. For imports, which match partners by number and
     * must report every bad row rather than stop at the first.
     */
    public record NumberLookup(String canonical, UUID existingId, String error) {}

    @Transactional
    public NumberLookup lookUpNumber(String country, String number) {
        var result = OrganisationNumbers.check(country, number);
        if (result.checked().isEmpty()) {
            return new NumberLookup(null, null, result.error());
        }
        String canonical = result.checked().get().value();
        UUID existing = Organisation.<Organisation>find("country = ?1 and orgNumber = ?2", country, canonical)
                .firstResultOptional().map(o -> o.id).orElse(null);
        return new NumberLookup(canonical, existing, null);
    }

    /**
     * The organisations that are or were members of the network, by {@link #nameKey}: how an import recognises an
     * organisation given without a number. A key that more than one of them shares maps to null (ambiguous).
     */
    public Map<String, UUID> membersByName(UUID networkId) {
        Map<String, UUID> byName = new java.util.HashMap<>();
        Organisation.<Organisation>list("id in (select m.organisationId from Membership m where m.networkId = ?1)", networkId)
                .forEach(o -> byName.merge(nameKey(o.country, o.name), o.id, (a, b) -> null));
        return byName;
    }

    /** Country and name, case and runs of white space ignored: "Stange  kommune" is "stange kommune". */
    public static String nameKey(String country, String name) {
        return country + " " + name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Short descriptions of organisations for other features' views (member lists, review queues). */
    public Map<UUID, OrganisationSummary> summaries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        return Organisation.<Organisation>list("id in ?1", ids).stream().collect(java.util.stream.Collectors.toMap(
                o -> o.id, o -> new OrganisationSummary(o.id, o.name, o.country,
                        o.sector, o.employeeCount, o.demo)));
    }

    private static Versioned<OrganisationView> versioned(Organisation organisation) {
        return new Versioned<>(OrganisationView.of(organisation), organisation.version);
    }

    private void apply(Organisation organisation, OrganisationInput input) {
        organisation.name = input.name().trim();
        organisation.country = input.country();
        organisation.sector = input.sector();
        organisation.naceCode = input.naceCode();
        organisation.municipality = blankToNull(input.municipality());
        organisation.employeeCount = input.employeeCount();
        String number = blankToNull(input.orgNumber());
        if (number == null) {
            organisation.orgNumber = null;
            organisation.orgNumberVerified = false;
        } else {
            var result = OrganisationNumbers.check(input.country(), number);
            var checked = result.checked().orElseThrow(() -> ProblemException.invalid("orgNumber", FieldCode.INVALID_ORG_NUMBER,
                    result.error(), "country", input.country()));
            ensureUnique(organisation.id, input.country(), checked.value());
            organisation.orgNumber = checked.value();
            organisation.orgNumberVerified = checked.verified();
        }
    }

    private static void ensureUnique(UUID self, String country, String number) {
        long clashes = Organisation.count("country = ?1 and orgNumber = ?2 and (?3 is null or id <> ?3)", country, number, self);
        if (clashes > 0) {
            throw new ProblemException(no.klimanett.common.ProblemType.CONFLICT,
                    "orgNumber: an organisation with this number is already registered in " + country,
                    List.of(new no.klimanett.common.Problem.FieldError("orgNumber", FieldCode.ALREADY_EXISTS, "is already registered")));
        }
    }
}
