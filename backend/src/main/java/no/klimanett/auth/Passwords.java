package no.klimanett.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** bcrypt hashing of passwords and client secrets. */
@ApplicationScoped
public class Passwords {

    /** Compared against when the account does not exist, so that timing does not reveal which accounts exist. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password", 10);

    @Inject
    AuthConfig config;

    @Inject
    MeterRegistry registry;

    /**
     * Every bcrypt comparison, so that operators see the expensive work the token endpoint does (and tests can
     * prove that a throttled attempt does none of it).
     */
    private Counter comparisons;

    @PostConstruct
    void meters() {
        comparisons = Counter.builder("klimanett.password.comparisons")
                .description("bcrypt comparisons of passwords and client secrets").register(registry);
    }

    public String hash(String plain) {
        return BcryptUtil.bcryptHash(plain, config.bcryptCost());
    }

    public boolean matches(String plain, String hash) {
        comparisons.increment();
        return BcryptUtil.matches(plain, hash == null ? DUMMY_HASH : hash) && hash != null;
    }
}
