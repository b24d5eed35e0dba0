package no.klimanett.membership;

import no.klimanett.common.Years;
import no.klimanett.common.FieldCode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.AuditLog;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.Filters;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Preconditions;
import no.klimanett.common.Problem;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.common.Versioned;
import no.klimanett.network.NetworkService;
import no.klimanett.organisation.OrganisationService;
import no.klimanett.organisation.OrganisationSummary;

@ApplicationScoped
public class MembershipService {

    static final String ENTITY = "membership";

    /** Stands for "no end" in period comparisons. */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    NetworkService networks;

    @Inject
    OrganisationService organisations;

    @Inject
    java.time.Clock clock;

    @Inject
    Event<MembershipsChanged> changed;

    public record Filter(LocalDate activeOn, MemberRole role) {}

    @Transactional
    public PageResponse<MembershipView> list(UUID networkId, Filter filter, PageRequest page) {
        networks.readable(networkId);
        var filters = new Filters()
                .always("m.networkId = :network", "network", networkId)
                .add("m.role = :role", "role", filter.role())
                .add(Membership.ACTIVE_ON, "day", filter.activeOn());
        var query = Membership.<Membership>find("from Membership m where " + filters.query("m.joinedOn, m.id"), filters.parameters());
        List<Membership> rows = query.page(page.page(), page.size()).list();
        Map<UUID, OrganisationSummary> summaries =
                organisations.summaries(rows.stream().map(m -> m.organisationId).toList());
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(rows.stream().map(m -> view(m, summaries.get(m.organisationId), today)).toList(),
                page, query.count());
    }

    // reading one resource needs no transaction: the SELECTs run in autocommit, without BEGIN/COMMIT round trips
    // and the transaction manager (docs/decisions.md, measured with bench/); inside a writer's transaction it joins
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<MembershipView> get(UUID networkId, UUID membershipId) {
        networks.readable(networkId);
        return versioned(find(networkId, membershipId));
    }

    @Transactional
    public Versioned<MembershipView> create(UUID networkId, @Valid MembershipInput input) {
        access.requireAuthenticated();
        networks.managed(networkId);
        organisations.readable(input.organisationId());
        Membership m = add(networkId, input.organisationId(), new MembershipUpdate(input.role(), input.joinedOn(),
                input.leftOn(), input.agreementReference(), input.agreementSignedOn(), input.periodStart(), input.periodEnd()));
        changed.fire(new MembershipsChanged(networkId, m.joinedOn, m.leftOn));
        return versioned(m);
    }

    /**
     * Adds a membership under the rules of {@link #apply}; the caller has checked that the network is managed and
     * fires {@link MembershipsChanged} once for all it added.
     */
    Membership add(UUID networkId, UUID organisationId, MembershipUpdate terms) {
        Membership m = new Membership();
        m.networkId = networkId;
        m.organisationId = organisationId;
        apply(m, terms);
        m.persist();
        audit.record(access.caller().actor(), ENTITY, m.id, "created",
                Map.of("networkId", networkId.toString(), "organisationId", m.organisationId.toString(),
                        "joinedOn", m.joinedOn.toString()));
        return m;
    }

    @Transactional
    public Versioned<MembershipView> update(UUID networkId, UUID membershipId, String ifMatch, @Valid MembershipUpdate input) {
        access.requireAuthenticated();
        networks.managed(networkId);
        Membership m = find(networkId, membershipId);
        Preconditions.requireIfMatch(ifMatch, m.version);
        LocalDate joinedBefore = m.joinedOn, leftBefore = m.leftOn;
        apply(m, input);
        Map<String, Object> details = new HashMap<>();
        details.put("joinedOn", m.joinedOn.toString());
        details.put("leftOn", m.leftOn == null ? null : m.leftOn.toString());
        details.put("role", m.role.name());
        audit.record(access.caller().actor(), ENTITY, m.id, m.leftOn == null ? "updated" : "updated-left", details);
        Membership.flush();
        changed.fire(MembershipsChanged.spanning(networkId, joinedBefore, leftBefore, m.joinedOn, m.leftOn));
        return versioned(m);
    }

    /** Organisation ids that were members of the network at any time in the year. */
    public List<UUID> membersDuring(UUID networkId, int year) {
        return Membership.<Membership>find("from Membership m where m.networkId = :network and " + Membership.DURING_YEAR,
                        Parameters.with("network", networkId).and("yearEnd", LocalDate.of(year, 12, 31))
                                .and("yearStart", LocalDate.of(year, 1, 1)))
                .stream().map(m -> m.organisationId).distinct().toList();
    }

    /** Whether the organisation is a member of the network on the day (joined, and not left before it). */
    public boolean isMemberOn(UUID networkId, UUID organisationId, LocalDate day) {
        return Membership.count("from Membership m where m.networkId = :network and m.organisationId = :org and "
                + Membership.ACTIVE_ON, Parameters.with("network", networkId).and("org", organisationId).and("day", day)) > 0;
    }

    private Membership find(UUID networkId, UUID membershipId) {
        Membership m = Membership.findById(membershipId);
        if (m == null || !m.networkId.equals(networkId)) {
            throw ProblemException.notFound("Membership " + membershipId);
        }
        return m;
    }

    private void apply(Membership m, MembershipUpdate input) {
        new FieldErrors()
                .check(input.leftOn() == null || !input.leftOn().isBefore(input.joinedOn()), "leftOn", FieldCode.NOT_BEFORE,
                        "must not be before joinedOn", "other", "joinedOn")
                .check(input.periodEnd() == null || input.periodStart() == null || !input.periodEnd().isBefore(input.periodStart()),
                        "periodEnd", FieldCode.NOT_BEFORE, "must not be before periodStart", "other", "periodStart")
                .check(input.joinedOn().getYear() >= Years.FIRST, "joinedOn", FieldCode.TOO_SMALL,
                        "must be " + Years.FIRST + " or later", "min", Years.FIRST)
                .throwIfAny();
        if (overlaps(m.organisationId, m.networkId, m.id, input.joinedOn(), input.leftOn())) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "joinedOn: the organisation is already a member of this network in this period",
                    List.of(new Problem.FieldError("joinedOn", FieldCode.OVERLAPS, "overlaps another membership of the same organisation")));
        }
        m.role = input.role();
        m.joinedOn = input.joinedOn();
        m.leftOn = input.leftOn();
        m.agreementReference = input.agreementReference();
        m.agreementSignedOn = input.agreementSignedOn();
        m.periodStart = input.periodStart();
        m.periodEnd = input.periodEnd();
    }

    /** Whether another membership of the organisation in the network shares a day with the period. */
    static boolean overlaps(UUID organisationId, UUID networkId, UUID self, LocalDate joinedOn, LocalDate leftOn) {
        return Membership.count("""
                organisationId = ?1 and networkId = ?2 and (?3 is null or id <> ?3)
                and joinedOn <= ?5 and coalesce(leftOn, ?6) >= ?4""",
                organisationId, networkId, self, joinedOn, leftOn == null ? OPEN_END : leftOn, OPEN_END) > 0;
    }

    private Versioned<MembershipView> versioned(Membership m) {
        var summary = organisations.summaries(List.of(m.organisationId)).get(m.organisationId);
        return new Versioned<>(view(m, summary, LocalDate.now(clock)), m.version);
    }

    private static MembershipView view(Membership m, OrganisationSummary org, LocalDate today) {
        return new MembershipView(m.id, m.networkId, org, m.role, m.joinedOn, m.leftOn, m.agreementReference,
                m.agreementSignedOn, m.periodStart, m.periodEnd, m.isActiveOn(today));
    }
}
