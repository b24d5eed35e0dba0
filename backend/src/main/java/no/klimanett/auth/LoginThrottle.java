package no.klimanett.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.klimanett.common.ProblemType;

/**
 * Throttles the token endpoint per account (failed attempts) and per remote address (all attempts), so that
 * neither password guessing nor the deliberately slow bcrypt can be used against the service.
 * In memory per replica: with N replicas an attacker gets at most N times the budget, which is acceptable.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    public void checkAddress(String address) {
        Deque<Instant> window = recent(requests, address == null ? "unknown" : address);
        synchronized (window) {
            if (window.size() >= config.maxRequestsPerAddress()) {
                throw tooMany(window.peekFirst());
            }
            window.addLast(clock.instant());
        }
    }

    /**
     * Counts the attempt as failed before the password is checked, and refuses it when the account has used up its
     * budget. Counting first matters: checking only and counting after the slow bcrypt comparison let any number
     * of parallel guesses through while the first ones were still being hashed (found by ResourceLimitsTest).
     * A successful attempt clears the account's failures ({@link #succeeded}).
     */
    public void checkAccount(String account) {
        Deque<Instant> window = recent(failures, account);
        synchronized (window) {
            if (window.size() >= config.maxFailures()) {
                throw tooMany(window.peekFirst());
            }
            window.addLast(clock.instant());
        }
    }

    public void succeeded(String account) {
        failures.remove(account);
    }

    /** Forgets windows that have emptied, so that random account names or addresses cannot fill the memory. */
    @io.quarkus.scheduler.Scheduled(every = "1m")
    void purge() {
        Instant horizon = clock.instant().minus(config.throttleWindow());
        for (Map<String, Deque<Instant>> map : java.util.List.of(failures, requests)) {
            map.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(horizon);
                }
            });
        }
    }

    /** For tests: forget everything. */
    public void reset() {
        failures.clear();
        requests.clear();
    }

    private Deque<Instant> recent(Map<String, Deque<Instant>> map, String key) {
        Deque<Instant> window = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant horizon = clock.instant().minus(config.throttleWindow());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst().isBefore(horizon)) window.pollFirst();
        }
        return window;
    }

    private TooManyRequests tooMany(Instant oldest) {
        long retryAfter = Math.max(1, config.throttleWindow().getSeconds()
                - (clock.instant().getEpochSecond() - oldest.getEpochSecond()));
        return new TooManyRequests(retryAfter);
    }

    /** 429 with Retry-After; mapped in {@link AuthResource}. */
    public static class TooManyRequests extends no.klimanett.common.ProblemException {
        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super(ProblemType.TOO_MANY_REQUESTS, "Too many token requests; retry after " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
