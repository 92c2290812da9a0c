package cn.courts.enforcement.app.networksearch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The password of the network-search worker user ({@value NetworkSearchTopic#WORKER_USER_ID}), from
 * {@code enforcement.network-search.worker-password}. In the demo profile an unset password is replaced by a
 * random one made at start-up and kept only in memory: the simulator, which runs in the same process, is
 * the only worker there, and a fixed demo password would be one more well-known secret in the database.
 * Public because the demo's joint-punishment simulator (listing feature) logs in with the same technical
 * account of group externalworker rather than adding a second demo secret.
 */
@Component
public class NetworkSearchWorkerCredentials {

    private static final Logger log = LoggerFactory.getLogger(NetworkSearchWorkerCredentials.class);

    private final String password;

    NetworkSearchWorkerCredentials(@Value("${enforcement.network-search.worker-password:}") String configured,
                                   Environment environment) {
        if (!configured.isBlank()) {
            this.password = configured;
        } else if (environment.acceptsProfiles(Profiles.of("demo"))) {
            this.password = GeneratedPassword.VALUE;
            log.info("Demo profile: generated a random password for the network-search worker user {}; it is kept in memory only",
                    NetworkSearchTopic.WORKER_USER_ID);
        } else {
            this.password = "";
        }
    }

    public String userId() {
        return NetworkSearchTopic.WORKER_USER_ID;
    }

    /** The worker's password, or empty when no external network-search worker is configured. */
    public Optional<String> password() {
        return password.isEmpty() ? Optional.empty() : Optional.of(password);
    }

    /**
     * One generated password per JVM, not per application context: every context sets the worker's password
     * at start-up, and the test suite's cached contexts share one database, so a password per context would
     * lock the other contexts' simulators out.
     */
    private static final class GeneratedPassword {
        static final String VALUE = randomPassword();

        private static String randomPassword() {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
