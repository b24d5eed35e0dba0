package no.klimanett.factor;

import no.klimanett.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** Emission factor sets: reference data everyone reads and administrators maintain. */
@ApplicationScoped
public class FactorService {

    static final String ENTITY = "emission_factor_set";

    /** Published national sets hold a few hundred factors; this leaves ample room and bounds the request. */
    public static final int MAX_FACTORS = 2000;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    java.time.Clock clock;

    public record Filter(String country, Integer year) {}

    @Transactional
    public PageResponse<EmissionFactorSetView> list(Filter filter, PageRequest page) {
        var filters = new Filters()
                .add("country = :country", "country", filter.country())
                .add("year = :year", "year", filter.year());
        var query = EmissionFactorSet.<EmissionFactorSet>find(filters.query("country, year desc, name, version, id"),
                filters.parameters());
        var items = query.page(page.page(), page.size()).stream().map(EmissionFactorSetView::summary).toList();
        return PageResponse.of(items, page, query.count());
    }

    // reading one resource needs no transaction: the SELECTs run in autocommit, without BEGIN/COMMIT round trips
    // and the transaction manager (docs/decisions.md, measured with bench/); inside a writer's transaction it joins
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EmissionFactorSetView> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<EmissionFactorSetView> create(@Valid EmissionFactorSetInput input) {
        requireManager();
        EmissionFactorSet set = new EmissionFactorSet();
        apply(set, input);
        set.persist();
        audit.record(access.caller().actor(), ENTITY, set.id, "created",
                Map.of("name", set.name, "version", set.version, "factors", set.factors.size()));
        EmissionFactorSet.flush();
        return versioned(set);
    }

    @Transactional
    public Versioned<EmissionFactorSetView> update(UUID id, String ifMatch, @Valid EmissionFactorSetInput input) {
        requireManager();
        EmissionFactorSet set = find(id);
        Preconditions.requireIfMatch(ifMatch, set.versionLock);
        apply(set, input);
        set.updatedAt = clock.instant();
        audit.record(access.caller().actor(), ENTITY, set.id, "updated",
                Map.of("name", set.name, "version", set.version, "factors", set.factors.size()));
        EmissionFactorSet.flush(); // so the new version (ETag) is in the response
        return versioned(set);
    }

    // ------------------------------------------------------------------ for other features

    /** A factor by id, for report lines that refer to one. */
    @Transactional
    public Optional<FactorRef> factor(UUID id) {
        return Optional.ofNullable(EmissionFactor.<EmissionFactor>findById(id)).map(FactorRef::of);
    }

    /** Many factors by id in one query (a report's lines); unknown ids are simply absent. */
    @Transactional
    public Map<UUID, FactorRef> factors(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        return EmissionFactor.<EmissionFactor>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(f -> f.id, FactorRef::of));
    }

    /** The factors of a set by code, for imports that name factors the way people do. */
    @Transactional
    public Map<String, FactorRef> factorsByCode(UUID setId) {
        return EmissionFactor.<EmissionFactor>list("set.id = ?1", setId).stream()
                .collect(Collectors.toMap(f -> f.code, FactorRef::of));
    }

    @Transactional
    public boolean setExists(UUID setId) {
        return EmissionFactorSet.count("id", setId) > 0;
    }

    // ------------------------------------------------------------------ internals

    private void requireManager() {
        if (access.caller().isAnonymous()) {
            throw ProblemException.unauthenticated("Log in as an administrator to maintain emission factor sets");
        }
        if (!access.canManageFactorSets()) {
            throw ProblemException.forbidden("Only administrators maintain emission factor sets");
        }
    }

    private static EmissionFactorSet find(UUID id) {
        EmissionFactorSet set = EmissionFactorSet.findById(id);
        if (set == null) throw ProblemException.notFound("Emission factor set " + id);
        return set;
    }

    private static Versioned<EmissionFactorSetView> versioned(EmissionFactorSet set) {
        return new Versioned<>(EmissionFactorSetView.full(set), set.versionLock);
    }

    private static void apply(EmissionFactorSet set, EmissionFactorSetInput input) {
        validate(set.id, input);
        set.name = input.name().trim();
        set.version = input.version().trim();
        set.country = input.country();
        set.year = input.year();
        set.gwpSet = input.gwpSet();
        set.description = input.description();
        set.illustrative = Boolean.TRUE.equals(input.illustrative());
        // Factors are matched by code so that a corrected value keeps its id: report lines refer to factors by
        // id (and copy the value they used), so an update never changes a figure already reported.
        Map<String, EmissionFactor> existing = set.factors.stream()
                .collect(Collectors.toMap(f -> f.code, Function.identity()));
        Set<String> kept = new HashSet<>();
        for (EmissionFactorInput in : input.factors()) {
            EmissionFactor factor = existing.get(in.code());
            if (factor == null) {
                factor = new EmissionFactor();
                factor.set = set;
                set.factors.add(factor);
            }
            factor.code = in.code();
            factor.name = in.name().trim();
            factor.scope = in.scope().shortValue();
            factor.category = in.category();
            factor.unit = in.unit().trim();
            factor.kgCo2ePerUnit = in.kgCo2ePerUnit();
            factor.source = in.source().trim();
            kept.add(in.code());
        }
        // a removed factor that report lines still use makes the database refuse (409): such factors stay
        set.factors.removeIf(f -> !kept.contains(f.code));
    }

    private static void validate(UUID self, EmissionFactorSetInput input) {
        var errors = new FieldErrors();
        Map<String, Integer> firstIndexOfCode = new HashMap<>();
        List<EmissionFactorInput> factors = input.factors();
        for (int i = 0; i < factors.size(); i++) {
            EmissionFactorInput f = factors.get(i);
            errors.check(f.category().isInScope(f.scope()), "factors[" + i + "].category",
                    FieldCode.INCONSISTENT, "is a scope " + f.category().scope() + " category, not scope " + f.scope(),
                    "other", "factors[" + i + "].scope");
            Integer earlier = firstIndexOfCode.putIfAbsent(f.code(), i);
            errors.check(earlier == null, "factors[" + i + "].code", FieldCode.DUPLICATE,
                    "repeats the code of factors[" + earlier + "]", "other", "factors[" + earlier + "].code");
        }
        errors.throwIfAny();
        long clashes = EmissionFactorSet.count("name = ?1 and version = ?2 and (?3 is null or id <> ?3)",
                input.name().trim(), input.version().trim(), self);
        if (clashes > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "version: a set with this name and version already exists",
                    List.of(new Problem.FieldError("version", FieldCode.ALREADY_EXISTS, "already exists for this name")));
        }
    }
}
