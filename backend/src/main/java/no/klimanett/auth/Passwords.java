package no.klimanett.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** bcrypt hashing of passwords and client secrets. */
@ApplicationScoped
public class Passwords {

    /** Compared against when the account does not exist, so that timing does not reveal which accounts exist. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password", 10);

    @Inject
    AuthConfig config;

    public String hash(String plain) {
        return BcryptUtil.bcryptHash(plain, config.bcryptCost());
    }

    public boolean matches(String plain, String hash) {
        return BcryptUtil.matches(plain, hash == null ? DUMMY_HASH : hash) && hash != null;
    }
}
