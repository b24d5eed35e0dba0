package no.klimanett.admin;

import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import no.klimanett.auth.Role;
import no.klimanett.auth.AppUser;
import no.klimanett.auth.Me;
import no.klimanett.auth.RoleGrant;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.auth.Passwords;

/** Accounts of people and their roles; administrators only. */
@ApplicationScoped
public class UserService {

    static final String ENTITY = "app_user";

    /** bcrypt reads at most 72 bytes of a password. */
    private static final int MAX_PASSWORD_BYTES = 72;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Passwords passwords;

    @Inject
    NetworkService networks;

    @Inject
    OrganisationService organisations;

    @Transactional
    public PageResponse<UserView> list(String q, PageRequest page) {
        access.requireAdmin();
        var filters = new Filters().add("(lower(email) like :q escape '\\' or lower(displayName) like :q escape '\\')", "q",
                Filters.contains(q));
        var query = AppUser.<AppUser>find(filters.query("lower(email), id"), filters.parameters());
        return PageResponse.of(query.page(page.page(), page.size()).stream().map(UserView::of).toList(), page, query.count());
    }

    @Transactional
    public Versioned<UserView> get(UUID id) {
        access.requireAdmin();
        return versioned(find(id));
    }

    @Transactional
    public Versioned<UserView> create(@Valid UserInput input) {
        access.requireAdmin();
        String email = input.email().trim();
        new FieldErrors()
                .check(input.password().getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES, "password",
                        FieldCode.TOO_LONG, "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8", "max", MAX_PASSWORD_BYTES)
                .throwIfAny();
        if (AppUser.findByEmail(email).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "email: an account with this address exists",
                    List.of(new Problem.FieldError("email", FieldCode.ALREADY_EXISTS, "is already registered")));
        }
        AppUser user = new AppUser();
        user.email = email;
        user.displayName = input.displayName().trim();
        user.passwordHash = passwords.hash(input.password());
        user.persist();
        AppUser.flush();
        AppUser.getEntityManager().refresh(user); // created_at is set by the database
        audit.record(access.caller().actor(), ENTITY, user.id, "created", Map.of("email", user.email));
        return versioned(user);
    }

    @Transactional
    public Versioned<UserView> update(UUID id, String ifMatch, @Valid UserUpdate input) {
        access.requireAdmin();
        AppUser user = find(id);
        Preconditions.requireIfMatch(ifMatch, user.version);
        if (user.active && !input.active() && isAdmin(user)) {
            requireAnotherAdmin(user);
        }
        user.displayName = input.displayName().trim();
        user.active = input.active();
        audit.record(access.caller().actor(), ENTITY, user.id, "updated",
                Map.of("displayName", user.displayName, "active", user.active));
        AppUser.flush();
        return versioned(user);
    }

    /** Replaces all grants. The user's version moves too, so that two administrators cannot overwrite each other. */
    @Transactional
    public Versioned<UserView> replaceGrants(UUID id, String ifMatch, @Valid GrantsInput input) {
        access.requireAdmin();
        AppUser user = find(id);
        Preconditions.requireIfMatch(ifMatch, user.version);
        Set<Me.Grant> wanted = checkGrants(input.grants());
        if (isAdmin(user) && wanted.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
            requireAnotherAdmin(user);
        }
        // a diff rather than clear-and-add: Hibernate inserts before it deletes, which the unique index would refuse
        user.grants.removeIf(g -> !wanted.contains(new Me.Grant(g.role, g.networkId, g.organisationId)));
        Set<Me.Grant> kept = new HashSet<>(Me.Grant.of(user.grants));
        for (Me.Grant g : wanted) {
            if (!kept.contains(g)) user.grants.add(RoleGrant.of(user, g.role(), g.networkId(), g.organisationId()));
        }
        AppUser.getEntityManager().lock(user, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(access.caller().actor(), ENTITY, user.id, "grants-replaced",
                Map.of("grants", Me.Grant.of(user.grants).stream().map(Me.Grant::toString).toList()));
        AppUser.flush();
        return versioned(user);
    }

    /** COORDINATOR and VIEWER are scoped to a network, REPORTER to an organisation, ADMIN to nothing. */
    private Set<Me.Grant> checkGrants(List<Me.Grant> grants) {
        var errors = new FieldErrors();
        Set<Me.Grant> seen = new HashSet<>();
        List<UUID> organisationIds = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            Me.Grant g = grants.get(i);
            String at = "grants[" + i + "]";
            boolean needsNetwork = g.role() == Role.COORDINATOR || g.role() == Role.VIEWER;
            boolean needsOrganisation = g.role() == Role.REPORTER;
            if (needsNetwork && g.networkId() == null) errors.add(at + ".networkId", FieldCode.REQUIRED, "is required for " + g.role());
            if (!needsNetwork && g.networkId() != null) errors.add(at + ".networkId", FieldCode.NOT_ALLOWED, "does not apply to " + g.role());
            if (needsOrganisation && g.organisationId() == null) errors.add(at + ".organisationId", FieldCode.REQUIRED, "is required for " + g.role());
            if (!needsOrganisation && g.organisationId() != null) {
                errors.add(at + ".organisationId", FieldCode.NOT_ALLOWED, "does not apply to " + g.role());
            }
            if (g.networkId() != null && needsNetwork && !networks.isReadable(g.networkId())) {
                errors.add(at + ".networkId", FieldCode.NOT_FOUND, "no such network");
            }
            if (g.organisationId() != null && needsOrganisation) organisationIds.add(g.organisationId());
            if (!seen.add(g)) errors.add(at, FieldCode.DUPLICATE, "is listed twice");
        }
        Set<UUID> known = organisations.summaries(organisationIds).keySet();
        for (int i = 0; i < grants.size(); i++) {
            UUID org = grants.get(i).organisationId();
            if (org != null && grants.get(i).role() == Role.REPORTER && !known.contains(org)) {
                errors.add("grants[" + i + "].organisationId", FieldCode.NOT_FOUND, "no such organisation");
            }
        }
        errors.throwIfAny();
        return seen;
    }

    /** Nobody may lock everyone out: the last active administrator keeps the role and stays active. */
    private static void requireAnotherAdmin(AppUser user) {
        long others = RoleGrant.count("role = ?1 and user.active = true and user.id <> ?2", Role.ADMIN, user.id);
        if (others == 0) {
            throw ProblemException.conflict("This is the last active administrator; make someone else an administrator first");
        }
    }

    private static boolean isAdmin(AppUser user) {
        return user.grants.stream().anyMatch(g -> g.role == Role.ADMIN);
    }

    private static AppUser find(UUID id) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw ProblemException.notFound("User " + id);
        }
        return user;
    }

    private static Versioned<UserView> versioned(AppUser user) {
        return new Versioned<>(UserView.of(user), user.version);
    }
}
