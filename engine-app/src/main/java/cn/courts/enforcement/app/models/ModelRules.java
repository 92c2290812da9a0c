package cn.courts.enforcement.app.models;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's rules for a model an administrator deploys, on top of the engine's parser (docs/admin-guide.md).
 * The same rules run in CI over {@code bpmn/} as bpmnlint rules ({@code tools/bpmnlint}); this class is the
 * authority at deployment time, where no Node.js runs.
 * <ul>
 *   <li>{@value #CANDIDATE_GROUP}: a user task without candidate groups reaches nobody's Tasklist.</li>
 *   <li>{@value #FORM}: a user task without a form (or with one the deployment does not hold) cannot be worked.</li>
 *   <li>{@value #HISTORY_TTL}: the audit trail is kept for a defined time (the engine also insists).</li>
 *   <li>{@value #GENERATED_IDS}: ids are the contract with code, tests, migrations and history; a modeler's random
 *   id ({@code Activity_0h2mjz7}) says nothing and changes when an element is re-drawn.</li>
 *   <li>{@value #DUE_DATE}: every user task's due date comes from the legal calendar, {@code ${legalDeadlines...}},
 *   so that periods follow the parameter table and the holiday table, never a literal.</li>
 *   <li>{@value #NO_SCRIPTS}: a deployment must not be code execution: no script tasks, script listeners,
 *   script conditions or script input/output, and no script language in decision tables.</li>
 * </ul>
 */
public final class ModelRules {

    public static final String CANDIDATE_GROUP = "user-task-candidate-group";
    public static final String FORM = "user-task-form";
    public static final String HISTORY_TTL = "history-time-to-live";
    public static final String GENERATED_IDS = "no-generated-ids";
    public static final String DUE_DATE = "due-date-from-calendar";
    public static final String NO_SCRIPTS = "no-scripts";

    /** bpmn.io's ids: a type, "_" and 7 base-36 characters with a digit (Activity_0h2mjz7, Flow_1x2y3z4). */
    private static final Pattern BPMN_IO_ID = Pattern.compile("^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$");
    /** Older modelers: StartEvent_1, Task_1, SequenceFlow_0abcdef; Signavio: sid-UUID. */
    private static final Pattern NUMBERED_ID = Pattern.compile("^[A-Za-z]+_\\d+$");
    private static final Pattern SIGNAVIO_ID = Pattern.compile("^sid-[0-9A-Fa-f-]{36}$");
    /** The legal calendar's three ways (LegalDeadlines): fromToday('CODE'), from(variable, 'CODE'), on(variable). */
    private static final Pattern LEGAL_DEADLINE = Pattern.compile("^\\$\\{\\s*legalDeadlines\\.(?:"
            + "fromToday\\(\\s*'[A-Z][A-Z0-9_]*'\\s*\\)"
            + "|from\\(\\s*[A-Za-z_][A-Za-z0-9_]*\\s*,\\s*'[A-Z][A-Z0-9_]*'\\s*\\)"
            + "|on\\(\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\))\\s*}$");
    private static final Set<String> SCRIPT_LANGUAGES =
            Set.of("javascript", "js", "ecmascript", "groovy", "python", "jython", "ruby", "jruby", "graal.js", "nashorn");

    private ModelRules() {
    }

    public static boolean isGeneratedId(String id) {
        return id != null && (BPMN_IO_ID.matcher(id).matches() || NUMBERED_ID.matcher(id).matches()
                || SIGNAVIO_ID.matcher(id).matches());
    }

    /**
     * @param formIds the ids of the Camunda Forms the deployment will hold (the forms of the model's current deployment)
     */
    public static List<ModelProblem> checkBpmn(BpmnModelInstance model, Set<String> formIds) {
        List<ModelProblem> problems = new ArrayList<>();
        Definitions definitions = model.getDefinitions();
        if (isGeneratedId(definitions.getId())) {
            problems.add(ModelProblem.error(null, GENERATED_IDS, "定义的标识“" + definitions.getId() + "”是建模器自动生成的，请改为有含义的标识。"));
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (isGeneratedId(element.getId())) {
                problems.add(ModelProblem.error(element.getId(), GENERATED_IDS, describe(element)
                        + "的标识“" + element.getId() + "”是建模器自动生成的，请改为有含义的标识（如 Task_SendExecutionNotice）。"));
            }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (blank(process.getCamundaHistoryTimeToLiveString())) {
                problems.add(ModelProblem.error(process.getId(), HISTORY_TTL,
                        "流程“" + nameOf(process.getName(), process.getId()) + "”未设置历史保留期限（historyTimeToLive）。"));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String name = "用户任务“" + nameOf(task.getName(), task.getId()) + "”";
            String groups = task.getCamundaCandidateGroups();
            if (blank(groups) || java.util.Arrays.stream(groups.split(",", -1)).anyMatch(String::isBlank)) {
                problems.add(ModelProblem.error(task.getId(), CANDIDATE_GROUP, name + "没有候选组（camunda:candidateGroups），不会出现在任何人的待办中。"));
            }
            String formRef = task.getCamundaFormRef();
            if (blank(formRef) && blank(task.getCamundaFormKey())) {
                problems.add(ModelProblem.error(task.getId(), FORM, name + "没有表单（camunda:formRef），法官无法办理。"));
            } else if (!blank(formRef) && !formIds.contains(formRef)) {
                problems.add(ModelProblem.error(task.getId(), FORM, name + "引用的表单“" + formRef + "”不存在；可用的表单："
                        + String.join("、", formIds.stream().sorted().toList()) + "。"));
            }
            String due = task.getCamundaDueDate();
            if (blank(due) || !LEGAL_DEADLINE.matcher(due.trim()).matches()) {
                problems.add(ModelProblem.error(task.getId(), DUE_DATE, name + "的期限必须由法定期间日历计算，"
                        + "形如 ${legalDeadlines.fromToday('EXECUTION_NOTICE')}" + (blank(due) ? "；当前未设置。" : "；当前为“" + due + "”。")));
            }
        }
        for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(ModelProblem.error(task.getId(), NO_SCRIPTS, "不允许脚本任务“" + nameOf(task.getName(), task.getId())
                    + "”：部署模型不得执行脚本代码。"));
        }
        for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
            problems.add(ModelProblem.error(enclosingId(script), NO_SCRIPTS, "不允许脚本（camunda:script，语言 "
                    + script.getCamundaScriptFormat() + "）：监听器和输入输出只能使用表达式或 Java 委托。"));
        }
        // conditions, timers, loop and completion conditions: an expression with a language is a script
        for (FormalExpression expression : model.getModelElementsByType(FormalExpression.class)) {
            if (!blank(expression.getLanguage())) {
                problems.add(ModelProblem.error(enclosingId(expression), NO_SCRIPTS, "表达式不允许使用脚本语言“"
                        + expression.getLanguage() + "”：请使用 ${...} 表达式。"));
            }
        }
        return problems;
    }

    public static List<ModelProblem> checkDmn(DmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            checkDmnId(decision, problems);
            if (blank(decision.getCamundaHistoryTimeToLiveString())) {
                problems.add(ModelProblem.error(decision.getId(), HISTORY_TTL,
                        "决策“" + nameOf(decision.getName(), decision.getId()) + "”未设置历史保留期限（historyTimeToLive）。"));
            }
        }
        // rules and entries get their ids from dmn-js, which offers no way to name them: only the parts code refers to
        model.getModelElementsByType(DecisionTable.class).forEach(t -> checkDmnId(t, problems));
        model.getModelElementsByType(Input.class).forEach(i -> checkDmnId(i, problems));
        model.getModelElementsByType(Output.class).forEach(o -> checkDmnId(o, problems));
        for (ModelElementInstance element : model.getModelElementsByType(DmnElement.class)) {
            String language = element.getAttributeValue("expressionLanguage");
            if (language != null && SCRIPT_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
                problems.add(ModelProblem.error(((DmnElement) element).getId(), NO_SCRIPTS,
                        "决策表不允许脚本语言“" + language + "”：请使用 FEEL 或 JUEL 表达式。"));
            }
        }
        return problems;
    }

    private static void checkDmnId(DmnElement element, List<ModelProblem> problems) {
        if (isGeneratedId(element.getId())) {
            problems.add(ModelProblem.error(element.getId(), GENERATED_IDS,
                    "标识“" + element.getId() + "”是建模器自动生成的，请改为有含义的标识（如 Input_CreditorInterviewed）。"));
        }
    }

    private static String enclosingId(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof BaseElement base && base.getId() != null) {
                return base.getId();
            }
        }
        return null;
    }

    private static String describe(BaseElement element) {
        String type = element.getElementType().getTypeName();
        String name = element.getAttributeValue("name");
        return type + (name == null ? "" : "“" + name + "”");
    }

    private static String nameOf(String name, String id) {
        return blank(name) ? id : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
