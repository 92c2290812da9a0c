package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.tasklist.ModelsAndForms.FormFile;
import cn.courts.enforcement.app.tasklist.ModelsAndForms.ModelTask;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseGuards;
import cn.courts.enforcement.app.supervision.SupervisionGuards;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.DisposalOutcome;
import cn.courts.enforcement.model.enforcement.ReferencePriceMethod;
import cn.courts.enforcement.model.enforcement.rule.CaseField;
import cn.courts.enforcement.model.parameter.LegalRatioCode;
import cn.courts.enforcement.model.parameter.LegalRatios;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of the enforcement case and the supervision say what the server checks: the case context at the
 * top, read-only (disabled: never submitted); every value the guards require is a required, editable field;
 * decisions submit Booleans (the gateways need them); selects offer exactly the values the rules accept;
 * the auction forms state the percentages of the ratio table.
 */
class TaskFormContentsTests {

    private static final Set<String> CASE_PROCESSES = Set.of(EnforcementCaseProcess.KEY, SupervisionProcess.KEY);
    private static final List<String> CONTEXT = List.of("caseNumber", CaseFormContext.CREDITOR_NAMES,
            CaseFormContext.DEBTOR_NAMES, CaseFormContext.AMOUNT_TEXT, CaseFormContext.DUE_DATE_TEXT);

    /** A user task of a model: the process definition key and the element id. */
    private record TaskRef(String processKey, String activityId) {
    }

    /** The values the guards require, by task: the decisions, the closing mode and the supervision opinion. */
    private static Map<TaskRef, List<String>> required() {
        Map<TaskRef, List<String>> required = new LinkedHashMap<>();
        EnforcementCaseGuards.REQUIRED.forEach((task, fields) -> required.put(enforcement(task),
                fields.stream().map(CaseField::key).toList()));
        SupervisionGuards.REQUIRED.forEach((task, fields) -> required.put(new TaskRef(SupervisionProcess.KEY, task), fields));
        return required;
    }

    /** The decisions (是/否) the gateways route on. */
    private static final Set<CaseField> DECISIONS = Set.of(CaseField.LEADS_PROVIDED, CaseField.PROPERTY_FOUND,
            CaseField.DISPOSAL_NEEDED, CaseField.AUCTION_SOLD, CaseField.FULLY_PAID, CaseField.EXTENSION_APPROVED);

