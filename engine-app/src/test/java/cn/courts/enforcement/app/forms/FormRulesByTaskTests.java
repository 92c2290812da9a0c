package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.model.parameter.LegalRatios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue of {@link TaskRules}: every user task of the enforcement case and the supervision has its
 * rules; the completions the scenario tests and the demo cases make (decisions only) pass; a completion
 * with a bad value is refused at the first broken rule.
 */
class FormRulesByTaskTests {

    private static final String CASE = EnforcementCaseProcess.KEY;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final TaskRules rules = new TaskRules(LegalRatios.defaults(), completion -> Optional.empty());

    @Test
    void everyUserTaskOfTheCaseAndTheSupervisionHasRules() {
        Set<TaskRules.TaskRef> userTasks = ModelsAndForms.userTasks().stream()
                .filter(t -> Set.of(CASE, SupervisionProcess.KEY).contains(t.processKey()))
                .map(t -> new TaskRules.TaskRef(t.processKey(), t.task().getId())).collect(Collectors.toSet());
        assertThat(rules.tasks()).containsExactlyInAnyOrderElementsOf(userTasks);
        userTasks.forEach(task -> assertThat(rules.of(task.processKey(), task.activityId())).as(task.toString()).isNotEmpty());
    }

    @Test
    void taskOfAnotherModelHasNoRules() {
        assertThat(rules.of("CourtIsolationProbe", "Task_Probe")).isEmpty();
        assertThatCode(() -> rules.check("CourtIsolationProbe", "Task_Probe", Completion.of(Map.of(), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void completionsWithTheDecisionsOnlyPass() {
        Map<String, Map<String, Object>> completions = Map.of(
                Elements.ISSUE_EXECUTION_NOTICE, Map.of(),
                Elements.ASK_CREDITOR_FOR_LEADS, Map.of("leadsProvided", false),
                Elements.CHECK_LEADS, Map.of(),
                Elements.COMPLETE_INVESTIGATION, Map.of("propertyFound", true),
                Elements.CONTROL_PROPERTY, Map.of("disposalNeeded", true),
                Elements.DETERMINE_REFERENCE_PRICE, Map.of(),
                Elements.FIRST_AUCTION, Map.of("auctionSold", true),
                Elements.SELL_OR_TRANSFER, Map.of(),
                Elements.DISBURSE_FUNDS, Map.of("fullyPaid", false),
                Elements.DECIDE_CLOSING, Map.of("closingMode", "EXECUTION_COMPLETED"));
        completions.forEach((task, values) -> assertThatCode(() -> rules.check(CASE, task, Completion.of(values, TODAY)))
                .as(task).doesNotThrowAnyException());
    }

    @Test
    void completionsWithEveryFormValuePass() {
        assertThatCode(() -> rules.check(CASE, Elements.FIRST_AUCTION, Completion.of(Map.of("filingDate", "2026-03-02",
                "referencePrice", 3200000, "firstAuctionReservePrice", 2240000, "auctionSold", true, "salePrice", 2600000), TODAY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.check(CASE, Elements.DISBURSE_FUNDS, Completion.of(Map.of(
                "amountReceived", 131500, "amountDisbursed", 125000.5, "fullyPaid", true), TODAY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.check(CASE, Elements.ISSUE_EXECUTION_NOTICE, Completion.of(Map.of(
                "filingDate", "2026-03-02", "noticeServedOn", "2026-03-04"), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void firstBrokenRuleIsReported() {
        // the decision comes first: a missing decision is reported before a price below the ratio
        assertThatThrownBy(() -> rules.check(CASE, Elements.FIRST_AUCTION, Completion.of(Map.of(
                "referencePrice", 100000, "firstAuctionReservePrice", 10000), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("请选择“是否成交”（是或否）");
        assertThatThrownBy(() -> rules.check(CASE, Elements.FIRST_AUCTION, Completion.of(Map.of(
                "auctionSold", false, "referencePrice", 100000, "firstAuctionReservePrice", 10000), TODAY)))
                .hasMessageContaining("网拍规定 第十条");
    }

    @Test
    void eachRecordedDateIsCheckedAgainstTodayAndTheFiling() {
        Map<String, String> dates = Map.of(Elements.ISSUE_EXECUTION_NOTICE, "noticeServedOn", Elements.CHECK_LEADS, "checkedOn",
                Elements.INTERVIEW_CREDITOR, "interviewedOn", Elements.SEARCH_DEBTOR_ON_SITE, "searchedOn");
        dates.forEach((task, date) -> {
            assertThatThrownBy(() -> rules.check(CASE, task, Completion.of(Map.of(date, "2026-03-06"), TODAY)))
                    .as(task).isInstanceOf(CompletionRefusedException.class).hasMessageContaining("晚于今天");
            assertThatThrownBy(() -> rules.check(CASE, task, Completion.of(Map.of("filingDate", "2026-03-02", date, "2026-03-01"), TODAY)))
                    .as(task).isInstanceOf(CompletionRefusedException.class).hasMessageContaining("早于立案日期");
        });
    }

    @Test
    void requiredFieldsAreTheDecisionsTheClosingModeAndTheOpinion() {
        assertThat(rules.requiredFields(CASE, Elements.ASK_CREDITOR_FOR_LEADS)).containsExactly("leadsProvided");
        assertThat(rules.requiredFields(CASE, Elements.SECOND_AUCTION)).containsExactly("auctionSold");
        assertThat(rules.requiredFields(CASE, Elements.DECIDE_CLOSING)).containsExactly("closingMode");
        assertThat(rules.requiredFields(CASE, Elements.ISSUE_EXECUTION_NOTICE)).isEmpty();
        assertThat(rules.requiredFields(SupervisionProcess.KEY, SupervisionProcess.TASK_SUPERVISE)).containsExactly("supervisionOpinion");
    }
}
