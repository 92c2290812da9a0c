package cn.courts.enforcement.app.platform.guard;

import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every process of the release ({@code bpmn/**}{@code /*.bpmn}) has a {@link ProcessGuards} declaration, every user task
 * of it is listed there (with {@link TaskGuards#none()} when it has no rule: a task without a decision on its rules is
 * a gap, not a default), and nothing is declared for a task the model does not have (a renamed element would silently
 * lose its rules). Every process is not startable from Tasklist: only the court's services start processes.
 */
@SpringBootTest
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class EveryUserTaskDeclaresItsGuardsTests {

    @Autowired
    GuardRegistry registry;
    @Autowired
    List<ProcessGuards> declarations;

    @Test
    void everyUserTaskOfEveryReleaseModelDeclaresItsGuards() throws IOException {
        List<String> undeclared = new ArrayList<>();
        for (BpmnModelInstance model : releaseModels()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String processKey = processOf(task).getId();
                if (registry.declared(processKey, task.getId()).isEmpty()) {
                    undeclared.add(processKey + "/" + task.getId() + " (" + task.getName() + ")");
                }
            }
        }
        assertThat(undeclared).as("user tasks without a guard declaration").isEmpty();
    }

    @Test
    void everyReleaseProcessHasADeclarationAndNoDeclarationNamesAMissingTask() throws IOException {
        Set<String> modelled = new TreeSet<>();
        Set<String> processes = new TreeSet<>();
        for (BpmnModelInstance model : releaseModels()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                processes.add(process.getId());
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                modelled.add(processOf(task).getId() + "/" + task.getId());
            }
        }
        assertThat(registry.processes()).as("processes with a guard declaration").containsAll(processes);
        List<String> stale = new ArrayList<>();
        for (ProcessGuards declaration : declarations) {
            declaration.userTasks().keySet().stream()
                    .map(elementId -> declaration.processKey() + "/" + elementId)
                    .filter(task -> !modelled.contains(task))
                    .forEach(stale::add);
        }
        assertThat(stale).as("declared tasks that no release model has").isEmpty();
    }

    @Test
    void noReleaseProcessIsStartableInTasklist() throws IOException {
        List<String> startable = new ArrayList<>();
        for (BpmnModelInstance model : releaseModels()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.isCamundaStartableInTasklist()) {
                    startable.add(process.getId());
                }
            }
        }
        assertThat(startable).as("processes a user could start from Tasklist").isEmpty();
    }

    private static Process processOf(UserTask task) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
        while (!(parent instanceof Process process)) {
            parent = parent.getParentElement();
        }
        return process;
    }

    static List<BpmnModelInstance> releaseModels() throws IOException {
        List<BpmnModelInstance> models = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                models.add(Bpmn.readModelFromStream(in));
            }
        }
        assertThat(models).as("release models on the classpath").hasSizeGreaterThanOrEqualTo(7);
        return models;
    }
}
