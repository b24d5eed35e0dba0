package no.klimanett.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "klimanett.auth")
public interface AuthConfig {

    /** How long an issued access token is valid. */
    @WithDefault("PT1H")
    Duration tokenLifespan();

    /** bcrypt cost for new password hashes; 10 takes ~60 ms on one core. */
    @WithDefault("10")
    int bcryptCost();

    /** Failed logins per account or client within {@link #throttleWindow()} before 429. */
    @WithDefault("5")
    int maxFailures();

    /** Token requests per remote address within {@link #throttleWindow()} before 429. */
    @WithDefault("60")
    int maxRequestsPerAddress();

    @WithDefault("PT5M")
    Duration throttleWindow();
}
