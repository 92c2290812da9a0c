package cn.courts.enforcement.app.platform;

import cn.courts.enforcement.app.identity.CourtRepository;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.court.CourtLevel;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine and JPA share one DataSource and one transaction manager: a task completion and the domain
 * rows written with it commit together, or roll back together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class SharedTransactionIntegrationTests {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CourtRepository courts;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    private String deploymentId;
    private String taskId;

    @BeforeEach
    void openTask() {
        deploymentId = repositoryService.createDeployment().name("transaction-test")
                .addClasspathResource("test-processes/CourtIsolationProbe.bpmn").deploy().getId();
        String instance = runtimeService.startProcessInstanceByKey("CourtIsolationProbe", Map.of("courtId", "szft")).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @AfterEach
    void cleanUp() {
        repositoryService.deleteDeployment(deploymentId, true);
        courts.findById("txtest").ifPresent(courts::delete);
    }

    @Test
    void failureAfterTaskCompletionRollsBackTheDomainRowsAndTheCompletion() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            courts.saveAndFlush(new Court("txtest", "事务测试法院", "事务测试", CourtLevel.BASIC, "szzy", "测0001"));
            taskService.complete(taskId);
            throw new IllegalStateException("a later step of the same request fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(courts.existsById("txtest")).as("domain row rolled back").isFalse();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task still open").isEqualTo(1);
    }

    @Test
    void taskCompletionAndDomainRowsCommitTogether() {
        transactions.executeWithoutResult(status -> {
            courts.saveAndFlush(new Court("txtest", "事务测试法院", "事务测试", CourtLevel.BASIC, "szzy", "测0001"));
            taskService.complete(taskId);
        });

        assertThat(courts.existsById("txtest")).isTrue();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    }
}
