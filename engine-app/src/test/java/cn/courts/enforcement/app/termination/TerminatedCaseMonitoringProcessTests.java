package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.enforcement.PropertyRecordRepository;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.support.ProcessTestCoverage;
import cn.courts.enforcement.app.termination.TerminationScenario.Filed;
import cn.courts.enforcement.app.web.RuleViolationException;
import cn.courts.enforcement.model.enforcement.CaseNumber;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.termination.rule.MonitoringStartsOnATerminatedCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.courts.enforcement.app.termination.TerminatedCaseMonitoringProcess.Elements.*;
import static cn.courts.enforcement.app.termination.TerminationScenario.BEIJING;
import static cn.courts.enforcement.app.termination.TerminationScenario.DEPOSIT;
import static cn.courts.enforcement.app.termination.TerminationScenario.JUDGE;
import static cn.courts.enforcement.app.termination.TerminationScenario.NOTHING;
import static cn.courts.enforcement.app.termination.TerminationScenario.at;
import static cn.courts.enforcement.app.support.RuleRefusalAssert.refusalOf;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Scenario tests of the 终本 library, {@code TerminatedCaseMonitoringProcess} (bpmn/TerminatedCaseMonitoringProcess.bpmn),
 * on the real application (终本规定 第九条; seed 002): every six months for five years the network search runs; assets
 * found resume the case as a linked 执恢 case with its own process and the creditor is notified; the creditor may
 * apply to resume at any time; two fruitless searches ask the listing to exit (法释〔2017〕7号 第十条); after five
 * years the monitoring ends. Each case is terminated on 2026-06-03 through the real approval; time is the engine
 * clock, the timers are executed explicitly. The tests cover every flow node and sequence flow of the process.
 */
