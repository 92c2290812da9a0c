package cn.courts.enforcement.app.networksearch;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets up the network-search worker account at every start, in every profile, after the role groups and
 * court tenants (identity/AccessBootstrap, order 10). Outside the demo profile the account exists only when
 * {@code enforcement.network-search.worker-password} is set: a technical user without a configured secret
 * would be a door nobody watches.
 */
@Component
@Order(12)
class NetworkSearchWorkerBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NetworkSearchWorkerBootstrap.class);

    private final NetworkSearchWorkerAccount account;
    private final NetworkSearchWorkerCredentials credentials;
    private final IdentityService identityService;

    NetworkSearchWorkerBootstrap(NetworkSearchWorkerAccount account, NetworkSearchWorkerCredentials credentials,
                                 IdentityService identityService) {
        this.account = account;
        this.credentials = credentials;
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        credentials.password().ifPresentOrElse(account::ensure, () -> {
            if (identityService.createUserQuery().userId(credentials.userId()).count() > 0) {
                log.info("No external network-search worker is configured (enforcement.network-search.worker-password is blank); "
                        + "the existing user {} is left unchanged", credentials.userId());
            } else {
                log.info("No external network-search worker is configured (enforcement.network-search.worker-password is blank); "
                        + "user {} not created", credentials.userId());
            }
        });
    }

    /**
     * Runners after this one may register courts (the demo courts come at order 20): once every runner has
     * run, the worker joins their tenants too, before the simulator starts polling.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void joinCourtsRegisteredDuringStartUp() {
        if (credentials.password().isPresent()) {
            account.ensureMemberOfEveryCourt();
        }
    }
}
