package cn.courts.enforcement.app.networksearch;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.client.backoff.ExponentialBackoffStrategy;
import org.camunda.bpm.client.exception.ExternalTaskClientException;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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

/**
 * Demo only: answers {@code Task_NetworkAssetSearch} the way the real network search system will, as an
 * external-task worker of its own, calling the app's own {@code /engine-rest} with the official client and
 * the worker account ({@link NetworkSearchWorkerAccount}). Going through REST rather than a Java delegate
 * keeps the demo honest: authentication, tenant memberships and grants are exercised exactly as for the
 * real system. Off with {@code enforcement.network-search.simulator.enabled=false}.
 *
 * <p>A failed search is reported with {@code handleFailure}, three attempts in all a minute apart; after the
 * last the engine raises an incident on the task, so a search that never ran is never taken for "nothing
 * found".
 *
 * <p>The simulator polls (every half second while there is work, backing off to every
 * {@value #MAX_POLL_INTERVAL_MILLIS} ms when idle) instead of long polling. Camunda 7's long-polling handler
 * behind {@code /engine-rest} is a static singleton ({@code FetchAndLockContextListener}) that the first
 * web application context to close shuts down for the whole JVM: every context started after that (the
 * test suite's, after a test that started and closed the app) queues long polls that are never answered,
 * and the stuck poll then holds up the context's shutdown. A real worker in its own process is not affected
 * and should use long polling ({@code asyncResponseTimeout}).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "enforcement.network-search.simulator.enabled", havingValue = "true", matchIfMissing = true)
class NetworkSearchSimulator {

    private static final Logger log = LoggerFactory.getLogger(NetworkSearchSimulator.class);

    static final String VARIABLE_SIMULATE_FAILURE = "simulateFailure";
    static final String FAILURE_MESSAGE = "网络查控系统无响应";
    static final String MISSING_CASE_NUMBER_MESSAGE = "网络查控请求缺少案号";
    static final String COMPLETION_FAILED_MESSAGE = "查控结果回传失败";
    /** Attempts in all, as the engine counts job retries: the first failure leaves two retries. */
    static final int ATTEMPTS = 3;
    static final long RETRY_TIMEOUT_MILLIS = 60_000;
    static final long LOCK_DURATION_MILLIS = 30_000;
    static final long MAX_POLL_INTERVAL_MILLIS = 5_000;
    static final int MAX_TASKS = 5;

    private final NetworkSearchWorkerCredentials credentials;
    private final SimulatedNetworkSearch search;
    private final String restPath;
    private final String workerId;
    private volatile ExternalTaskClient client;

    @Autowired
    NetworkSearchSimulator(NetworkSearchWorkerCredentials credentials, ProcessEngine processEngine,
                           @Value("${server.servlet.context-path:}") String contextPath) {
        // the engine named in the path: /engine-rest alone means the engine called "default", which in a JVM
        // with several engines (tests with generated engine names) may not be this app's
        this(credentials, new SimulatedNetworkSearch(),
                contextPath + "/engine-rest/engine/" + UriUtils.encodePathSegment(processEngine.getName(), StandardCharsets.UTF_8));
    }

    NetworkSearchSimulator(NetworkSearchWorkerCredentials credentials, SimulatedNetworkSearch search, String restPath) {
        this.credentials = credentials;
        this.search = search;
        this.restPath = restPath;
        // the process id tells two demo apps on one database apart without a (possibly slow) host-name lookup
        this.workerId = "network-search-simulator-" + ProcessHandle.current().pid();
    }

    /**
     * Starts polling once the app is ready: the web server is up and the start-up runners have created the
     * worker account and the courts. Without an embedded server (a MOCK web test) there is nothing to call.
     */
    @EventListener
    synchronized void start(ApplicationReadyEvent event) {
        if (client != null) {
            return;
        }
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            log.info("Network-search simulator not started: the app runs without a web server");
            return;
        }
        String password = credentials.password().orElse(null);
        if (password == null) {
            log.warn("Network-search simulator not started: no password for the worker user {}", credentials.userId());
            return;
        }
        String baseUrl = "http://localhost:" + web.getWebServer().getPort() + restPath;
        ExternalTaskClient started = ExternalTaskClient.create()
                .baseUrl(baseUrl)
                .workerId(workerId)
                .addInterceptor(new BasicAuthProvider(credentials.userId(), password))
                .maxTasks(MAX_TASKS)
                .lockDuration(LOCK_DURATION_MILLIS)
                // no asyncResponseTimeout: see the class comment on long polling
                .backoffStrategy(new ExponentialBackoffStrategy(500L, 2, MAX_POLL_INTERVAL_MILLIS))
                .disableAutoFetching()
                .build();
        started.subscribe(NetworkSearchTopic.TOPIC)
                .variables(NetworkSearchTopic.VARIABLE_CASE_NUMBER, VARIABLE_SIMULATE_FAILURE)
                .handler(this::handle)
                .open();
        started.start();
        client = started;
        log.info("Network-search simulator {} polling topic {} at {}", workerId, NetworkSearchTopic.TOPIC, baseUrl);
    }

    /** Stops before the web server shuts down, so the last poll does not fail against a closed server. */
    @EventListener
    synchronized void stop(ContextClosedEvent event) {
        if (client != null) {
            client.stop();
            client = null;
            log.info("Network-search simulator {} stopped", workerId);
        }
    }

    String workerId() {
        return workerId;
    }

    void handle(ExternalTask task, ExternalTaskService service) {
        Object caseNumberValue = task.getVariable(NetworkSearchTopic.VARIABLE_CASE_NUMBER);
        if (!(caseNumberValue instanceof String caseNumber) || caseNumber.isBlank()) {
            // retrying cannot supply a case number: the incident shows the modelling fault at once
            log.warn("Network search {} of process instance {} has no case number", task.getId(), task.getProcessInstanceId());
            service.handleFailure(task, MISSING_CASE_NUMBER_MESSAGE,
                    "变量 " + NetworkSearchTopic.VARIABLE_CASE_NUMBER + " 缺失或不是文本：" + caseNumberValue, 0, 0);
            return;
        }
        boolean simulateFailure = Boolean.TRUE.equals(task.getVariable(VARIABLE_SIMULATE_FAILURE));
        if (search.fails(caseNumber, simulateFailure)) {
            int retries = retriesLeft(task.getRetries());
            log.info("Simulated network search for {} fails; {} retries left", caseNumber, retries);
            service.handleFailure(task, FAILURE_MESSAGE,
                    "模拟的网络查控系统未在时限内答复（案号 " + caseNumber + "）", retries, RETRY_TIMEOUT_MILLIS);
            return;
        }
        String findings = search.findingsJson(caseNumber);
        try {
            service.complete(task, Map.of(NetworkSearchTopic.VARIABLE_FINDINGS, findings));
            log.info("Simulated network search for {} answered: {}", caseNumber, search.outcome(caseNumber));
        } catch (ExternalTaskClientException e) {
            // e.g. the next task's delegate rejected the findings and the completion rolled back: without
            // this the lock would just expire and the search repeat forever, with no incident to show it
            log.warn("Completing network search {} for {} failed: {}", task.getId(), caseNumber, e.getMessage());
            service.handleFailure(task, COMPLETION_FAILED_MESSAGE, e.getMessage(), retriesLeft(task.getRetries()),
                    RETRY_TIMEOUT_MILLIS);
        }
    }

    /** Retries left after this failure: the engine gives a new task no retries (null) until a first failure. */
    static int retriesLeft(Integer retries) {
        return Math.max(0, (retries == null ? ATTEMPTS : retries) - 1);
    }
}