    @Test
    void everyFormOfTheCaseAndTheSupervisionShowsTheCaseContextReadOnlyAtTheTop() {
        List<String> problems = new ArrayList<>();
        for (ModelTask task : caseTasks()) {
            JsonNode form = formOf(task);
            List<JsonNode> components = ModelsAndForms.components(form);
            for (String key : CONTEXT) {
                JsonNode field = ModelsAndForms.field(form, key);
                if (field == null || !field.path("disabled").asBoolean(false)) {
                    problems.add(task + ": " + key + " missing or not disabled");
                } else if (components.indexOf(field) > 6) {
                    problems.add(task + ": " + key + " is not at the top");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void displayVariablesAreNeverEditable() {
        List<String> problems = new ArrayList<>();
        for (ModelTask task : caseTasks()) {
            ModelsAndForms.components(formOf(task)).stream()
                    .filter(c -> CaseFormContext.DISPLAY_VARIABLES.contains(c.path("key").asText()))
                    .filter(c -> !c.path("disabled").asBoolean(false))
                    .forEach(c -> problems.add(task + ": " + c.path("key").asText()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValueTheGuardsRequireIsARequiredEditableFieldOfTheForm() {
        List<String> problems = new ArrayList<>();
        required().forEach((ref, fields) -> {
            ModelTask task = caseTasks().stream().filter(t -> t.processKey().equals(ref.processKey())
                    && t.task().getId().equals(ref.activityId())).findFirst().orElse(null);
            if (task == null) {
                problems.add(ref + ": no such user task in the models");
                return;
            }
            JsonNode form = formOf(task);
            for (String key : fields) {
                JsonNode field = ModelsAndForms.field(form, key);
                if (field == null || field.path("disabled").asBoolean(false)
                        || !field.path("validate").path("required").asBoolean(false)) {
                    problems.add(task + ": " + key + " is not a required editable field");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDecisionIsARadioOfBooleans() {
        List<String> problems = new ArrayList<>();
        EnforcementCaseGuards.REQUIRED.forEach((task, fields) -> fields.stream().filter(DECISIONS::contains).forEach(decision -> {
            JsonNode field = ModelsAndForms.field(formOf(enforcement(task)), decision.key());
            List<Object> values = new ArrayList<>();
            field.path("values").forEach(v -> values.add(v.path("value").isBoolean() ? v.path("value").asBoolean() : v.path("value").asText()));
            if (!"radio".equals(field.path("type").asText()) || !values.equals(List.of(true, false))) {
                problems.add(task + ": " + decision.key() + " offers " + values);
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void closingModeSelectOffersTheSixClosingModesByName() {
        Map<String, String> expected = new LinkedHashMap<>();
        Arrays.stream(ClosingMode.values()).forEach(m -> expected.put(m.name(), m.nameZh()));
        assertThat(options(EnforcementCaseProcess.Elements.DECIDE_CLOSING, EnforcementCaseProcess.Variables.CLOSING_MODE))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void referencePriceMethodSelectOffersTheFourMethods() {
        Map<String, String> expected = new LinkedHashMap<>();
        Arrays.stream(ReferencePriceMethod.values()).forEach(m -> expected.put(m.name(), m.nameZh()));
        assertThat(options(EnforcementCaseProcess.Elements.DETERMINE_REFERENCE_PRICE, EnforcementCaseProcess.Variables.REFERENCE_PRICE_METHOD))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void disposalOutcomeSelectOffersSaleOrTransfer() {
        Map<String, String> expected = new LinkedHashMap<>();
        Arrays.stream(DisposalOutcome.values()).forEach(o -> expected.put(o.name(), o.nameZh()));
        assertThat(options(EnforcementCaseProcess.Elements.SELL_OR_TRANSFER, EnforcementCaseProcess.Variables.DISPOSAL_OUTCOME))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void auctionFormsStateThePercentagesOfTheRatioTable() {
        LegalRatios ratios = LegalRatios.defaults();
        String reserveMin = ratios.get(LegalRatioCode.AUCTION_RESERVE_MIN_RATIO).minPercent().orElseThrow().toPlainString() + "%";
        String cutMax = ratios.get(LegalRatioCode.SECOND_AUCTION_MAX_CUT).maxPercent().orElseThrow().toPlainString() + "%";
        assertThat(ModelsAndForms.field(formOf(enforcement(EnforcementCaseProcess.Elements.FIRST_AUCTION)),
                EnforcementCaseProcess.Variables.FIRST_AUCTION_RESERVE_PRICE).path("description").asText()).contains(reserveMin);
        assertThat(ModelsAndForms.field(formOf(enforcement(EnforcementCaseProcess.Elements.SECOND_AUCTION)),
                EnforcementCaseProcess.Variables.SECOND_AUCTION_RESERVE_PRICE).path("description").asText()).contains(cutMax);
    }

    @Test
    void recordedDatesAreRequiredDatePickers() {
        Map<String, String> dates = Map.of(
                EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE, EnforcementCaseProcess.Variables.NOTICE_SERVED_ON,
                EnforcementCaseProcess.Elements.CHECK_LEADS, EnforcementCaseProcess.Variables.CHECKED_ON,
                EnforcementCaseProcess.Elements.INTERVIEW_CREDITOR, EnforcementCaseProcess.Variables.INTERVIEWED_ON,
                EnforcementCaseProcess.Elements.SEARCH_DEBTOR_ON_SITE, EnforcementCaseProcess.Variables.SEARCHED_ON,
                EnforcementCaseProcess.Elements.RENEW_CONTROL, EnforcementCaseProcess.Variables.RENEWED_UNTIL);
        dates.forEach((activity, key) -> {
            JsonNode field = ModelsAndForms.field(formOf(enforcement(activity)), key);
            assertThat(field).as(activity + " " + key).isNotNull();
            assertThat(field.path("type").asText()).isEqualTo("datetime");
            assertThat(field.path("subtype").asText()).isEqualTo("date");
            assertThat(field.path("validate").path("required").asBoolean()).isTrue();
        });
    }

    // --- helpers ---

    private static List<ModelTask> caseTasks() {
        return ModelsAndForms.userTasks().stream().filter(t -> CASE_PROCESSES.contains(t.processKey())).toList();
    }

    private static TaskRef enforcement(String activityId) {
        return new TaskRef(EnforcementCaseProcess.KEY, activityId);
    }

    private static JsonNode formOf(TaskRef ref) {
        return formOf(caseTasks().stream().filter(t -> t.processKey().equals(ref.processKey())
                && t.task().getId().equals(ref.activityId())).findFirst().orElseThrow());
    }

    private static JsonNode formOf(ModelTask task) {
        FormFile form = ModelsAndForms.formWithId(task.task().getCamundaFormRef());
        assertThat(form).as("form of " + task).isNotNull();
        return form.json();
    }

    private static Map<String, String> options(String activityId, String key) {
        JsonNode field = ModelsAndForms.field(formOf(enforcement(activityId)), key);
        assertThat(field.path("type").asText()).isEqualTo("select");
        assertThat(field.path("validate").path("required").asBoolean()).isTrue();
        Map<String, String> options = new LinkedHashMap<>();
        field.path("values").forEach(v -> options.put(v.path("value").asText(), v.path("label").asText()));
        return options;
    }
}
