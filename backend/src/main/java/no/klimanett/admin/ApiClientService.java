package no.klimanett.admin;

import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.klimanett.common.AuditLog;
import no.klimanett.common.FieldErrors;
import no.klimanett.common.PageRequest;
import no.klimanett.common.PageResponse;
import no.klimanett.common.Preconditions;
import no.klimanett.common.Problem;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.common.Versioned;
import no.klimanett.network.NetworkService;
import no.klimanett.auth.ClientScope;
import no.klimanett.auth.ApiClient;
import no.klimanett.auth.AccessPolicy;
import no.klimanett.auth.Passwords;

/** Clients that read networks' figures with client credentials; administrators only. */
@ApplicationScoped
public class ApiClientService {

    static final String ENTITY = "api_client";

    /** 256 bits: far beyond guessing, and 43 characters in base64url, within bcrypt's 72 bytes. */
    private static final int SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Passwords passwords;

    @Inject
    NetworkService networks;

    @Transactional
    public PageResponse<ApiClientView> list(PageRequest page) {
        access.requireAdmin();
        var query = ApiClient.<ApiClient>find("order by clientId");
        return PageResponse.of(query.page(page.page(), page.size()).stream().map(ApiClientView::of).toList(), page, query.count());
    }

    @Transactional
    public Versioned<ApiClientView> get(UUID id) {
        access.requireAdmin();
        return versioned(find(id));
    }

    @Transactional
    public Versioned<ApiClientView.WithSecret> create(@Valid ApiClientInput input) {
        access.requireAdmin();
        String[] scopes = checkScopes(input.scopes());
        Set<UUID> networkIds = checkNetworks(input.networkIds());
        if (ApiClient.findByClientId(input.clientId()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "clientId: another client uses '" + input.clientId() + "'",
                    List.of(new Problem.FieldError("clientId", FieldCode.ALREADY_EXISTS, "is already in use")));
        }
        String secret = newSecret();
        ApiClient client = new ApiClient();
        client.clientId = input.clientId();
        client.name = input.name().trim();
        client.secretHash = passwords.hash(secret);
        client.scopes = scopes;
        client.networkIds.addAll(networkIds);
        client.persist();
        ApiClient.flush();
        ApiClient.getEntityManager().refresh(client); // created_at is set by the database
        audit.record(access.caller().actor(), ENTITY, client.id, "created", details(client));
        return new Versioned<>(new ApiClientView.WithSecret(ApiClientView.of(client), secret), client.version);
    }

    @Transactional
    public Versioned<ApiClientView> update(UUID id, String ifMatch, @Valid ApiClientUpdate input) {
        access.requireAdmin();
        ApiClient client = find(id);
        Preconditions.requireIfMatch(ifMatch, client.version);
        String[] scopes = checkScopes(input.scopes());
        Set<UUID> networkIds = checkNetworks(input.networkIds());
        client.name = input.name().trim();
        client.scopes = scopes;
        client.networkIds.retainAll(networkIds);
        client.networkIds.addAll(networkIds);
        client.active = input.active();
        audit.record(access.caller().actor(), ENTITY, client.id, "updated", details(client));
        ApiClient.flush();
        return versioned(client);
    }

    private static String[] checkScopes(List<String> scopes) {
        var errors = new FieldErrors();
        Set<String> valid = new java.util.TreeSet<>(); // sorted, so the token's scope claim does not depend on input order
        for (int i = 0; i < scopes.size(); i++) {
            try {
                valid.add(ClientScope.parse(scopes.get(i)).value());
            } catch (IllegalArgumentException e) {
                errors.add("scopes[" + i + "]", FieldCode.INVALID_VALUE, "must be one of " + ClientScope.allValues(),
                        "allowed", ClientScope.allValues());
            }
        }
        errors.throwIfAny();
        return valid.toArray(String[]::new);
    }

    private Set<UUID> checkNetworks(List<UUID> networkIds) {
        var errors = new FieldErrors();
        for (int i = 0; i < networkIds.size(); i++) {
            errors.check(networks.isReadable(networkIds.get(i)), "networkIds[" + i + "]", FieldCode.NOT_FOUND, "no such network");
        }
        errors.throwIfAny();
        return new LinkedHashSet<>(networkIds);
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, Object> details(ApiClient client) {
        return Map.of("clientId", client.clientId, "scopes", List.of(client.scopes), "networkIds",
                client.networkIds.stream().map(UUID::toString).sorted().toList(), "active", client.active);
    }

    private static ApiClient find(UUID id) {
        ApiClient client = ApiClient.findById(id);
        if (client == null) {
            throw ProblemException.notFound("API client " + id);
        }
        return client;
    }

    private static Versioned<ApiClientView> versioned(ApiClient client) {
        return new Versioned<>(ApiClientView.of(client), client.version);
    }
}
