package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.tasklist.ModelsAndForms.FormFile;
import cn.courts.enforcement.app.tasklist.ModelsAndForms.ModelTask;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of every model of the release ({@code bpmn/**}{@code /*.bpmn}) opens a Camunda Form in
 * Tasklist: it references one with {@code camunda:formRef} and {@code camunda:formRefBinding="deployment"},
 * and {@code bpmn/forms/} holds a form whose {@code id} is that reference (the engine resolves the
 * reference by the form's id among the forms of the same deployment, and the auto-deployment deploys
 * {@code bpmn/**}{@code /*.form} with the models). Each form is JSON that the form-js of the Tasklist of
 * Camunda 7.24 renders (schemaVersion at most {@value #TASKLIST_SCHEMA_VERSION}). No engine, no Spring
 * context: the models are read with the BPMN model API.
 */
class EveryUserTaskHasAFormTests {

    /** form-js 1.8 embedded in the 7.24 webapps (camunda-webapp-webjar: lib/deps.js, schemaVersion=16). */
    static final int TASKLIST_SCHEMA_VERSION = 16;

    @Test
    void theReleasesModelsAreFoundOnTheClasspath() {
        assertThat(ModelsAndForms.models().keySet())
                .contains("EnforcementCaseProcess.bpmn", "SupervisionProcess.bpmn");
        assertThat(ModelsAndForms.userTasks()).extracting(t -> t.task().getId())
                .contains("Task_IssueExecutionNotice", "Task_Supervise");
    }

    @Test
    void everyUserTaskReferencesAFormByDeploymentBinding() {
        List<String> problems = new ArrayList<>();
        for (ModelTask task : ModelsAndForms.userTasks()) {
            String formRef = task.task().getCamundaFormRef();
            if (formRef == null || formRef.isBlank()) {
                problems.add(task + ": no camunda:formRef");
            } else if (!"deployment".equals(task.task().getCamundaFormRefBinding())) {
                problems.add(task + ": camunda:formRefBinding is '" + task.task().getCamundaFormRefBinding()
                        + "', not 'deployment' (the form is deployed with the model)");
            }
            if (task.task().getCamundaFormKey() != null) {
                problems.add(task + ": has a camunda:formKey besides the Camunda Form");
            }
        }
        assertThat(problems).as("user tasks without a Camunda Form reference").isEmpty();
    }

    @Test
    void everyReferencedFormIsInTheFormsFolderWithThatId() {
        Map<String, FormFile> forms = ModelsAndForms.forms();
        Set<String> formIds = forms.values().stream().map(FormFile::id).filter(id -> id != null).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (ModelTask task : ModelsAndForms.userTasks()) {
            String formRef = task.task().getCamundaFormRef();
            if (formRef != null && !formIds.contains(formRef)) {
                missing.add(task + " -> " + formRef + " (expected bpmn/forms/" + formRef + ".form with \"id\": \"" + formRef + "\")");
            }
        }
        assertThat(missing).as("forms referenced by user tasks but missing from bpmn/forms").isEmpty();
    }

    @Test
    void everyFormParsesAndItsIdIsItsFileNameAndUnique() {
        Map<String, FormFile> forms = ModelsAndForms.forms();
        assertThat(forms).as("forms in bpmn/forms").isNotEmpty();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forms.values().forEach(form -> {
            if (form.json() == null) {
                problems.add(form.fileName() + ": not JSON: " + form.parseError());
                return;
            }
            String id = form.id();
            if (id == null || !(id + ".form").equals(form.fileName())) {
                problems.add(form.fileName() + ": id '" + id + "' does not match the file name");
            }
            if (id != null && !ids.add(id)) {
                problems.add(form.fileName() + ": id '" + id + "' used by another form too");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormIsACamunda7FormTheTasklistCanRender() {
        List<String> problems = new ArrayList<>();
        ModelsAndForms.forms().values().stream().filter(f -> f.json() != null).forEach(form -> {
            JsonNode json = form.json();
            if (!"default".equals(json.path("type").asText())) {
                problems.add(form.fileName() + ": root type is not 'default'");
            }
            if (!"Camunda Platform".equals(json.path("executionPlatform").asText())) {
                problems.add(form.fileName() + ": executionPlatform is not 'Camunda Platform'");
            }
            int schemaVersion = json.path("schemaVersion").asInt(-1);
            if (schemaVersion < 1 || schemaVersion > TASKLIST_SCHEMA_VERSION) {
                problems.add(form.fileName() + ": schemaVersion " + schemaVersion + " (Tasklist 7.24 renders up to "
                        + TASKLIST_SCHEMA_VERSION + ")");
            }
            Set<String> componentIds = new HashSet<>();
            ModelsAndForms.components(json).forEach(component -> {
                String componentId = component.path("id").asText(null);
                if (componentId != null && !componentIds.add(componentId)) {
                    problems.add(form.fileName() + ": component id '" + componentId + "' twice");
                }
                if (!component.hasNonNull("type")) {
                    problems.add(form.fileName() + ": component without type");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormIsUsedByAUserTask() {
        Set<String> referenced = ModelsAndForms.userTasks().stream().map(t -> t.task().getCamundaFormRef())
                .filter(ref -> ref != null).collect(Collectors.toSet());
        assertThat(ModelsAndForms.forms().values()).extracting(FormFile::id)
                .as("forms no user task references").allMatch(referenced::contains);
    }
}
