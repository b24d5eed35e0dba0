package no.klimanett.testing;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.klimanett.auth.ApiClient;
import no.klimanett.auth.AppUser;
import no.klimanett.auth.CallerContext;
import no.klimanett.auth.Role;
import no.klimanett.auth.RoleGrant;
import no.klimanett.membership.MemberRole;
import no.klimanett.membership.Membership;
import no.klimanett.membership.MembershipsChanged;
import no.klimanett.network.Network;
import no.klimanett.network.Visibility;
import no.klimanett.organisation.Organisation;
import no.klimanett.organisation.Sector;

/**
 * Small builders for test data, written straight to the database. Each test makes what it needs with
 * unique names, so tests do not depend on each other or on shared fixtures.
 */
@ApplicationScoped
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    Event<MembershipsChanged> membershipsChanged;

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    @Transactional
    public Network network(Visibility visibility) {
        return network(visibility, null);
    }

    @Transactional
    public Network network(Visibility visibility, UUID parentId) {
        Network n = new Network();
        n.slug = unique("net").toLowerCase();
        n.name = "Network " + n.slug;
        n.country = "NO";
        n.visibility = visibility;
        n.parentId = parentId;
        n.persist();
        return n;
    }

    @Transactional
    public Organisation organisation(Sector sector, Integer employees) {
        Organisation o = new Organisation();
        o.name = unique("Org");
        o.country = "NO";
        o.sector = sector;
        o.employeeCount = employees;
        o.persist();
        return o;
    }

    @Transactional
    public Organisation organisation() {
        return organisation(Sector.PRIVATE, 50);
    }

    @Transactional
    public Membership member(UUID networkId, UUID organisationId, LocalDate joined, LocalDate left) {
        Membership m = new Membership();
        m.networkId = networkId;
        m.organisationId = organisationId;
        m.role = MemberRole.PARTNER;
        m.joinedOn = joined;
        m.leftOn = left;
        m.persist();
        // as MembershipService does, so that figures already materialised for the network see the new member
        membershipsChanged.fire(new MembershipsChanged(networkId, joined, left));
        return m;
    }

    @Transactional
    public AppUser user(Role role, UUID scopeId) {
        AppUser u = new AppUser();
        u.email = unique("user") + "@test.klimanett.no";
        u.displayName = "Test " + role;
        u.passwordHash = "$2a$04$invalidinvalidinvalidinvalidinvalidinvalidinvalidinvali";
        u.persist();
        if (role != null) {
            u.grants.add(RoleGrant.of(u, role, role == Role.COORDINATOR || role == Role.VIEWER ? scopeId : null,
                    role == Role.REPORTER ? scopeId : null));
        }
        return u;
    }

    @jakarta.inject.Inject
    no.klimanett.auth.Passwords passwords;

    @Transactional
    public AppUser userWithPassword(Role role, UUID scopeId, String password) {
        AppUser u = user(role, scopeId);
        AppUser managed = AppUser.findById(u.id);
        managed.passwordHash = passwords.hash(password);
        return managed;
    }

    @Transactional
    public ApiClient clientWithSecret(Set<String> scopes, Set<UUID> networks, String secret) {
        ApiClient c = client(scopes, networks);
        ApiClient managed = ApiClient.findById(c.id);
        managed.secretHash = passwords.hash(secret);
        return managed;
    }

    @Transactional
    public ApiClient client(Set<String> scopes, Set<UUID> networks) {
        ApiClient c = new ApiClient();
        c.clientId = unique("client");
        c.name = "Test client";
        c.secretHash = "$2a$04$invalidinvalidinvalidinvalidinvalidinvalidinvalidinvali";
        c.scopes = scopes.toArray(String[]::new);
        c.networkIds.addAll(networks);
        c.persist();
        return c;
    }

    /** Makes the given administrator the only active one, to exercise the last-administrator guard. */
    @Transactional
    public void deactivateAdminsOtherThan(UUID userId) {
        AppUser.update("active = false where id <> ?1 and id in (select g.user.id from RoleGrant g where g.role = ?2)",
                userId, Role.ADMIN);
    }

    /** A token as the service itself would issue it (same key, issuer and audience). */
    public static String token(AppUser user) {
        return Jwt.subject(user.id.toString()).upn(user.email).claim(CallerContext.CLAIM_KIND, CallerContext.KIND_USER)
                .groups(Set.of("user")).expiresIn(600).sign();
    }

    public static String token(ApiClient client) {
        return Jwt.subject(client.clientId).claim(CallerContext.CLAIM_KIND, CallerContext.KIND_CLIENT)
                .groups(Set.of("client")).expiresIn(600).sign();
    }

    public String adminToken() {
        return token(user(Role.ADMIN, null));
    }

    public String tokenFor(Role role, UUID scopeId) {
        return token(user(role, scopeId));
    }
}
