package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.support.InvestigationJoin;
import cn.courts.enforcement.app.support.ProcessTestCoverage;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.app.termination.TerminatedCaseEntryRepository;
import cn.courts.enforcement.app.termination.TerminatedCaseMonitoringProcess;
import cn.courts.enforcement.app.termination.TerminationApprovalProcess;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.RuleViolationException;
import cn.courts.enforcement.model.calendar.SuspensionReason;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.CaseSuspension;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.*;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Scenario tests of {@code EnforcementCaseProcess} (bpmn/EnforcementCaseProcess.bpmn) on the real
 * application: cases are filed through {@link CaseFilingService}, the judge's reports go through
 * {@link CaseActions}, the network search is answered as the external system would, and the deadline
 * watch runs by executing its timer job. Time is the engine clock, set to working days of 2026 (the
 * holiday table covers 2025-2026); every test starts on Monday 2026-03-02 09:00 in Beijing time.
 *
 * <p>Each test asserts the business outcome: which end event, the case row's status, closing mode and
 * limit, the property records and suspensions. Together the tests cover every flow node and sequence flow
 * of the process; the class fails if they do not (process-test coverage, report under
 * {@code target/process-test-coverage}; run a single method with {@code -Dprocess-test-coverage.assert=false}).
 */
@SpringBootTest
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@Import(ProcessTestCoverage.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class EnforcementCaseProcessTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Coverage {
        @Bean
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            ProcessEngineCoverageProperties.Builder builder = ProcessEngineCoverageProperties.builder()
                    // the platform's processes the watch drives, and the 终本 approval and library the case calls
                    // or starts, are not this class's subject (TerminationApprovalProcessTests, TerminatedCaseMonitoringProcessTests)
                    .excludeProcessDefinitionKeys(SupervisionProcess.WATCH_KEY, SupervisionProcess.KEY,
                            TerminationApprovalProcess.KEY, TerminatedCaseMonitoringProcess.KEY);
            if (!"false".equals(System.getProperty("process-test-coverage.assert"))) {
                builder.assertClassCoverageAtLeast(1.0);
            }
            return builder.build();
        }
    }

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    /** 6 months from the day after filing (法释〔2000〕29号 第五条、第八条): 2026-09-02, a Wednesday. */
    private static final LocalDate INITIAL_LIMIT = LocalDate.of(2026, 9, 2);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(61000);
    private static final String WORKER = "test-worker";
    private static final String TOPIC = "network-asset-search";
    private static final CurrentUser JUDGE = new CurrentUser("ftjudge1", List.of("judge"), List.of("szft"));

    private static final String DEPOSIT = """
            [{"kind":"DEPOSIT","description":"中国工商银行深圳分行 账户 6222****4821","holder":"中国工商银行","estimatedValue":131500.00}]""";
    private static final String REAL_ESTATE = """
            [{"kind":"REAL_ESTATE","description":"深圳市福田区某小区3栋1201房","holder":"深圳市不动产登记中心","estimatedValue":3200000.00}]""";
    private static final String NOTHING = "[]";
    /** Element ids of the model the process contract does not name. */
    private static final String EXTENSION_SUBPROCESS = "SubProcess_Extension";
    private static final String RENEWAL_SUBPROCESS = "SubProcess_ControlRenewal";
    private static final String CONTROL_RENEWED = "EndEvent_ControlRenewed";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseFilingService filing;
    @Autowired
    CaseActions actions;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    PropertyRecordRepository properties;
    @Autowired
    CaseSuspensionRepository suspensions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TerminatedCaseEntryRepository library;

    @BeforeEach
    void startOnMonday2March2026() {
        BpmnAwareTests.init(processEngine);
        at(FILED, 9, 0);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // --- the main path ---

    @Test
    void depositFoundByTheNetworkSearchIsFrozenAndPaidOutAndTheCaseClosesAsExecutionCompleted() {
        Filed filed = file();
        investigate(filed, true, DEPOSIT);

        List<PropertyRecord> found = properties.findByCaseIdOrderById(filed.caseId());
        Assertions.assertThat(found)
                .extracting(PropertyRecord::kind, PropertyRecord::source, PropertyRecord::holder, PropertyRecord::foundOn)
                .containsExactly(tuple(PropertyKind.DEPOSIT, PropertyRecord.Source.NETWORK_SEARCH, "中国工商银行", FILED));
        Assertions.assertThat(found.get(0).estimatedValue()).isEqualByComparingTo("131500.00");
        assertThat(filed.instance()).hasPassed(CHECK_LEADS).hasVariables(Variables.PROPERTY_FOUND, Variables.DISPOSAL_NEEDED);
        Assertions.assertThat(runtimeService.getVariable(filed.id(), Variables.DISPOSAL_NEEDED)).isEqualTo(false);

        complete(task(CONTROL_PROPERTY, filed.instance()));
        // a deposit is deducted, not auctioned: straight to the payout
        assertThat(filed.instance()).isWaitingAtExactly(DISBURSE_FUNDS);
        complete(task(DISBURSE_FUNDS, filed.instance()), withVariables(Variables.FULLY_PAID, true));

        assertThat(filed.instance()).isEnded().hasPassed(END_EXECUTION_COMPLETED)
                .hasNotPassed(DETERMINE_REFERENCE_PRICE, DECIDE_CLOSING);
        assertClosed(filed, ClosingMode.EXECUTION_COMPLETED);
    }

    @Test
    void realEstateSoldAtTheFirstAuctionIsPaidOutAndTheAuctionDaysDoNotCountTowardTheLimit() {
        Filed filed = file();
        investigate(filed, false, REAL_ESTATE);
        assertThat(filed.instance()).hasNotPassed(CHECK_LEADS);
        complete(task(CONTROL_PROPERTY, filed.instance()));
        assertThat(filed.instance()).isWaitingAtExactly(DETERMINE_REFERENCE_PRICE);

        at(LocalDate.of(2026, 3, 10), 10, 0);
        complete(task(DETERMINE_REFERENCE_PRICE, filed.instance()));
        assertThat(filed.instance()).isWaitingAtExactly(FIRST_AUCTION);
        Assertions.assertThat(auctionSuspensions(filed))
                .extracting(s -> s.interval().from(), s -> s.interval().toInclusive())
                .containsExactly(tuple(LocalDate.of(2026, 3, 10), null));

        at(LocalDate.of(2026, 3, 18), 16, 0);
        complete(task(FIRST_AUCTION, filed.instance()), withVariables(Variables.AUCTION_SOLD, true));

        // 03-10..03-18 is 9 days: 2026-09-02 + 9 = 2026-09-11 (Friday)
        assertCaseLimit(filed, LocalDate.of(2026, 9, 11));
        assertThat(filed.instance()).isWaitingAtExactly(DISBURSE_FUNDS).hasNotPassed(SECOND_AUCTION);
        complete(task(DISBURSE_FUNDS, filed.instance()), withVariables(Variables.FULLY_PAID, true));

        assertThat(filed.instance()).isEnded().hasPassed(END_EXECUTION_COMPLETED);
        assertClosed(filed, ClosingMode.EXECUTION_COMPLETED);
    }

    @Test
    void realEstateUnsoldAtTwoAuctionsIsSoldOrTransferredAndBothAuctionPeriodsMoveTheLimit() {
        Filed filed = atFirstAuction(LocalDate.of(2026, 3, 10));

        at(LocalDate.of(2026, 3, 18), 16, 0);
        complete(task(FIRST_AUCTION, filed.instance()), withVariables(Variables.AUCTION_SOLD, false));
        assertThat(filed.instance()).isWaitingAtExactly(SECOND_AUCTION);
        assertCaseLimit(filed, LocalDate.of(2026, 9, 11));

        at(LocalDate.of(2026, 3, 23), 16, 0);
        complete(task(SECOND_AUCTION, filed.instance()), withVariables(Variables.AUCTION_SOLD, false));
        assertThat(filed.instance()).isWaitingAtExactly(SELL_OR_TRANSFER);

        Assertions.assertThat(auctionSuspensions(filed))
                .extracting(s -> s.interval().from(), s -> s.interval().toInclusive())
                .containsExactly(tuple(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 18)),
                        tuple(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 23)));
        // 03-10..03-23 suspended (the shared day 03-18 counted once): 14 days, 2026-09-02 + 14 = 2026-09-16
        assertCaseLimit(filed, LocalDate.of(2026, 9, 16));

        complete(task(SELL_OR_TRANSFER, filed.instance()));
        complete(task(DISBURSE_FUNDS, filed.instance()), withVariables(Variables.FULLY_PAID, true));
        assertThat(filed.instance()).isEnded().hasPassed(SECOND_AUCTION, SELL_OR_TRANSFER, END_EXECUTION_COMPLETED);
        assertClosed(filed, ClosingMode.EXECUTION_COMPLETED);
    }

    @Test
    void proceedsOfTheSecondAuctionShortOfTheDebtGoToTheClosingReviewDueOnTheMovedLimit() {
        Filed filed = atFirstAuction(LocalDate.of(2026, 3, 10));
        at(LocalDate.of(2026, 3, 18), 16, 0);
        complete(task(FIRST_AUCTION, filed.instance()), withVariables(Variables.AUCTION_SOLD, false));
        at(LocalDate.of(2026, 3, 23), 16, 0);
        complete(task(SECOND_AUCTION, filed.instance()), withVariables(Variables.AUCTION_SOLD, true));
        assertThat(filed.instance()).isWaitingAtExactly(DISBURSE_FUNDS).hasNotPassed(SELL_OR_TRANSFER);

        complete(task(DISBURSE_FUNDS, filed.instance()), withVariables(Variables.FULLY_PAID, false));
        assertThat(filed.instance()).isWaitingAtExactly(DECIDE_CLOSING);
        assertThat(task(DECIDE_CLOSING, filed.instance())).isAssignedTo("ftjudge1")
                .hasDueDate(endOfDay(LocalDate.of(2026, 9, 16)));

        // the sold real estate was paid out, so disposed: after three months the 终本 application passes the gates
        applyForTermination(filed);
        assertThat(filed.instance()).isWaitingAtExactly(TERMINATION_APPROVAL);
        approveTermination(filed);

        assertThat(filed.instance()).isEnded().hasPassed(TERMINATION_APPROVAL, ENTER_TERMINATED_LIBRARY, END_TERMINATED_THIS_ROUND);
        assertClosed(filed, ClosingMode.TERMINATED_THIS_ROUND);
    }

    /** 终本 goes through the approval (caseWithoutPropertyIsTerminatedThisRoundOnlyAfterTheReviewerAndTheLeaderApprove). */
    @ParameterizedTest
    @EnumSource(value = ClosingMode.class, mode = EnumSource.Mode.EXCLUDE, names = "TERMINATED_THIS_ROUND")
    void caseWithoutPropertyClosesTheWayTheJudgeDecidesAtTheClosingReview(ClosingMode mode) {
        Filed filed = file();
        investigate(filed, false, NOTHING);
        Assertions.assertThat(properties.findByCaseIdOrderById(filed.caseId())).isEmpty();
        assertThat(filed.instance()).isWaitingAtExactly(DECIDE_CLOSING).hasNotPassed(CONTROL_PROPERTY);
        assertThat(task(DECIDE_CLOSING, filed.instance())).hasDueDate(endOfDay(INITIAL_LIMIT));

        complete(task(DECIDE_CLOSING, filed.instance()), withVariables(Variables.CLOSING_MODE, mode.name()));

        assertThat(filed.instance()).isEnded().hasPassed(END_EVENT_OF.get(mode)).hasNotPassed(TERMINATION_APPROVAL);
        assertClosed(filed, mode);
    }

    // --- terminating this round (终本): the approval, then the library ---

    @Test
    void caseWithoutPropertyIsTerminatedThisRoundOnlyAfterTheReviewerAndTheLeaderApprove() {
        Filed filed = file();
        investigate(filed, false, NOTHING);

        applyForTermination(filed);

        assertThat(filed.instance()).isWaitingAtExactly(TERMINATION_APPROVAL).hasNotPassed(CLOSE_CASE);
        Assertions.assertThat(caseRow(filed).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        approveTermination(filed);

        assertThat(filed.instance()).isEnded().hasPassed(TERMINATION_APPROVAL, CLOSE_CASE, ENTER_TERMINATED_LIBRARY,
                END_TERMINATED_THIS_ROUND);
        assertClosed(filed, ClosingMode.TERMINATED_THIS_ROUND);
        TerminatedCaseEntry entry = library.findByCaseId(filed.caseId()).orElseThrow();
        Assertions.assertThat(entry.status()).isEqualTo(TerminatedCaseEntry.Status.MONITORED);
        Assertions.assertThat(entry.terminatedOn()).isEqualTo(today());
    }

    @Test
    void terminationWithdrawnAfterAReturnBringsTheCaseBackToTheClosingReview() {
        Filed filed = file();
        investigate(filed, false, NOTHING);
        applyForTermination(filed);
        ProcessInstance approval = approvalOf(filed);
        complete(task(TerminationApprovalProcess.Elements.REVIEW_APPLICATION, approval), withVariables(
                TerminationApprovalProcess.Variables.REVIEW_APPROVED, false,
                TerminationApprovalProcess.Variables.RETURN_REASON, "申请执行人提供了新的财产线索，请核查后再议"));
        complete(task(TerminationApprovalProcess.Elements.REVISE_APPLICATION, approval),
                withVariables(TerminationApprovalProcess.Variables.RESUBMIT, false));

        assertThat(filed.instance()).isWaitingAtExactly(DECIDE_CLOSING).hasPassed(TERMINATION_APPROVAL).hasNotPassed(CLOSE_CASE);
        Assertions.assertThat(caseRow(filed).status()).isEqualTo(CaseStatus.IN_PROGRESS);

        complete(task(DECIDE_CLOSING, filed.instance()), withVariables(Variables.CLOSING_MODE, ClosingMode.TERMINATED.name()));
        assertThat(filed.instance()).isEnded().hasPassed(END_TERMINATED).hasNotPassed(ENTER_TERMINATED_LIBRARY);
        assertClosed(filed, ClosingMode.TERMINATED);
        Assertions.assertThat(library.findByCaseId(filed.caseId())).isEmpty();
    }

    private static final Map<ClosingMode, String> END_EVENT_OF = new EnumMap<>(Map.of(
            ClosingMode.EXECUTION_COMPLETED, END_DECIDED_EXECUTION_COMPLETED,
            ClosingMode.TERMINATED_THIS_ROUND, END_TERMINATED_THIS_ROUND,
            ClosingMode.TERMINATED, END_TERMINATED,
            ClosingMode.WITHDRAWN, END_WITHDRAWN,
            ClosingMode.NOT_ENFORCED, END_NOT_ENFORCED,
            ClosingMode.APPLICATION_REJECTED, END_APPLICATION_REJECTED));

    @Test
    void caseFiledWithoutAJudgeGoesToTheCourtsJudgeWithTheFewestOpenCases() {
        long ftjudge1 = openCasesOf("ftjudge1");
        long ftjudge2 = openCasesOf("ftjudge2");
        String expected = ftjudge2 < ftjudge1 ? "ftjudge2" : "ftjudge1";

        Filed filed = file(null);

        Assertions.assertThat(cases.findById(filed.caseId()).orElseThrow().judgeId()).isEqualTo(expected);
        assertThat(filed.instance()).hasPassed(ASSIGN_JUDGE).isWaitingAtExactly(ISSUE_EXECUTION_NOTICE);
        // 法发〔2006〕35号 第四条: 3 days from 2026-03-02
        assertThat(task(ISSUE_EXECUTION_NOTICE, filed.instance())).isAssignedTo(expected)
                .hasDueDate(endOfDay(LocalDate.of(2026, 3, 5)));
    }

    // --- full performance and settlement, from any node ---

    @Test
    void fullPerformanceReportedAtTheExecutionNoticeClosesTheCase() {
        Filed filed = file();
        assertThat(filed.instance()).isWaitingAtExactly(ISSUE_EXECUTION_NOTICE);

        actions.reportFullPerformance(filed.caseId(), JUDGE);

        assertThat(filed.instance()).isEnded().hasPassed(END_FULLY_PERFORMED);
        assertNoOpenWork(filed);
        assertClosed(filed, ClosingMode.EXECUTION_COMPLETED);
    }

    @Test
    void fullPerformanceReportedDuringTheInvestigationEndsEveryOpenBranch() {
        Filed filed = file();
        complete(task(ISSUE_EXECUTION_NOTICE, filed.instance()));
        complete(task(ASK_CREDITOR_FOR_LEADS, filed.instance()), withVariables(Variables.LEADS_PROVIDED, true));
        assertThat(filed.instance()).isWaitingAtExactly(CHECK_LEADS, NETWORK_ASSET_SEARCH, INTERVIEW_CREDITOR, SEARCH_DEBTOR_ON_SITE);

        actions.reportFullPerformance(filed.caseId(), JUDGE);

        assertThat(filed.instance()).isEnded().hasPassed(END_FULLY_PERFORMED).hasNotPassed(COMPLETE_INVESTIGATION);
        assertNoOpenWork(filed);
        assertClosed(filed, ClosingMode.EXECUTION_COMPLETED);
    }

    @Test
    void fullPerformanceReportedDuringAnAuctionClosesTheCaseAndTheAuctionSuspension() {
        Filed filed = atFirstAuction(LocalDate.of(2026, 3, 10));
        at(LocalDate.of(2026, 3, 12), 11, 0);

        runtimeService.createMessageCorrelation(EnforcementCaseProcess.Messages.FULLY_PERFORMED)
                .processInstanceId(filed.id()).correlate();

        assertThat(filed.instance()).isEnded().hasPassed(END_FULLY_PERFORMED).hasNotPassed(DISBURSE_FUNDS);
        assertNoOpenWork(filed);
        assertClosed(filed, ClosingMode.EXECUTION_COMPLETED);
        Assertions.assertThat(auctionSuspensions(filed))
                .extracting(s -> s.interval().from(), s -> s.interval().toInclusive())
                .containsExactly(tuple(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)));
    }

    @Test
    void performedSettlementClosesTheCaseAndEndsAPendingExtensionRequestToo() {
        Filed filed = file();
        investigate(filed, false, DEPOSIT);
        assertThat(filed.instance()).isWaitingAtExactly(CONTROL_PROPERTY);
        actions.requestExtension(filed.caseId(), JUDGE);
        assertThat(filed.instance()).isWaitingAtExactly(CONTROL_PROPERTY, EXTENSION_SUBPROCESS, APPROVE_EXTENSION);

        actions.reportSettlementPerformed(filed.caseId(), JUDGE);

        assertThat(filed.instance()).isEnded().hasPassed(END_BY_SETTLEMENT)
                .hasNotPassed(END_FULLY_PERFORMED, END_EXTENSION_GRANTED, END_EXTENSION_REFUSED);
        assertNoOpenWork(filed);
        assertClosed(filed, ClosingMode.EXECUTION_COMPLETED);
        Assertions.assertThatThrownBy(() -> actions.reportFullPerformance(filed.caseId(), JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("案件已结案");
    }

    // --- extension of the case limit (法发〔2006〕35号 第一条; 法释〔2000〕29号 第五条) ---

    @Test
    void extensionRequestedOnTheLastDayAndApprovedMovesTheLimitByThreeMonths() {
        Filed filed = file();
        // the limit is 2026-09-02: the request must come by 2026-08-28, 5 days before
        at(LocalDate.of(2026, 8, 28), 17, 0);
        actions.requestExtension(filed.caseId(), JUDGE);

        assertThat(filed.instance()).isWaitingAtExactly(ISSUE_EXECUTION_NOTICE, EXTENSION_SUBPROCESS, APPROVE_EXTENSION);
        Task approval = task(APPROVE_EXTENSION, filed.instance());
        assertThat(approval).isNotAssigned().hasCandidateGroup("leader").hasDueDate(endOfDay(INITIAL_LIMIT));
        Assertions.assertThat(runtimeService.getVariable(filed.id(), Variables.EXTENSION_REQUESTED_BY))
                .isEqualTo("ftjudge1");
        Assertions.assertThatThrownBy(() -> actions.requestExtension(filed.caseId(), JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("待审批");

        complete(approval, withVariables(Variables.EXTENSION_APPROVED, true));

        assertThat(filed.instance()).hasPassed(END_EXTENSION_GRANTED).isWaitingAtExactly(ISSUE_EXECUTION_NOTICE);
        // 6 + 3 months from 2026-03-02: 2026-12-02 (Wednesday)
        assertCaseLimit(filed, LocalDate.of(2026, 12, 2));
        Assertions.assertThat(caseRow(filed).extensionCount()).isEqualTo(1);
    }

    @Test
    void extensionRefusedByTheCourtLeaderLeavesTheLimitUnchanged() {
        Filed filed = file();
        actions.requestExtension(filed.caseId(), JUDGE);

        complete(task(APPROVE_EXTENSION, filed.instance()), withVariables(Variables.EXTENSION_APPROVED, false));

        assertThat(filed.instance()).hasPassed(END_EXTENSION_REFUSED).hasNotPassed(END_EXTENSION_GRANTED)
                .isWaitingAtExactly(ISSUE_EXECUTION_NOTICE);
        assertCaseLimit(filed, INITIAL_LIMIT);
        Assertions.assertThat(caseRow(filed).extensionCount()).isZero();
    }

    @Test
    void extensionRequestedLessThanFiveDaysBeforeTheLimitIsRefusedWithoutAnApprovalTask() {
        Filed filed = file();
        at(LocalDate.of(2026, 8, 29), 9, 0);

        Assertions.assertThatThrownBy(() -> actions.requestExtension(filed.caseId(), JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("5日").hasMessageContaining("2026-09-02");

        assertThat(filed.instance()).isWaitingAtExactly(ISSUE_EXECUTION_NOTICE).hasNotPassed(APPROVE_EXTENSION);
        assertCaseLimit(filed, INITIAL_LIMIT);
    }

    // --- the deadline watch (DeadlineWatchProcess, every 15 minutes) ---

    @Test
    void controlExpiringWithin30DaysAsksTheJudgeOnceToRenewItByTheExpiryDay() {
        Filed filed = file();
        investigate(filed, false, DEPOSIT);
        complete(task(CONTROL_PROPERTY, filed.instance()));
        PropertyRecord deposit = properties.findByCaseIdOrderById(filed.caseId()).get(0);
        LocalDate expiry = LocalDate.of(2026, 4, 30);
        deposit.control(FILED, expiry);
        properties.saveAndFlush(deposit);

        // 30 days before 04-30 is 03-31: on 03-02 the watch leaves the freeze alone
        runDeadlineWatch();
        assertThat(filed.instance()).isWaitingAtExactly(DISBURSE_FUNDS);

        at(LocalDate.of(2026, 4, 7), 9, 0);
        runDeadlineWatch();

        assertThat(filed.instance()).isWaitingAtExactly(DISBURSE_FUNDS, RENEWAL_SUBPROCESS, RENEW_CONTROL);
        assertThat(task(RENEW_CONTROL, filed.instance())).isAssignedTo("ftjudge1").hasDueDate(endOfDay(expiry));
        Assertions.assertThat(runtimeService.getVariable(filed.id(), Variables.PROPERTY_RECORD_ID))
                .isEqualTo(deposit.id());
        Assertions.assertThat(properties.findById(deposit.id()).orElseThrow().renewalRequested()).isTrue();

        at(LocalDate.of(2026, 4, 7), 10, 0);
        runDeadlineWatch();
        Assertions.assertThat(
                taskService.createTaskQuery().processInstanceId(filed.id()).taskDefinitionKey(RENEW_CONTROL).count()).isEqualTo(1);

        complete(task(RENEW_CONTROL, filed.instance()));
        assertThat(filed.instance()).hasPassed(CONTROL_RENEWED).isWaitingAtExactly(DISBURSE_FUNDS);
    }

    /** Each renewal keeps its own property (input mappings of Task_RenewControl), although both messages arrive in one scan. */
    @Test
    void twoFreezesExpiringTogetherGiveTwoRenewalTasksEachNamingItsOwnProperty() {
        Filed filed = file();
        investigate(filed, false, """
                [{"kind":"DEPOSIT","description":"中国工商银行深圳分行 账户 6222****4821","holder":"中国工商银行","estimatedValue":131500.00},
                 {"kind":"DEPOSIT","description":"招商银行深圳分行 账户 6214****0937","holder":"招商银行","estimatedValue":8200.00}]""");
        complete(task(CONTROL_PROPERTY, filed.instance()));
        List<PropertyRecord> deposits = properties.findByCaseIdOrderById(filed.caseId());
        deposits.get(0).control(FILED, LocalDate.of(2026, 4, 30));
        deposits.get(1).control(FILED, LocalDate.of(2026, 5, 6));
        properties.saveAllAndFlush(deposits);

        at(LocalDate.of(2026, 4, 7), 9, 0);
        runDeadlineWatch();

        List<Task> renewals = taskService.createTaskQuery().processInstanceId(filed.id()).taskDefinitionKey(RENEW_CONTROL)
                .orderByDueDate().asc().list();
        Assertions.assertThat(renewals).extracting(Task::getDueDate)
                .containsExactly(endOfDay(LocalDate.of(2026, 4, 30)), endOfDay(LocalDate.of(2026, 5, 6)));
        // the judge must see on each task which freeze it is about
        Assertions.assertThat(renewals).extracting(t -> taskService.getVariable(t.getId(), Variables.PROPERTY_RECORD_ID))
                .containsExactly(deposits.get(0).id(), deposits.get(1).id());
    }

    @Test
    void overdueNodeIsSupervisedByTheCommandCentreAndMailedToTheJudgeExactlyOnce() {
        Filed filed = file();
        Task notice = task(ISSUE_EXECUTION_NOTICE, filed.instance());

        // due 2026-03-05 (3 days): on Friday 03-06 it is overdue
        at(LocalDate.of(2026, 3, 6), 9, 0);
        runDeadlineWatch();

        List<ProcessInstance> supervisions = supervisionsOf(filed);
        Assertions.assertThat(supervisions).hasSize(1);
        Assertions.assertThat(supervisions.get(0).getTenantId()).isEqualTo("szft");
        Task supervise = taskService.createTaskQuery().processInstanceId(supervisions.get(0).getId()).singleResult();
        Assertions.assertThat(supervise.getTaskDefinitionKey()).isEqualTo(SupervisionProcess.TASK_SUPERVISE);
        Assertions.assertThat(supervise.getTenantId()).isEqualTo("szft");
        Assertions.assertThat(taskService.getIdentityLinksForTask(supervise.getId()))
                .filteredOn(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).extracting(IdentityLink::getGroupId)
                .containsExactly("commandcentre");
        Assertions.assertThat(jdbc.queryForList(
                        "select dedup_key from supervision where case_id = ?", String.class, filed.caseId()))
                .containsExactly("task:" + notice.getId());
        List<Map<String, Object>> mails = staffNoticesOf(filed);
        Assertions.assertThat(mails).hasSize(1);
        Assertions.assertThat(mails.get(0).get("RECIPIENT_ADDRESS")).isEqualTo("ftjudge1@court.example");
        Assertions.assertThat((String) mails.get(0).get("SUBJECT")).contains(filed.caseNumber()).contains("逾期");

        at(LocalDate.of(2026, 3, 6), 10, 0);
        runDeadlineWatch();

        Assertions.assertThat(supervisionsOf(filed)).hasSize(1);
        Assertions.assertThat(staffNoticesOf(filed)).hasSize(1);
        taskService.complete(supervise.getId(), Map.of("supervisionOpinion", "已电话督促承办法官，要求三日内办结。"));
        Assertions.assertThat(supervisionsOf(filed)).isEmpty();
    }

    @Test
    void supervisionTaskIsNamedAfterTheCaseAndTheOverdueNode() {
        Filed filed = file();
        at(LocalDate.of(2026, 3, 6), 9, 0);
        runDeadlineWatch();

        Task supervise = taskService.createTaskQuery().processInstanceId(supervisionsOf(filed).get(0).getId()).singleResult();
        // the command centre's Tasklist shows which case and which node to chase
        Assertions.assertThat(supervise.getName()).isEqualTo("督办：发出执行通知书及报告财产令 · " + filed.caseNumber());
    }

    // --- the network search, an external system ---

    @Test
    void networkSearchFailingThreeTimesBecomesAnIncidentAndTheCaseWaitsAtTheSearch() {
        Filed filed = file();
        complete(task(ISSUE_EXECUTION_NOTICE, filed.instance()));

        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            LockedExternalTask search = lockNetworkSearch(filed);
            externalTaskService.handleFailure(search.getId(), WORKER, "网络查控系统无响应", "timeout", retriesLeft, 60_000);
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(61))));
        }

        Assertions.assertThat(externalTaskService.fetchAndLock(1, WORKER).topic(TOPIC, 30_000)
                .businessKey(filed.caseNumber()).execute()).isEmpty();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(filed.id()).singleResult();
        Assertions.assertThat(incident).isNotNull();
        Assertions.assertThat(incident.getActivityId()).isEqualTo(NETWORK_ASSET_SEARCH);
        Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
        Assertions.assertThat(incident.getIncidentMessage()).isEqualTo("网络查控系统无响应");
        assertThat(filed.instance()).isWaitingAt(NETWORK_ASSET_SEARCH).hasNotPassed(RECORD_SEARCH_RESULTS);
        Assertions.assertThat(caseRow(filed).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        Assertions.assertThat(properties.findByCaseIdOrderById(filed.caseId())).isEmpty();
    }

    @Test
    void searchAnswerAndTheJudgesLastInvestigationStepArrivingTogetherBothSucceed() throws Exception {
        // the network system answers at the moment the judge records the on-site search: before the join became
        // asynchronous one of the two transactions failed on the engine's optimistic lock (the judge saw an error)
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                Filed filed = file();
                complete(task(ISSUE_EXECUTION_NOTICE, filed.instance()));
                complete(task(ASK_CREDITOR_FOR_LEADS, filed.instance()), withVariables(Variables.LEADS_PROVIDED, false));
                complete(task(INTERVIEW_CREDITOR, filed.instance()));
                LockedExternalTask search = lockNetworkSearch(filed);
                String onSite = task(SEARCH_DEBTOR_ON_SITE, filed.instance()).getId();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> answer = pool.submit(() -> {
                    together.await();
                    externalTaskService.complete(search.getId(), WORKER, Map.of(Variables.SEARCH_FINDINGS, NOTHING));
                    return null;
                });
                Future<?> judge = pool.submit(() -> {
                    together.await();
                    taskService.complete(onSite);
                    return null;
                });
                answer.get(30, TimeUnit.SECONDS);
                judge.get(30, TimeUnit.SECONDS);

                assertThat(filed.instance()).hasPassed(RECORD_SEARCH_RESULTS, SEARCH_DEBTOR_ON_SITE).isWaitingAt(INVESTIGATION_JOIN);
                Assertions.assertThat(taskService.createTaskQuery().processInstanceId(filed.id()).count()).isZero();
                joinInvestigation(filed);
                assertThat(filed.instance()).isWaitingAtExactly(COMPLETE_INVESTIGATION);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- scenario steps ---

    private record Filed(Long caseId, String caseNumber, ProcessInstance instance) {
        String id() {
            return instance.getId();
        }
    }

    private Filed file() {
        return file("ftjudge1");
    }

    private Filed file(String judgeId) {
        String number = "（2026）粤0304执" + SEQUENCE.incrementAndGet() + "号";
        CaseFilingRequest request = new CaseFilingRequest(number, "szft", new BigDecimal("125000.50"),
                "（2025）粤0304民初5678号民事判决书", false, FILED, judgeId,
                List.of(new CaseFilingRequest.Party(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市甲科技有限公司",
                                "91350100M000100Y43", "creditor@example.com"),
                        new CaseFilingRequest.Party(PartyRole.DEBTOR, PartyKind.PERSON, "王某", "11010519491231002X", null)));
        CaseFilingService.FiledCase filed = filing.file(request, JUDGE);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(filed.processInstanceId()).singleResult();
        Assertions.assertThat(instance.getBusinessKey()).isEqualTo(number);
        Assertions.assertThat(instance.getTenantId()).isEqualTo("szft");
        Assertions.assertThat(filed.caseLimitDate()).isEqualTo(INITIAL_LIMIT);
        return new Filed(filed.caseId(), number, instance);
    }

    /** Notice, the four investigation branches (the network search answers {@code findings}), completion. */
    private void investigate(Filed filed, boolean leadsProvided, String findings) {
        complete(task(ISSUE_EXECUTION_NOTICE, filed.instance()));
        assertThat(filed.instance()).isWaitingAtExactly(ASK_CREDITOR_FOR_LEADS, NETWORK_ASSET_SEARCH, INTERVIEW_CREDITOR,
                SEARCH_DEBTOR_ON_SITE);
        complete(task(ASK_CREDITOR_FOR_LEADS, filed.instance()), withVariables(Variables.LEADS_PROVIDED, leadsProvided));
        if (leadsProvided) {
            complete(task(CHECK_LEADS, filed.instance()));
        }
        LockedExternalTask search = lockNetworkSearch(filed);
        externalTaskService.complete(search.getId(), WORKER, Map.of(Variables.SEARCH_FINDINGS, findings));
        complete(task(INTERVIEW_CREDITOR, filed.instance()));
        complete(task(SEARCH_DEBTOR_ON_SITE, filed.instance()));
        joinInvestigation(filed);
        assertThat(filed.instance()).isWaitingAtExactly(COMPLETE_INVESTIGATION).hasPassed(RECORD_SEARCH_RESULTS);
        complete(task(COMPLETE_INVESTIGATION, filed.instance()));
    }

    /**
     * Executes, as the job executor would, the jobs of the branches waiting before the asynchronous join of the
     * investigation: one per branch.
     */
    private void joinInvestigation(Filed filed) {
        Assertions.assertThat(InvestigationJoin.execute(managementService, filed.id()))
                .as("investigation branches waiting before the join").isEqualTo(4);
    }

    /**
     * The judge applies for 终本 at the closing review on 2026-06-03, more than three months after filing (四个不批之四),
     * recording the consumption restriction and the listing (终本规定 第一条第（二）项).
     */
    private void applyForTermination(Filed filed) {
        at(LocalDate.of(2026, 6, 3), 10, 0);
        complete(task(DECIDE_CLOSING, filed.instance()), withVariables(
                Variables.CLOSING_MODE, ClosingMode.TERMINATED_THIS_ROUND.name(),
                "closingReason", "经网络查控、上门查找，未发现可供执行的财产；已约谈申请执行人。",
                Variables.CONSUMPTION_RESTRICTION_ISSUED, true,
                Variables.DEBTOR_LISTED_OR_NOT_QUALIFYING, true));
    }

    /** The reviewer (with the creditor's signed confirmation) and then the leader approve. */
    private void approveTermination(Filed filed) {
        ProcessInstance approval = approvalOf(filed);
        complete(task(TerminationApprovalProcess.Elements.REVIEW_APPLICATION, approval), withVariables(
                TerminationApprovalProcess.Variables.REVIEW_APPROVED, true,
                TerminationApprovalProcess.Variables.CONSENT_BASIS, cn.courts.enforcement.model.termination.ConsentBasis.CREDITOR_SIGNED.name(),
                TerminationApprovalProcess.Variables.CONSENT_RECORD, "申请执行人终本确认书（2026年6月3日签字）"));
        complete(task(TerminationApprovalProcess.Elements.LEADER_APPROVAL, approval),
                withVariables(TerminationApprovalProcess.Variables.LEADER_APPROVED, true));
    }

    private ProcessInstance approvalOf(Filed filed) {
        ProcessInstance approval = runtimeService.createProcessInstanceQuery().superProcessInstanceId(filed.id()).singleResult();
        Assertions.assertThat(approval).as("termination approval of %s", filed.caseNumber()).isNotNull();
        return approval;
    }

    /** Real estate found and seized, reference price set on {@code auctionStarts}: the first auction runs. */
    private Filed atFirstAuction(LocalDate auctionStarts) {
        Filed filed = file();
        investigate(filed, false, REAL_ESTATE);
        complete(task(CONTROL_PROPERTY, filed.instance()));
        at(auctionStarts, 10, 0);
        complete(task(DETERMINE_REFERENCE_PRICE, filed.instance()));
        assertThat(filed.instance()).isWaitingAtExactly(FIRST_AUCTION);
        return filed;
    }

    private LockedExternalTask lockNetworkSearch(Filed filed) {
        List<LockedExternalTask> locked = externalTaskService.fetchAndLock(1, WORKER).topic(TOPIC, 30_000)
                .businessKey(filed.caseNumber()).execute();
        Assertions.assertThat(locked).as("network search of %s", filed.caseNumber()).hasSize(1);
        return locked.get(0);
    }

    /** Executes the watch's timer job now (its cycle then schedules the next one). */
    private void runDeadlineWatch() {
        Job timer = managementService.createJobQuery().processDefinitionKey(SupervisionProcess.WATCH_KEY).timers().singleResult();
        Assertions.assertThat(timer).as("timer job of the deadline watch").isNotNull();
        managementService.executeJob(timer.getId());
    }

    // --- what the tests read ---

    private EnforcementCase caseRow(Filed filed) {
        return cases.findById(filed.caseId()).orElseThrow();
    }

    private void assertClosed(Filed filed, ClosingMode mode) {
        EnforcementCase c = caseRow(filed);
        Assertions.assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        Assertions.assertThat(c.closingMode()).isEqualTo(mode);
        Assertions.assertThat(c.closedOn()).isEqualTo(today());
    }

    private void assertCaseLimit(Filed filed, LocalDate limit) {
        Assertions.assertThat(caseRow(filed).caseLimitDate()).as("case_limit_date of the row").isEqualTo(limit);
        Assertions.assertThat(runtimeService.getVariable(filed.id(), Variables.CASE_LIMIT_DATE))
                .as("caseLimitDate variable").isEqualTo(limit.toString());
    }

    private void assertNoOpenWork(Filed filed) {
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(filed.id()).count()).isZero();
        Assertions.assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(filed.id()).count()).isZero();
        Assertions.assertThat(runtimeService.createExecutionQuery().processInstanceId(filed.id()).count()).isZero();
    }

    private List<CaseSuspension> auctionSuspensions(Filed filed) {
        return suspensions.findByCaseIdOrderById(filed.caseId()).stream()
                .filter(s -> s.reason() == SuspensionReason.AUCTION).toList();
    }

    private List<ProcessInstance> supervisionsOf(Filed filed) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SupervisionProcess.KEY)
                .processInstanceBusinessKey(filed.caseNumber()).tenantIdIn("szft").list();
    }

    private List<Map<String, Object>> staffNoticesOf(Filed filed) {
        return jdbc.queryForList("select recipient_address, subject from service_record where case_id = ? and recipient_kind = 'STAFF' and document = '督办提醒'",
                filed.caseId());
    }

    private long openCasesOf(String judgeId) {
        return cases.findAll().stream().filter(c -> "szft".equals(c.courtId()) && c.status() == CaseStatus.IN_PROGRESS
                && judgeId.equals(c.judgeId())).count();
    }

    // --- the engine clock ---

    private static void at(LocalDate day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(BEIJING).toInstant()));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(ZonedDateTime.of(day, LocalTime.of(23, 59, 59), BEIJING).toInstant());
    }
}
