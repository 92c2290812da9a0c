package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.networksearch.NetworkSearchWorkerCredentials;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.backoff.ExponentialBackoffStrategy;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Demo only: answers {@code Task_PushToJointPunishmentUnits} the way the joint-punishment exchange will,
 * as an external-task worker calling the app's own {@code /engine-rest} with the official client and the
 * technical account of group {@code externalworker} (the network-search worker's; see
 * {@link NetworkSearchWorkerCredentials}). It "pushes" to every configured unit and answers their codes.
 * Polls without long polling for the reason given on the network-search simulator. Off with
 * {@code enforcement.listing.push-simulator.enabled=false}.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "enforcement.listing.push-simulator.enabled", havingValue = "true", matchIfMissing = true)
class JointPunishmentSimulator {

    private static final Logger log = LoggerFactory.getLogger(JointPunishmentSimulator.class);

    private final NetworkSearchWorkerCredentials credentials;
    private final JointPunishmentUnits units;
    private final String restPath;
    private final String workerId = "joint-punishment-simulator-" + ProcessHandle.current().pid();
    private volatile ExternalTaskClient client;

    JointPunishmentSimulator(NetworkSearchWorkerCredentials credentials, JointPunishmentUnits units, ProcessEngine processEngine,
                             @Value("${server.servlet.context-path:}") String contextPath) {
        this.credentials = credentials;
        this.units = units;
        this.restPath = contextPath + "/engine-rest/engine/" + UriUtils.encodePathSegment(processEngine.getName(), StandardCharsets.UTF_8);
    }

    @EventListener
    synchronized void start(ApplicationReadyEvent event) {
        if (client != null) {
            return;
        }
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String password = credentials.password().orElse(null);
        if (password == null) {
            log.warn("Joint-punishment simulator not started: no password for the worker user {}", credentials.userId());
            return;
        }
        String baseUrl = "http://localhost:" + web.getWebServer().getPort() + restPath;
        ExternalTaskClient started = ExternalTaskClient.create()
                .baseUrl(baseUrl)
                .workerId(workerId)
                .addInterceptor(new BasicAuthProvider(credentials.userId(), password))
                .maxTasks(5)
                .lockDuration(30_000)
                .backoffStrategy(new ExponentialBackoffStrategy(500L, 2, 5_000L))
                .disableAutoFetching()
                .build();
        started.subscribe(JointPunishmentTopic.TOPIC).handler(this::handle).open();
        started.start();
        client = started;
        log.info("Joint-punishment simulator {} polling topic {} at {}", workerId, JointPunishmentTopic.TOPIC, baseUrl);
    }

    @EventListener
    synchronized void stop(ContextClosedEvent event) {
        if (client != null) {
            client.stop();
            client = null;
        }
    }

    void handle(ExternalTask task, ExternalTaskService service) {
        String codes = pushedUnits();
        service.complete(task, Map.of(JointPunishmentTopic.VARIABLE_PUSHED_UNITS, codes));
        log.info("Simulated push of listing {} (case {}) to {}", task.getVariable(DishonestListingProcess.Variables.LISTING_ID),
                task.getBusinessKey(), codes);
    }

    String pushedUnits() {
        return units.jointPunishmentUnits().stream().map(JointPunishmentUnits.Unit::code).collect(Collectors.joining(","));
    }
}
