package no.klimanett.commitment;

import no.klimanett.organisation.OrganisationService;
import no.klimanett.common.FieldCode;
import static no.klimanett.common.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.AuditLog;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.Filters;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Preconditions;
import no.klimanett.common.ProblemException;
import no.klimanett.common.Versioned;
import no.klimanett.common.Years;
import no.klimanett.membership.MembershipService;
import no.klimanett.network.NetworkService;

@ApplicationScoped
public class CommitmentService {

    static final String ENTITY = "commitment";

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    NetworkService networks;

    @Inject
    MembershipService memberships;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    public record Filter(UUID networkId, UUID organisationId, CommitmentStatus status, TargetType targetType) {}

    @Transactional
    public PageResponse<CommitmentView> list(Filter filter, PageRequest page) {
        // filters that name a network or an organisation are authorised like reading it
        if (filter.networkId() != null) networks.readable(filter.networkId());
        if (filter.organisationId() != null) organisations.readable(filter.organisationId());
        var filters = new Filters()
                .add("networkId = :networkId", "networkId", filter.networkId())
                .add("organisationId = :organisationId", "organisationId", filter.organisationId())
                .add("status = :status", "status", filter.status())
                .add("targetType = :targetType", "targetType", filter.targetType());
        if (!access.caller().admin()) {
            filters.always("(networkId in (select n.id from Network n where n.visibility = 'PUBLIC') or networkId in (:readable))",
                    "readable", Filters.idsOrNone(access.readableNonPublicNetworks()));
        }
        var query = Commitment.<Commitment>find(filters.query("createdAt, id"), filters.parameters());
        List<CommitmentView> items = query.page(page.page(), page.size()).stream().map(c -> CommitmentView.of(c, null)).toList();
        return PageResponse.of(items, page, query.count());
    }

    // reading one resource needs no transaction: the SELECTs run in autocommit, without BEGIN/COMMIT round trips
    // and the transaction manager (docs/decisions.md, measured with bench/); inside a writer's transaction it joins
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<CommitmentView> get(UUID id) {
        return versioned(readable(id));
    }

    @Transactional
    public Versioned<CommitmentView> create(@Valid CommitmentInput input) {
        access.requireAuthenticated();
        if (!networks.isReadable(input.networkId())) {
            throw ProblemException.invalid("networkId", FieldCode.NOT_FOUND, "no such network");
        }
        if (!access.canEditCommitment(input.networkId(), input.organisationId())) {
            throw ProblemException.forbidden(input.organisationId() == null
                    ? "Only the network's coordinators set the network's own targets"
                    : "Only the organisation's reporters and the network's coordinators record its commitments");
        }
        if (input.organisationId() != null
                && !memberships.isMemberOn(input.networkId(), input.organisationId(), LocalDate.now(clock))) {
            throw ProblemException.invalid("organisationId", FieldCode.NOT_FOUND, "is not a member of this network");
        }
        CommitmentRules.check(input, Years.current(clock));
        Commitment c = new Commitment();
        c.networkId = input.networkId();
        c.organisationId = input.organisationId();
        apply(c, input);
        c.persist();
        recordStatus(c, null, input.statusComment());
        audit.record(access.caller().actor(), ENTITY, c.id, "created", details(c));
        return versioned(c);
    }

    @Transactional
    public Versioned<CommitmentView> update(UUID id, String ifMatch, @Valid CommitmentInput input) {
        access.requireAuthenticated();
        Commitment c = readable(id);
        if (!access.canEditCommitment(c.networkId, c.organisationId)) {
            throw ProblemException.forbidden("You may not change this commitment");
        }
        Preconditions.requireIfMatch(ifMatch, c.version);
        boolean statusChanges = c.status != input.status();
        // moving a commitment to another owner would move it past the access rules it was created under
        new FieldErrors()
                .check(c.networkId.equals(input.networkId()), "networkId", FieldCode.NOT_ALLOWED,
                        "cannot be changed; record a new commitment")
                .check(Objects.equals(c.organisationId, input.organisationId()), "organisationId", FieldCode.NOT_ALLOWED,
                        "cannot be changed; record a new commitment")
                .check(input.statusComment() == null || input.statusComment().isBlank() || statusChanges, "statusComment",
                        FieldCode.NOT_ALLOWED, "is recorded only with a change of status")
                .throwIfAny();
        CommitmentRules.check(input, Years.current(clock));
        CommitmentStatus previous = c.status;
        apply(c, input);
        if (statusChanges) {
            recordStatus(c, previous, input.statusComment());
        }
        audit.record(access.caller().actor(), ENTITY, c.id, statusChanges ? "updated-status" : "updated", details(c));
        Commitment.flush(); // so the new version (ETag) is in the response
        return versioned(c);
    }

    /** The commitment if the caller may read its network; 404 otherwise, so that ids of others are not revealed. */
    private Commitment readable(UUID id) {
        Commitment c = Commitment.findById(id);
        if (c == null || !networks.isReadable(c.networkId)) {
            throw ProblemException.notFound("Commitment " + id);
        }
        return c;
    }

    private void recordStatus(Commitment c, CommitmentStatus from, String comment) {
        var change = new CommitmentStatusChange();
        change.commitmentId = c.id;
        change.fromStatus = from;
        change.toStatus = c.status;
        change.comment = blankToNull(comment);
        change.changedAt = clock.instant();
        change.changedBy = access.caller().actor();
        change.persist();
    }

    private static void apply(Commitment c, CommitmentInput in) {
        c.title = in.title().trim();
        c.description = blankToNull(in.description());
        c.targetType = in.targetType();
        c.intensityMetric = in.intensityMetric();
        c.scope1CoveragePct = in.scopeCoverage() == null ? null : percent(in.scopeCoverage().scope1Pct());
        c.scope2CoveragePct = in.scopeCoverage() == null ? null : percent(in.scopeCoverage().scope2Pct());
        c.scope3CoveragePct = in.scopeCoverage() == null ? null : percent(in.scopeCoverage().scope3Pct());
        c.baseYear = in.baseYear();
        c.baseYearEmissionsT = tonnes(in.baseYearEmissionsT());
        c.targetYear = in.targetYear();
        c.reductionPct = percent(in.reductionPct());
        c.targetLevelT = tonnes(in.targetLevelT());
        c.actionCategory = blankToNull(in.actionCategory());
        c.dueOn = in.dueOn();
        c.status = in.status();
    }

    /** The scales of the columns, so that the answer to a write shows the figures exactly as a later read will. */
    private static BigDecimal tonnes(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Map<String, Object> details(Commitment c) {
        Map<String, Object> details = new HashMap<>();
        details.put("networkId", c.networkId.toString());
        details.put("organisationId", c.organisationId == null ? null : c.organisationId.toString());
        details.put("targetType", c.targetType.name());
        details.put("status", c.status.name());
        return details;
    }

    private static Versioned<CommitmentView> versioned(Commitment c) {
        var history = CommitmentStatusChange.of(c.id).stream().map(CommitmentView.StatusChange::of).toList();
        return new Versioned<>(CommitmentView.of(c, history), c.version);
    }
}