@SpringBootTest
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@Import(ProcessTestCoverage.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TerminatedCaseMonitoringProcessTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Coverage {
        @Bean
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            ProcessEngineCoverageProperties.Builder builder = ProcessEngineCoverageProperties.builder()
                    .excludeProcessDefinitionKeys(EnforcementCaseProcess.KEY, TerminationApprovalProcess.KEY,
                            SupervisionProcess.WATCH_KEY, SupervisionProcess.KEY, LISTING_PROBE);
            if (!"false".equals(System.getProperty("process-test-coverage.assert"))) {
                builder.assertClassCoverageAtLeast(1.0);
            }
            return builder.build();
        }
    }

    /** A test-only stand-in for a dishonest listing of the case (test-processes/ListingExitProbe.bpmn). */
    static final String LISTING_PROBE = "ListingExitProbe";

    private static final AtomicInteger SEQUENCE = new AtomicInteger(63000);

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseFilingService filing;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    PropertyRecordRepository properties;
    @Autowired
    TerminatedCaseEntryRepository library;
    @Autowired
    TerminationActions actions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessStarts processStarts;

    private TerminationScenario scenario;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        scenario = new TerminationScenario(filing, runtimeService, externalTaskService, SEQUENCE);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void sixMonthlySearchFindingAssetsResumesTheCaseAsALinkedResumedCaseWithItsOwnProcess() {
        Filed old = scenario.terminatedCase();
        ProcessInstance monitoring = monitoringOf(old);
        assertThat(monitoring).isWaitingAtExactly(SEARCH_DUE);
        // the first search falls six months after 2026-06-03, in the night window, at the case's own offset
        Job timer = timerOf(monitoring);
        Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(LocalDate.of(2026, 12, 3).atTime(LocalTime.of(1, 0))
                .atZone(BEIJING).toInstant().plusSeconds(Math.floorMod(old.caseId(), Duration.ofHours(4).toSeconds())));
        Assertions.assertThat(timer.getTenantId()).isEqualTo("szft");
        // below the cases' own jobs (priority 0), for an executor that acquires by priority (docs/performance.md)
        Assertions.assertThat(timer.getPriority()).isEqualTo(-10);

        searchRound(old, LocalDate.of(2026, 12, 3), DEPOSIT);

        assertThat(monitoring).isEnded().hasPassed(RECORD_LIBRARY_SEARCH, RESUME_CASE, END_CASE_RESUMED)
                .hasNotPassed(REQUEST_LISTING_EXIT);
        TerminatedCaseEntry entry = library.findByCaseId(old.caseId()).orElseThrow();
        Assertions.assertThat(entry.status()).isEqualTo(TerminatedCaseEntry.Status.RESUMED);
        Assertions.assertThat(entry.resumptionTrigger()).isEqualTo(TerminatedCaseEntry.ResumptionTrigger.ASSETS_FOUND);
        Assertions.assertThat(properties.findByCaseIdOrderById(old.caseId())).extracting(PropertyRecord::kind, PropertyRecord::foundOn)
                .containsExactly(Assertions.tuple(PropertyKind.DEPOSIT, LocalDate.of(2026, 12, 3)));

        EnforcementCase resumed = cases.findById(entry.resumedCaseId()).orElseThrow();
        CaseNumber number = CaseNumber.parse(resumed.caseNumber());
        Assertions.assertThat(number.typeCode()).isEqualTo(CaseNumber.RESUMED_ENFORCEMENT);
        Assertions.assertThat(number.year()).isEqualTo(2026);
        Assertions.assertThat(number.courtCode()).isEqualTo("粤0304");
        Assertions.assertThat(resumed.resumedFromCaseId()).isEqualTo(old.caseId());
        Assertions.assertThat(resumed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        Assertions.assertThat(resumed.filingDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        Assertions.assertThat(jdbc.queryForList("select name from case_party where case_id = ? and role = ?", String.class,
                resumed.id(), PartyRole.CREDITOR.name())).containsExactly("深圳市乙贸易有限公司");
        ProcessInstance resumedProcess = runtimeService.createProcessInstanceQuery().processInstanceId(resumed.processInstanceId()).singleResult();
        Assertions.assertThat(resumedProcess.getBusinessKey()).isEqualTo(resumed.caseNumber());
        Assertions.assertThat(resumedProcess.getTenantId()).isEqualTo("szft");
        assertThat(resumedProcess).isWaitingAtExactly(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE);
        assertThat(task(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE, resumedProcess)).isAssignedTo("ftjudge1");
        Assertions.assertThat(jdbc.queryForList("select recipient_name, document, subject from service_record where case_id = ? "
                        + "and recipient_kind = 'PARTY'", resumed.id()))
                .singleElement().satisfies(row -> {
                    Assertions.assertThat(row.get("RECIPIENT_NAME")).isEqualTo("深圳市乙贸易有限公司");
                    Assertions.assertThat(row.get("DOCUMENT")).isEqualTo("恢复执行通知书");
                    Assertions.assertThat((String) row.get("SUBJECT")).contains(resumed.caseNumber());
                });
    }

    @Test
    void twoFruitlessSearchesAskTheCasesListingToExitOnceAndTheSearchesGoOn() {
        Filed old = scenario.terminatedCase();
        String probeDeployment = repositoryService.createDeployment().name("listing exit probe")
                .addClasspathResource("test-processes/ListingExitProbe.bpmn").deploy().getId();
        try {
            ProcessInstance listing = runtimeService.startProcessInstanceByKey(LISTING_PROBE, old.caseNumber(),
                    Variables.createVariables().putValue("courtId", "szft"));
            ProcessInstance monitoring = monitoringOf(old);

            searchRound(old, LocalDate.of(2026, 12, 3), NOTHING);
            assertThat(monitoring).isWaitingAtExactly(SEARCH_DUE).hasNotPassed(REQUEST_LISTING_EXIT);
            assertThat(listing).isWaitingAt("Event_ExitRequested");

            searchRound(old, LocalDate.of(2027, 6, 3), NOTHING);

            assertThat(monitoring).hasPassed(REQUEST_LISTING_EXIT).isWaitingAtExactly(SEARCH_DUE);
            assertThat(listing).isEnded().hasPassed("EndEvent_ListingDeleted");
            Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(listing.getId())
                            .variableName(TerminatedCaseMonitoringProcess.ListingExit.EXIT_REASON_VARIABLE).singleResult().getValue())
                    .isEqualTo("TERMINATED_FRUITLESS_SEARCHES");
            TerminatedCaseEntry entry = library.findByCaseId(old.caseId()).orElseThrow();
            Assertions.assertThat(entry.listingExitRequestedOn()).isEqualTo(LocalDate.of(2027, 6, 3));
            Assertions.assertThat(entry.fruitlessSearches()).isEqualTo(2);
            Assertions.assertThat(entry.nextSearchOn()).isEqualTo(LocalDate.of(2027, 12, 3));

            searchRound(old, LocalDate.of(2027, 12, 3), NOTHING);
            Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(monitoring.getId())
                    .activityId(REQUEST_LISTING_EXIT).count()).as("the listing exit is asked for once").isEqualTo(1);
        } finally {
            repositoryService.deleteDeployment(probeDeployment, true);
        }
    }

    @Test
    void afterFiveYearsOfFruitlessSearchesTheMonitoringEndsAndTheCreditorMayStillApplyToResume() {
        Filed old = scenario.terminatedCase();
        ProcessInstance monitoring = monitoringOf(old);
        List<LocalDate> searchDays = List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 6, 3), LocalDate.of(2027, 12, 3),
                LocalDate.of(2028, 6, 3), LocalDate.of(2028, 12, 3), LocalDate.of(2029, 6, 3), LocalDate.of(2029, 12, 3),
                LocalDate.of(2030, 6, 3), LocalDate.of(2030, 12, 3), LocalDate.of(2031, 6, 3));

        for (LocalDate day : searchDays) {
            searchRound(old, day, NOTHING);
        }

        assertThat(monitoring).isEnded().hasPassed(END_MONITORING, END_MONITORING_ENDED).hasNotPassed(RESUME_CASE);
        TerminatedCaseEntry entry = library.findByCaseId(old.caseId()).orElseThrow();
        Assertions.assertThat(entry.status()).isEqualTo(TerminatedCaseEntry.Status.MONITORING_ENDED);
        Assertions.assertThat(entry.searchesDone()).isEqualTo(10);
        Assertions.assertThat(entry.leftOn()).isEqualTo(LocalDate.of(2031, 6, 3));
        Assertions.assertThat(entry.monitoringEndsOn()).isEqualTo(LocalDate.of(2031, 6, 3));
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(monitoring.getId()).count()).isZero();

        // 终本规定 第九条 sets no end to the creditor's application
        at(LocalDate.of(2031, 9, 1), 10, 0);
        TerminatedCaseEntry resumed = actions.requestResumption(old.caseId(), JUDGE);
        Assertions.assertThat(resumed.status()).isEqualTo(TerminatedCaseEntry.Status.RESUMED);
        Assertions.assertThat(CaseNumber.parse(cases.findById(resumed.resumedCaseId()).orElseThrow().caseNumber()).year()).isEqualTo(2031);
    }

    @Test
    void creditorMayApplyToResumeAtAnyTimeWhileTheCaseIsInTheLibrary() {
        Filed old = scenario.terminatedCase();
        ProcessInstance monitoring = monitoringOf(old);
        at(LocalDate.of(2026, 8, 17), 15, 0);

        TerminatedCaseEntry entry = actions.requestResumption(old.caseId(), JUDGE);

        assertThat(monitoring).isEnded().hasPassed(RESUME_ON_REQUEST, END_RESUMED_ON_REQUEST).hasNotPassed(LIBRARY_NETWORK_SEARCH);
        Assertions.assertThat(entry.status()).isEqualTo(TerminatedCaseEntry.Status.RESUMED);
        Assertions.assertThat(entry.resumptionTrigger()).isEqualTo(TerminatedCaseEntry.ResumptionTrigger.CREDITOR_REQUEST);
        EnforcementCase resumed = cases.findById(entry.resumedCaseId()).orElseThrow();
        Assertions.assertThat(resumed.resumedFromCaseId()).isEqualTo(old.caseId());
        Assertions.assertThat(resumed.createdBy()).isEqualTo("ftjudge1");
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(monitoring.getId()).count()).isZero();

        Assertions.assertThatThrownBy(() -> actions.requestResumption(old.caseId(), JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("本案已恢复执行").hasMessageContaining(resumed.caseNumber());
    }

    @Test
    void aCaseNotTerminatedThisRoundCannotBeResumed() {
        Filed filed = scenario.file();
        Assertions.assertThatThrownBy(() -> actions.requestResumption(filed.caseId(), JUDGE))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("不在终本案件库中");
    }

    // --- the start: only for a case closed as 终本 (TerminatedCaseMonitoringGuards) ---

    @Test
    void monitoringStartedForACaseStillInProgressIsRefusedAndNoInstanceExists() {
        Filed filed = scenario.file();

        RuleRefusal refusal = refusalOf(() -> processStarts.start(TerminatedCaseMonitoringProcess.KEY, filed.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(TerminatedCaseMonitoringProcess.Variables.COURT_ID, "szft")
                        .putValue(TerminatedCaseMonitoringProcess.Variables.CASE_ID, filed.caseId())
                        .putValue(TerminatedCaseMonitoringProcess.Variables.CASE_NUMBER, filed.caseNumber())));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(MonitoringStartsOnATerminatedCase.RULE);
        Assertions.assertThat(refusal.citation()).isEqualTo("法〔2016〕373号 第九条");
        Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TerminatedCaseMonitoringProcess.KEY)
                .processInstanceBusinessKey(filed.caseNumber()).count()).isZero();
        Assertions.assertThat(library.findByCaseId(filed.caseId())).isEmpty();
    }

    @Test
    void secondMonitoringOfATerminatedCaseWithAnotherCasesEntryIsRefused() {
        Filed old = scenario.terminatedCase();
        Filed other = scenario.terminatedCase();
        Long otherEntry = library.findByCaseId(other.caseId()).orElseThrow().id();

        RuleRefusal refusal = refusalOf(() -> processStarts.start(TerminatedCaseMonitoringProcess.KEY, old.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(TerminatedCaseMonitoringProcess.Variables.COURT_ID, "szft")
                        .putValue(TerminatedCaseMonitoringProcess.Variables.CASE_ID, old.caseId())
                        .putValue(TerminatedCaseMonitoringProcess.Variables.LIBRARY_ENTRY_ID, otherEntry)));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(MonitoringStartsOnATerminatedCase.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("不属于本案");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TerminatedCaseMonitoringProcess.KEY)
                .processInstanceBusinessKey(old.caseNumber()).count()).isEqualTo(1);
    }

    // --- steps ---

    /** On {@code day} at 06:00 the round's timer has fired (executed here) and the network search answers. */
    private void searchRound(Filed old, LocalDate day, String findings) {
        ProcessInstance monitoring = monitoringOf(old);
        Job timer = timerOf(monitoring);
        Assertions.assertThat(timer.getDuedate()).isBetween(date(day, 1, 0), date(day, 5, 0));
        at(day, 6, 0);
        managementService.executeJob(timer.getId());
        assertThat(monitoring).isWaitingAtExactly(LIBRARY_NETWORK_SEARCH);
        scenario.answerNetworkSearch(old.caseNumber(), findings);
    }

    private ProcessInstance monitoringOf(Filed old) {
        ProcessInstance monitoring = runtimeService.createProcessInstanceQuery().processDefinitionKey(TerminatedCaseMonitoringProcess.KEY)
                .processInstanceBusinessKey(old.caseNumber()).singleResult();
        Assertions.assertThat(monitoring).as("library monitoring of %s", old.caseNumber()).isNotNull();
        return monitoring;
    }

    private Job timerOf(ProcessInstance monitoring) {
        Job timer = managementService.createJobQuery().processInstanceId(monitoring.getId()).timers().singleResult();
        Assertions.assertThat(timer).as("timer of the library search").isNotNull();
        return timer;
    }

    private static Date date(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(BEIJING).toInstant());
    }
}
