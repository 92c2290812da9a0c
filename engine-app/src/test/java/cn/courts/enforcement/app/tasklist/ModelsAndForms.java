package cn.courts.enforcement.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The release's models ({@code classpath*:bpmn/**}{@code /*.bpmn}) and forms ({@code classpath*:bpmn/forms/*.form})
 * as the auto-deployment finds them, read without an engine.
 */
public final class ModelsAndForms {

    static final String MODELS = "classpath*:bpmn/**/*.bpmn";
    static final String FORMS = "classpath*:bpmn/forms/*.form";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user task of a model. */
    public record ModelTask(String model, String processKey, UserTask task) {
        @Override
        public String toString() {
            return model + "#" + task.getId();
        }
    }

    /** A form file: its file name, and its JSON (null if it does not parse, with the parse error). */
    record FormFile(String fileName, JsonNode json, String parseError) {
        String id() {
            return json == null || !json.hasNonNull("id") ? null : json.get("id").asText();
        }
    }

    private ModelsAndForms() {
    }

    /** Every model by file name (a model on the classpath twice counts once). */
    public static Map<String, BpmnModelInstance> models() {
        Map<String, BpmnModelInstance> models = new TreeMap<>();
        for (Resource resource : resources(MODELS)) {
            models.computeIfAbsent(resource.getFilename(), name -> {
                try (InputStream in = resource.getInputStream()) {
                    return Bpmn.readModelFromStream(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return models;
    }

    public static List<ModelTask> userTasks() {
        List<ModelTask> tasks = new ArrayList<>();
        models().forEach((name, model) -> model.getModelElementsByType(UserTask.class).forEach(task -> {
            Process process = processOf(task);
            tasks.add(new ModelTask(name, process == null ? null : process.getId(), task));
        }));
        return tasks;
    }

    /** Every form by file name; a file that does not parse has a null JSON and its error. */
    static Map<String, FormFile> forms() {
        Map<String, FormFile> forms = new TreeMap<>();
        for (Resource resource : resources(FORMS)) {
            forms.computeIfAbsent(resource.getFilename(), name -> {
                try (InputStream in = resource.getInputStream()) {
                    return new FormFile(name, JSON.readTree(in), null);
                } catch (IOException e) {
                    return new FormFile(name, null, e.getMessage());
                }
            });
        }
        return forms;
    }

    /** The form whose id is {@code formId}, or null. */
    static FormFile formWithId(String formId) {
        return forms().values().stream().filter(f -> formId.equals(f.id())).findFirst().orElse(null);
    }

    /** Every component of a form, groups included, depth first. */
    static List<JsonNode> components(JsonNode form) {
        List<JsonNode> all = new ArrayList<>();
        Consumer<JsonNode> walk = new Consumer<>() {
            @Override
            public void accept(JsonNode container) {
                container.path("components").forEach(component -> {
                    all.add(component);
                    accept(component);
                });
            }
        };
        walk.accept(form);
        return all;
    }

    /** The keyed component with this key, or null. */
    static JsonNode field(JsonNode form, String key) {
        return components(form).stream().filter(c -> key.equals(c.path("key").asText(null))).findFirst().orElse(null);
    }

    private static Process processOf(UserTask task) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
