package no.klimanett.network;

import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.common.AuditLog;
import no.klimanett.common.Filters;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Preconditions;
import no.klimanett.common.Problem;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.common.Versioned;

@ApplicationScoped
public class NetworkService {

    static final String ENTITY = "network";

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Event<NetworkMoved> moved;

    public record Filter(String q, String country, UUID parentId, String slug) {}

    @Transactional
    public PageResponse<NetworkView> list(Filter filter, PageRequest page) {
        // listing an umbrella's children reads the umbrella: a members-only one is unknown to outsiders (404)
        if (filter.parentId() != null) readable(filter.parentId());
        var filters = new Filters()
                .add("lower(name) like :q escape '\\'", "q", Filters.contains(filter.q()))
                .add("country = :country", "country", filter.country())
                .add("parentId = :parentId", "parentId", filter.parentId())
                .add("slug = :slug", "slug", filter.slug());
        if (!access.caller().admin()) {
            filters.always("(visibility = 'PUBLIC' or id in (:readable))", "readable",
                    Filters.idsOrNone(access.readableNonPublicNetworks()));
        }
        var query = Network.<Network>find(filters.query("name, id"), filters.parameters());
        return PageResponse.of(query.page(page.page(), page.size()).stream().map(NetworkView::of).toList(), page, query.count());
    }

    // reading one resource needs no transaction: the SELECTs run in autocommit, without BEGIN/COMMIT round trips
    // and the transaction manager (docs/decisions.md, measured with bench/); inside a writer's transaction it joins
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<NetworkView> get(UUID id) {
        Network network = readable(id);
        return new Versioned<>(NetworkView.of(network), network.version);
    }

    /** The network if the caller may read it; 404 otherwise (members-only networks stay invisible). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Network readable(UUID id) {
        Network network = Network.findById(id);
        if (network == null || !access.canReadNetwork(id, network.isPublic())) {
            throw ProblemException.notFound("Network " + id);
        }
        return network;
    }

    /** Whether the network exists and the caller may read it; for other features' checks that must not throw. */
    public boolean isReadable(UUID id) {
        Network network = Network.findById(id);
        return network != null && access.canReadNetwork(id, network.isPublic());
    }

    /** The network if the caller coordinates it; 404 if they cannot even read it, 403 if they only read it. */
    @Transactional
    public Network managed(UUID id) {
        Network network = readable(id);
        if (!access.canManageNetwork(id)) {
            throw ProblemException.forbidden("Only the network's coordinators may change it");
        }
        return network;
    }

    @Transactional
    public Versioned<NetworkView> create(@Valid NetworkInput input) {
        access.requireAuthenticated();
        if (!access.caller().admin()) {
            throw ProblemException.forbidden("Only administrators create networks");
        }
        Network network = new Network();
        apply(network, input);
        network.persist();
        audit.record(access.caller().actor(), ENTITY, network.id, "created", Map.of("slug", network.slug));
        return new Versioned<>(NetworkView.of(network), network.version);
    }

    @Transactional
    public Versioned<NetworkView> update(UUID id, String ifMatch, @Valid NetworkInput input) {
        access.requireAuthenticated();
        Network network = managed(id);
        Preconditions.requireIfMatch(ifMatch, network.version);
        if (!Objects.equals(network.parentId, input.parentId()) && !access.caller().admin()) {
            throw ProblemException.forbidden("Only administrators move a network under another umbrella (parentId)");
        }
        UUID oldParent = network.parentId;
        apply(network, input);
        audit.record(access.caller().actor(), ENTITY, network.id, "updated", Map.of("slug", network.slug));
        Network.flush();
        if (!Objects.equals(oldParent, network.parentId)) moved.fire(new NetworkMoved(network.id, oldParent, network.parentId));
        return new Versioned<>(NetworkView.of(network), network.version);
    }

    private void apply(Network network, NetworkInput input) {
        if (!input.slug().equals(network.slug) && Network.count("slug", input.slug()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "slug: another network already uses '" + input.slug() + "'",
                    List.of(new Problem.FieldError("slug", FieldCode.ALREADY_EXISTS, "is already in use")));
        }
        if (input.parentId() != null) {
            checkParent(network.id, input.parentId());
        }
        network.slug = input.slug();
        network.name = input.name().trim();
        network.country = input.country();
        network.region = input.region();
        network.foundedOn = input.foundedOn();
        network.description = input.description();
        network.parentId = input.parentId();
        network.visibility = input.visibility() == null ? Visibility.PUBLIC : input.visibility();
        network.publicationLevel = input.publicationLevel() == null ? PublicationLevel.BY_SECTOR : input.publicationLevel();
        network.minGroupSize = input.minGroupSize() == null ? 3 : input.minGroupSize();
        network.defaultLanguages = input.defaultLanguages() == null || input.defaultLanguages().isEmpty()
                ? new String[] {"en"} : input.defaultLanguages().stream().distinct().toArray(String[]::new);
    }

    /** The parent must exist and must not be the network itself or one of its descendants. */
    private static void checkParent(UUID self, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null) {
            if (current.equals(self) || !seen.add(current)) {
                throw ProblemException.invalid("parentId", FieldCode.INCONSISTENT, "would make the umbrella hierarchy circular");
            }
            Network ancestor = Network.findById(current);
            if (ancestor == null) {
                throw ProblemException.invalid("parentId", FieldCode.NOT_FOUND, "no such network");
            }
            current = ancestor.parentId;
        }
    }
}
