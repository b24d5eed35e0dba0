package no.klimanett.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A role of a person, scoped to a network (coordinator, viewer) or an organisation (reporter). */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "network_id")
    public UUID networkId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public static RoleGrant of(AppUser user, Role role, UUID networkId, UUID organisationId) {
        var grant = new RoleGrant();
        grant.user = user;
        grant.role = role;
        grant.networkId = networkId;
        grant.organisationId = organisationId;
        return grant;
    }
}
