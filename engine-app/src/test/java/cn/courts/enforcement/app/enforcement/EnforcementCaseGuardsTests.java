package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements;
import cn.courts.enforcement.app.platform.guard.FieldError;
import cn.courts.enforcement.app.platform.guard.FormValues;
import cn.courts.enforcement.app.platform.guard.TaskGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import cn.courts.enforcement.app.platform.guard.TaskStep;
import cn.courts.enforcement.app.tasklist.ModelsAndForms;
import cn.courts.enforcement.model.enforcement.CaseNumber;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.parameter.LegalParameters;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The guards {@link EnforcementCaseGuards} declares, run as the registry runs them (first refusal wins, malformed values
 * are all collected): every user task of the model is declared; the completions the scenario tests and the demo cases
 * make (decisions only) pass; a missing decision is refused before a broken price rule; recorded dates are checked
 * against today and the case row's filing day; the renewal against the property record.
 */
class EnforcementCaseGuardsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    private static final long CASE_ID = 7L;
    private static final long PROPERTY_ID = 11L;

    private final EnforcementCaseRepository cases = mock(EnforcementCaseRepository.class);
    private final PropertyRecordRepository properties = mock(PropertyRecordRepository.class);
    private final LegalCalendarService calendar = mock(LegalCalendarService.class);
    private final EnforcementCaseGuards guards;

    EnforcementCaseGuardsTests() {
        when(calendar.parameters()).thenReturn(LegalParameters.defaults());
        EnforcementCase filed = new EnforcementCase(CaseNumber.parse("（2026）粤0304执100号"), "szft", FILED,
                new BigDecimal("125000.50"), "（2025）粤0304民初5678号民事判决书", false, LocalDate.of(2026, 9, 2), "ftjudge1",
                Instant.parse("2026-03-02T01:00:00Z"));
        when(cases.findById(CASE_ID)).thenReturn(Optional.of(filed));
        PropertyRecord deposit = new PropertyRecord(CASE_ID, PropertyKind.DEPOSIT, "中国工商银行深圳分行 账户 6222****4821",
                "中国工商银行", new BigDecimal("131500"), PropertyRecord.Source.NETWORK_SEARCH, FILED);
        deposit.control(FILED, LocalDate.of(2026, 4, 30));
        when(properties.findById(PROPERTY_ID)).thenReturn(Optional.of(deposit));
        when(calendar.dueDate(any(), any())).thenReturn(LocalDate.of(2027, 3, 5));
        guards = new EnforcementCaseGuards(cases, properties, calendar);
    }

    /** What the registry makes of a completion: the malformed fields, else the first refusal. */
    private record Outcome(List<FieldError> malformed, RuleRefusal refusal) {
        boolean allowed() {
            return malformed.isEmpty() && refusal == null;
        }
    }

    private Outcome complete(String element, Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.putIfAbsent("caseId", CASE_ID);
        FormValues form = new FormValues(all::get, ZoneId.of("Asia/Shanghai"));
        TaskStep step = new TaskStep(TaskStep.Kind.COMPLETION, EnforcementCaseProcess.KEY, element, "task-1", form,
                Optional.empty(), "ftjudge1", TODAY);
        RuleRefusal first = null;
        for (TaskGuard guard : guards.userTasks().get(element).onCompletion()) {
            Optional<RuleRefusal> refusal = guard.check(step).rejection();
            if (refusal.isPresent() && first == null) {
                first = refusal.get();
            }
        }
        return new Outcome(form.errors(), first);
    }

    @Test
    void everyUserTaskOfTheModelIsDeclared() {
        List<String> userTasks = ModelsAndForms.userTasks().stream()
                .filter(t -> EnforcementCaseProcess.KEY.equals(t.processKey())).map(t -> t.task().getId()).toList();
        assertThat(userTasks).isNotEmpty();
        assertThat(guards.userTasks().keySet()).containsExactlyInAnyOrderElementsOf(userTasks);
        assertThat(guards.userTasks().values()).noneMatch(TaskGuards::isEmpty);
        assertThat(EnforcementCaseGuards.REQUIRED.keySet()).allMatch(userTasks::contains);
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
        completions.forEach((task, values) -> assertThat(complete(task, values).allowed()).as(task).isTrue());
    }

    @Test
    void completionsWithEveryFormValuePass() {
        assertThat(complete(Elements.FIRST_AUCTION, Map.of("referencePrice", 3200000, "firstAuctionReservePrice", 2240000,
                "auctionSold", true, "salePrice", 2600000)).allowed()).isTrue();
        assertThat(complete(Elements.DISBURSE_FUNDS, Map.of("amountReceived", 131500, "amountDisbursed", 125000.5,
                "fullyPaid", true)).allowed()).isTrue();
        assertThat(complete(Elements.ISSUE_EXECUTION_NOTICE, Map.of("noticeServedOn", "2026-03-04")).allowed()).isTrue();
        assertThat(complete(Elements.DECIDE_CLOSING, Map.of("closingMode", "TERMINATED_THIS_ROUND",
                "closingReason", "经网络查控、上门查找，未发现可供执行的财产。")).allowed()).isTrue();
    }

    @Test
    void aMissingDecisionIsRefusedBeforeAPriceBelowTheRatio() {
        Outcome noDecision = complete(Elements.FIRST_AUCTION, Map.of("referencePrice", 100000, "firstAuctionReservePrice", 10000));
        assertThat(noDecision.refusal().ruleCode()).isEqualTo("DECISION_REQUIRED");
        assertThat(noDecision.refusal().messageZh()).isEqualTo("请选择“是否成交”（是或否）");
        Outcome lowReserve = complete(Elements.FIRST_AUCTION, Map.of("auctionSold", false, "referencePrice", 100000,
                "firstAuctionReservePrice", 10000));
        assertThat(lowReserve.refusal().ruleCode()).isEqualTo("AUCTION_RESERVE_PRICE_MIN");
        assertThat(lowReserve.refusal().messageZh()).contains("网拍规定 第十条");
    }

    @Test
    void eachRecordedDateIsCheckedAgainstTodayAndTheCasesFilingDay() {
        Map<String, String> dates = Map.of(Elements.ISSUE_EXECUTION_NOTICE, "noticeServedOn", Elements.CHECK_LEADS, "checkedOn",
                Elements.INTERVIEW_CREDITOR, "interviewedOn", Elements.SEARCH_DEBTOR_ON_SITE, "searchedOn");
        dates.forEach((task, date) -> {
            assertThat(complete(task, Map.of(date, "2026-03-06")).refusal().ruleCode()).as(task)
                    .isEqualTo("RECORDED_DATE_NOT_IN_FUTURE");
            // the case row's filing day counts, not a filingDate submitted with the form
            assertThat(complete(task, Map.of("filingDate", "2026-02-01", date, "2026-03-01")).refusal().ruleCode()).as(task)
                    .isEqualTo("RECORDED_DATE_NOT_BEFORE_FILING");
        });
    }

    @Test
    void closingRequiresAModeAndATerminationItsReason() {
        assertThat(complete(Elements.DECIDE_CLOSING, Map.of()).refusal().ruleCode()).isEqualTo("CLOSING_MODE");
        assertThat(complete(Elements.DECIDE_CLOSING, Map.of("closingMode", "TERMINATED_THIS_ROUND")).refusal().ruleCode())
                .isEqualTo("TERMINATION_REASON_REQUIRED");
    }

    @Test
    void renewalIsCheckedAgainstThePropertyRecord() {
        Map<String, Object> values = new HashMap<>(Map.of("propertyRecordId", PROPERTY_ID));
        values.put("renewedUntil", "2026-04-30");
        assertThat(complete(Elements.RENEW_CONTROL, values).refusal().ruleCode()).isEqualTo("RENEWAL_EXTENDS_CONTROL");
        values.put("renewedUntil", "2027-03-06");
        Outcome tooLong = complete(Elements.RENEW_CONTROL, values);
        assertThat(tooLong.refusal().ruleCode()).isEqualTo("RENEWAL_WITHIN_LEGAL_PERIOD");
        assertThat(tooLong.refusal().messageZh()).contains("最迟为2027年03月05日", "冻结银行存款的期限不得超过1年");
        values.put("renewedUntil", "2027-03-05");
        assertThat(complete(Elements.RENEW_CONTROL, values).allowed()).isTrue();
    }

    @Test
    void valuesOfTheWrongTypeAreAllReportedAsMalformed() {
        Outcome outcome = complete(Elements.FIRST_AUCTION, Map.of("auctionSold", "是", "firstAuctionReservePrice", "七万",
                "referencePrice", 100000));
        assertThat(outcome.malformed()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("auctionSold", "firstAuctionReservePrice");
        assertThat(outcome.malformed().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageZh)))
                .containsEntry("firstAuctionReservePrice", "“第一次拍卖起拍价”应为金额（以元为单位的数字）");
    }
}
