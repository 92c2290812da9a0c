package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.CaseActions;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.enforcement.PropertyRecordRepository;
import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.support.ProcessTestCoverage;
import cn.courts.enforcement.app.termination.TerminationScenario.Filed;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import cn.courts.enforcement.model.termination.TerminationApplication;
import cn.courts.enforcement.model.termination.TerminationGate;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.termination.rule.ApplicantRecusal;
import cn.courts.enforcement.model.termination.rule.ApprovalDecision;
import cn.courts.enforcement.model.termination.rule.ApprovalRestsOnConsent;
import cn.courts.enforcement.model.termination.rule.ApprovalStartsOnAnApplication;
import cn.courts.enforcement.model.termination.rule.TerminationGatesPassed;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.DECIDE_CLOSING;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.INTERVIEW_CREDITOR;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.NETWORK_ASSET_SEARCH;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.SEARCH_DEBTOR_ON_SITE;
import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Elements.*;
import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Variables;
import static cn.courts.enforcement.app.termination.TerminationScenario.FIRST_DAY_ALLOWED;
import static cn.courts.enforcement.app.termination.TerminationScenario.JUDGE;
import static cn.courts.enforcement.app.termination.TerminationScenario.at;
import static cn.courts.enforcement.app.support.RuleRefusalAssert.refusalOf;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Scenario tests of the 终本 application and {@code TerminationApprovalProcess} (bpmn/TerminationApprovalProcess.bpmn)
 * on the real application: the "四个不批" (seed 004) and the SPC's conditions (法〔2016〕373号 第一条) checked by the DMN
 * table when the judge applies at the closing review, then the reviewer, the leader, returns and withdrawals, and the
 * rule that an applicant never approves his own application. Time is the engine clock (cases filed on Monday
 * 2026-03-02); the job executor is off. The tests cover every flow node and sequence flow of the approval process.
 */
@SpringBootTest
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@Import(ProcessTestCoverage.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TerminationApprovalProcessTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Coverage {
        @Bean
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            ProcessEngineCoverageProperties.Builder builder = ProcessEngineCoverageProperties.builder()
                    .excludeProcessDefinitionKeys(EnforcementCaseProcess.KEY, TerminatedCaseMonitoringProcess.KEY,
                            SupervisionProcess.WATCH_KEY, SupervisionProcess.KEY);
            if (!"false".equals(System.getProperty("process-test-coverage.assert"))) {
                builder.assertClassCoverageAtLeast(1.0);
            }
            return builder.build();
        }
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger(62000);

    /** A word of each gate's reason in the DMN table. */
    private static final Map<TerminationGate, String> REASON_OF = new EnumMap<>(Map.of(
            TerminationGate.PROPERTY_NOT_DISPOSED, "四个不批之一：已发现的财产尚未处置完毕",
            TerminationGate.NO_ON_SITE_SEARCH, "四个不批之二：未上门查找被执行人",
            TerminationGate.CREDITOR_NOT_INTERVIEWED, "四个不批之三：未约谈申请执行人",
            TerminationGate.WITHIN_THREE_MONTHS_OF_FILING, "四个不批之四：自立案之日起未超过三个月",
            TerminationGate.EXECUTION_NOTICE_NOT_SENT, "未向被执行人发出执行通知书及报告财产令",
            TerminationGate.CONSUMPTION_NOT_RESTRICTED, "未向被执行人发出限制消费令",
            TerminationGate.QUALIFYING_DEBTOR_NOT_LISTED, "符合条件的被执行人未纳入失信被执行人名单",
            TerminationGate.NETWORK_SEARCH_NOT_DONE, "未通过网络执行查控系统查询被执行人的财产"));

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    DecisionService decisionService;
    @Autowired
    CaseFilingService filing;
    @Autowired
    CaseActions caseActions;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    PropertyRecordRepository properties;
    @Autowired
    TerminationApplicationRepository applications;
    @Autowired
    TerminationGateRefusalRepository refusals;
    @Autowired
    TerminatedCaseEntryRepository library;
    @Autowired
    TerminationActions actions;
    @Autowired
    TerminationFigures figures;
    @Autowired
    ProcessStarts processStarts;
    @Autowired
    HistoryService historyService;

    private TerminationScenario scenario;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        scenario = new TerminationScenario(filing, runtimeService, externalTaskService, SEQUENCE);
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    // --- the gates, checked when the judge applies ---

    @ParameterizedTest
    @EnumSource(TerminationGate.class)
    void eachGateAloneRefusesTheApplicationWithItsOwnReasonAndNothingInTheCaseChanges(TerminationGate gate) {
        Filed filed = scenario.file();
        scenario.investigateSkipping(filed, switch (gate) {
            case EXECUTION_NOTICE_NOT_SENT -> ISSUE_EXECUTION_NOTICE;
            case NO_ON_SITE_SEARCH -> SEARCH_DEBTOR_ON_SITE;
            case CREDITOR_NOT_INTERVIEWED -> INTERVIEW_CREDITOR;
            case NETWORK_SEARCH_NOT_DONE -> NETWORK_ASSET_SEARCH;
            default -> null;
        });
        if (gate == TerminationGate.PROPERTY_NOT_DISPOSED) {
            // a creditor's lead recorded after the investigation, not yet seized or sold
            properties.saveAndFlush(new PropertyRecord(filed.caseId(), PropertyKind.OTHER, "被执行人名下二手挖掘机一台",
                    null, new BigDecimal("60000.00"), PropertyRecord.Source.CREDITOR_LEAD, LocalDate.of(2026, 5, 20)));
        }
        // 2026-06-02 is the last day of the three months: "超过" excludes it (《民法典》第1259条)
        at(gate == TerminationGate.WITHIN_THREE_MONTHS_OF_FILING ? LocalDate.of(2026, 6, 2) : FIRST_DAY_ALLOWED, 10, 0);
        long refusalsBefore = refusals.count();

        RuleRefusal refusal = refusalOf(() -> scenario.apply(filed,
                gate != TerminationGate.CONSUMPTION_NOT_RESTRICTED, gate != TerminationGate.QUALIFYING_DEBTOR_NOT_LISTED));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(TerminationGatesPassed.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("终本申请未通过审批条件检查").contains("1. " + REASON_OF.get(gate))
                .doesNotContain("2. ");

        assertThat(filed.instance()).isWaitingAt(DECIDE_CLOSING).hasNotPassed(EnforcementCaseProcess.Elements.TERMINATION_APPROVAL);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(filed.id()).count()).isZero();
        Assertions.assertThat(runtimeService.getVariable(filed.id(), EnforcementCaseProcess.Variables.CLOSING_MODE)).isNull();
        Assertions.assertThat(cases.findById(filed.caseId()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        List<TerminationApplication> recorded = applications.findByCaseIdOrderById(filed.caseId());
        Assertions.assertThat(recorded).extracting(TerminationApplication::status)
                .containsExactly(TerminationApplication.Status.REFUSED_BY_GATES);
        Assertions.assertThat(refusals.findByApplicationIdOrderById(recorded.get(0).id()))
                .extracting(r -> r.gate()).containsExactly(gate);
        Assertions.assertThat(refusals.count()).isEqualTo(refusalsBefore + 1);
    }

    @Test
    void applicationOnAFreshCaseNamesEveryFailingGate() {
        Filed filed = scenario.file();
        runtimeService.createProcessInstanceModification(filed.id()).startBeforeActivity(DECIDE_CLOSING).execute();

        RuleRefusal refusal = refusalOf(() -> scenario.apply(filed, false, false));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(TerminationGatesPassed.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("1. ").contains("7. ").doesNotContain("8. ")
                .contains(REASON_OF.get(TerminationGate.NO_ON_SITE_SEARCH))
                .contains(REASON_OF.get(TerminationGate.WITHIN_THREE_MONTHS_OF_FILING));
    }

    @Test
    void terminationCheckShowsTheGateResultsWithoutChangingAnything() {
        Filed filed = scenario.file();
        long applicationsBefore = applications.count();

        GateCheckResult early = actions.check(filed.caseId(), true, true, JUDGE);

        Assertions.assertThat(early.passed()).isFalse();
        Assertions.assertThat(early.failures()).extracting(GateCheckResult.Failure::gate).containsExactlyInAnyOrder(
                TerminationGate.NO_ON_SITE_SEARCH, TerminationGate.CREDITOR_NOT_INTERVIEWED,
                TerminationGate.WITHIN_THREE_MONTHS_OF_FILING, TerminationGate.EXECUTION_NOTICE_NOT_SENT,
                TerminationGate.NETWORK_SEARCH_NOT_DONE);
        scenario.investigate(filed);
        at(FIRST_DAY_ALLOWED, 9, 0);
        Assertions.assertThat(actions.check(filed.caseId(), true, true, JUDGE).passed()).isTrue();
        Assertions.assertThat(applications.count()).isEqualTo(applicationsBefore);
        assertThat(filed.instance()).isWaitingAtExactly(DECIDE_CLOSING);
    }

    @Test
    void gateTableNamesEveryFailingGateAndNothingWhenAllPass() {
        Map<String, Object> allFailing = Map.of("propertyFoundNotDisposed", true, "debtorSearchedOnSite", false,
                "creditorInterviewed", false, "moreThanThreeMonthsSinceFiling", false, "executionNoticeSent", false,
                "consumptionRestrictionIssued", false, "debtorListedOrNotQualifying", false, "networkSearchDone", false);
        DmnDecisionResult failing = decisionService.evaluateDecisionByKey(TerminationApprovalProcess.GATES_DECISION)
                .variables(allFailing).evaluate();
        Assertions.assertThat(failing.collectEntries("gateCode"))
                .containsExactlyElementsOf(Arrays.stream(TerminationGate.values()).map(Enum::name).toList());

        Map<String, Object> allPassing = Map.of("propertyFoundNotDisposed", false, "debtorSearchedOnSite", true,
                "creditorInterviewed", true, "moreThanThreeMonthsSinceFiling", true, "executionNoticeSent", true,
                "consumptionRestrictionIssued", true, "debtorListedOrNotQualifying", true, "networkSearchDone", true);
        Assertions.assertThat(decisionService.evaluateDecisionByKey(TerminationApprovalProcess.GATES_DECISION)
                .variables(allPassing).evaluate()).isEmpty();
    }

    // --- the approval ---

    @Test
    void allGatesPassThenTheReviewerAndTheLeaderApproveAndTheCaseClosesAsTerminatedThisRoundIntoTheLibrary() {
        Filed filed = scenario.file();
        scenario.investigate(filed);

        ProcessInstance approval = scenario.applyPassing(filed);

        Assertions.assertThat(approval.getBusinessKey()).isEqualTo(filed.caseNumber());
        Assertions.assertThat(approval.getTenantId()).isEqualTo("szft");
        assertThat(approval).isWaitingAtExactly(REVIEW_APPLICATION);
        Task review = task(REVIEW_APPLICATION, approval);
        Assertions.assertThat(candidateGroups(review)).containsExactly("reviewer");
        Assertions.assertThat(review.getName()).isEqualTo("审查终本申请 · " + filed.caseNumber());
        Assertions.assertThat(review.getDueDate()).isNotNull();
        // what the reviewer's form shows: the gate results, the judge's reasons, the case
        Map<String, Object> form = taskService.getVariables(review.getId());
        Assertions.assertThat(form.get(Variables.APPLICANT_ID)).isEqualTo("ftjudge1");
        Assertions.assertThat((String) form.get(Variables.GATE_SUMMARY)).contains("全部通过").contains("✓ 已上门查找被执行人")
                .contains("✓ 立案已超过三个月").doesNotContain("✗");
        Assertions.assertThat((String) form.get(Variables.CLOSING_REASON)).isEqualTo(TerminationScenario.CLOSING_REASON);
        Assertions.assertThat(form).containsEntry("debtorNames", "李某").containsEntry("creditorNames", "深圳市乙贸易有限公司");
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId())).singleElement()
                .satisfies(a -> {
                    Assertions.assertThat(a.status()).isEqualTo(TerminationApplication.Status.PENDING);
                    Assertions.assertThat(a.approvalInstanceId()).isEqualTo(approval.getId());
                });

        scenario.reviewerApproves(approval);
        assertThat(approval).isWaitingAtExactly(LEADER_APPROVAL);
        Assertions.assertThat(candidateGroups(task(LEADER_APPROVAL, approval))).containsExactly("leader");
        scenario.leaderApproves(approval);

        assertThat(approval).isEnded().hasPassed(RECORD_APPROVAL, END_APPROVED).hasNotPassed(REVISE_APPLICATION);
        assertThat(filed.instance()).isEnded().hasPassed(EnforcementCaseProcess.Elements.END_TERMINATED_THIS_ROUND);
        Assertions.assertThat(cases.findById(filed.caseId()).orElseThrow())
                .satisfies(c -> {
                    Assertions.assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
                    Assertions.assertThat(c.closingMode()).isEqualTo(ClosingMode.TERMINATED_THIS_ROUND);
                    Assertions.assertThat(c.closedOn()).isEqualTo(FIRST_DAY_ALLOWED);
                });
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId())).singleElement()
                .satisfies(a -> Assertions.assertThat(a.status()).isEqualTo(TerminationApplication.Status.APPROVED));
        TerminatedCaseEntry entry = library.findByCaseId(filed.caseId()).orElseThrow();
        Assertions.assertThat(entry.status()).isEqualTo(TerminatedCaseEntry.Status.MONITORED);
        Assertions.assertThat(entry.nextSearchOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TerminatedCaseMonitoringProcess.KEY)
                .processInstanceBusinessKey(filed.caseNumber()).tenantIdIn("szft").count()).isEqualTo(1);
    }

    @Test
    void reviewerReturnsWithAReasonTheJudgeResubmitsAndTheApplicationIsApproved() {
        Filed filed = scenario.file();
        scenario.investigate(filed);
        ProcessInstance approval = scenario.applyPassing(filed);

        complete(task(REVIEW_APPLICATION, approval), withVariables(Variables.REVIEW_APPROVED, false,
                Variables.RETURN_REASON, "未附约谈笔录，请补充后重新提交"));

        assertThat(approval).isWaitingAtExactly(REVISE_APPLICATION);
        Task revise = task(REVISE_APPLICATION, approval);
        assertThat(revise).isAssignedTo("ftjudge1");
        Assertions.assertThat(taskService.getVariable(revise.getId(), Variables.RETURN_REASON)).isEqualTo("未附约谈笔录，请补充后重新提交");
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId()).get(0).status())
                .isEqualTo(TerminationApplication.Status.RETURNED);

        complete(revise, withVariables(Variables.RESUBMIT, true));

        assertThat(approval).isWaitingAtExactly(REVIEW_APPLICATION);
        // the earlier "return" is not carried into the new review
        Assertions.assertThat(runtimeService.getVariable(approval.getId(), Variables.REVIEW_APPROVED)).isNull();
        scenario.reviewerApproves(approval);
        scenario.leaderApproves(approval);
        assertThat(approval).isEnded().hasPassed(REVISE_APPLICATION, END_APPROVED);
        assertThat(filed.instance()).isEnded().hasPassed(EnforcementCaseProcess.Elements.END_TERMINATED_THIS_ROUND);
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId())).singleElement()
                .satisfies(a -> {
                    Assertions.assertThat(a.status()).isEqualTo(TerminationApplication.Status.APPROVED);
                    Assertions.assertThat(a.returns()).isEqualTo(1);
                });
    }

    @Test
    void leaderReturnsAResubmissionTheGatesNowRefuseIsRefusedAndTheJudgeWithdraws() {
        Filed filed = scenario.file();
        scenario.investigate(filed);
        ProcessInstance approval = scenario.applyPassing(filed);
        scenario.reviewerApproves(approval);
        complete(task(LEADER_APPROVAL, approval), withVariables(Variables.LEADER_APPROVED, false,
                Variables.RETURN_REASON, "申请执行人提供了新的财产线索"));
        assertThat(approval).isWaitingAtExactly(REVISE_APPLICATION);
        properties.saveAndFlush(new PropertyRecord(filed.caseId(), PropertyKind.VEHICLE, "小型轿车 粤B·D**321",
                "深圳市公安局交通警察局车辆管理所", new BigDecimal("45000.00"), PropertyRecord.Source.CREDITOR_LEAD, FIRST_DAY_ALLOWED));

        RuleRefusal refusal = refusalOf(() -> complete(task(REVISE_APPLICATION, approval), withVariables(Variables.RESUBMIT, true)));
        Assertions.assertThat(refusal.ruleCode()).isEqualTo(TerminationGatesPassed.RULE);
        Assertions.assertThat(refusal.messageZh()).contains(REASON_OF.get(TerminationGate.PROPERTY_NOT_DISPOSED));
        assertThat(approval).isWaitingAtExactly(REVISE_APPLICATION);
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId()).get(0).status())
                .isEqualTo(TerminationApplication.Status.RETURNED);

        complete(task(REVISE_APPLICATION, approval), withVariables(Variables.RESUBMIT, false));

        assertThat(approval).isEnded().hasPassed(RECORD_WITHDRAWAL, END_WITHDRAWN).hasNotPassed(END_APPROVED);
        assertThat(filed.instance()).isWaitingAtExactly(DECIDE_CLOSING);
        Assertions.assertThat(runtimeService.getVariable(filed.id(), EnforcementCaseProcess.Variables.TERMINATION_APPROVED)).isEqualTo(false);
        Assertions.assertThat(cases.findById(filed.caseId()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        TerminationApplication application = applications.findByCaseIdOrderById(filed.caseId()).get(0);
        Assertions.assertThat(application.status()).isEqualTo(TerminationApplication.Status.WITHDRAWN);
        Assertions.assertThat(refusals.findByApplicationIdOrderById(application.id())).extracting(r -> r.gate())
                .containsExactly(TerminationGate.PROPERTY_NOT_DISPOSED);
    }

    @Test
    void anApplicantApprovingHisOwnApplicationIsRefused() {
        Filed filed = scenario.file();
        scenario.investigate(filed);
        ProcessInstance approval = scenario.applyPassing(filed);
        Task review = task(REVIEW_APPLICATION, approval);
        // ftjudge1 applied; suppose he also sits as a reviewer (庭长 who handles cases himself)
        identityService.setAuthentication("ftjudge1", List.of("judge", "reviewer"), List.of("szft"));

        RuleRefusal claim = refusalOf(() -> taskService.claim(review.getId(), "ftjudge1"));
        RuleRefusal approve = refusalOf(() -> taskService.complete(review.getId(), Map.of(Variables.REVIEW_APPROVED, true,
                Variables.CONSENT_BASIS, "CREDITOR_SIGNED", Variables.CONSENT_RECORD, "确认书")));
        identityService.clearAuthentication();
        Assertions.assertThat(claim.ruleCode()).isEqualTo(ApplicantRecusal.RULE);
        Assertions.assertThat(claim.messageZh()).contains("终本申请人不得审批本人提出的终本申请");
        Assertions.assertThat(approve.ruleCode()).isEqualTo(ApplicantRecusal.RULE);
        assertThat(approval).isWaitingAtExactly(REVIEW_APPLICATION);
        assertThat(task(REVIEW_APPLICATION, approval)).isNotAssigned();

        // assigned by the platform (e.g. a leader's assignment through the court API): refused too
        Assertions.assertThat(refusalOf(() -> taskService.setAssignee(review.getId(), "ftjudge1")).ruleCode())
                .isEqualTo(ApplicantRecusal.RULE);
        assertThat(task(REVIEW_APPLICATION, approval)).isNotAssigned();
        identityService.setAuthentication("ftreviewer", List.of("reviewer"), List.of("szft"));
        taskService.claim(review.getId(), "ftreviewer");
        identityService.clearAuthentication();
        scenario.reviewerApproves(approval);
        assertThat(approval).isWaitingAtExactly(LEADER_APPROVAL);
    }

    @Test
    void reviewerMustDecideAReturnNeedsItsReasonAndAnApprovalTheCreditorsConfirmationOrACollegialRecord() {
        Filed filed = scenario.file();
        scenario.investigate(filed);
        ProcessInstance approval = scenario.applyPassing(filed);
        String review = task(REVIEW_APPLICATION, approval).getId();

        RuleRefusal undecided = refusalOf(() -> taskService.complete(review));
        RuleRefusal returnedWithoutReason = refusalOf(() -> taskService.complete(review, Map.of(Variables.REVIEW_APPROVED, false)));
        RuleRefusal approvedWithoutBasis = refusalOf(() -> taskService.complete(review, Map.of(Variables.REVIEW_APPROVED, true)));
        RuleRefusal approvedWithoutRecord = refusalOf(() -> taskService.complete(review, Map.of(Variables.REVIEW_APPROVED, true,
                Variables.CONSENT_BASIS, "COLLEGIAL_PANEL", Variables.CONSENT_RECORD, " ")));

        Assertions.assertThat(undecided.ruleCode()).isEqualTo(ApprovalDecision.DECISION_REQUIRED);
        Assertions.assertThat(undecided.messageZh()).contains("请作出审批意见");
        Assertions.assertThat(returnedWithoutReason.ruleCode()).isEqualTo(ApprovalDecision.RETURN_REASON_REQUIRED);
        Assertions.assertThat(returnedWithoutReason.field()).isEqualTo(Variables.RETURN_REASON);
        Assertions.assertThat(approvedWithoutBasis.ruleCode()).isEqualTo(ApprovalRestsOnConsent.RULE);
        Assertions.assertThat(approvedWithoutBasis.field()).isEqualTo(Variables.CONSENT_BASIS);
        Assertions.assertThat(approvedWithoutBasis.messageZh()).contains("民诉法解释 第517条");
        Assertions.assertThat(approvedWithoutRecord.ruleCode()).isEqualTo(ApprovalRestsOnConsent.RULE);
        Assertions.assertThat(approvedWithoutRecord.field()).isEqualTo(Variables.CONSENT_RECORD);
        assertThat(approval).isWaitingAtExactly(REVIEW_APPLICATION);
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId()).get(0).status())
                .isEqualTo(TerminationApplication.Status.PENDING);

        taskService.complete(review, Map.of(Variables.REVIEW_APPROVED, true,
                Variables.CONSENT_BASIS, "COLLEGIAL_PANEL", Variables.CONSENT_RECORD, "（2026）粤0304执终本合议第12号评议笔录"));
        assertThat(approval).isWaitingAtExactly(LEADER_APPROVAL);
    }

    @Test
    void applicationPendingWhenTheDebtorPaysInFullIsCancelledWithTheApproval() {
        Filed filed = scenario.file();
        scenario.investigate(filed);
        ProcessInstance approval = scenario.applyPassing(filed);

        caseActions.reportFullPerformance(filed.caseId(), JUDGE);

        assertThat(filed.instance()).isEnded().hasPassed(EnforcementCaseProcess.Elements.END_FULLY_PERFORMED);
        assertThat(approval).isEnded();
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId())).singleElement()
                .satisfies(a -> Assertions.assertThat(a.status()).isEqualTo(TerminationApplication.Status.CANCELLED));
        Assertions.assertThat(library.findByCaseId(filed.caseId())).isEmpty();
    }

    // --- the start: only on an application that passed the gates (TerminationApprovalGuards) ---

    @Test
    void approvalStartedForACaseStillUnderInvestigationIsRefusedAndNoInstanceExists() {
        Filed filed = scenario.file();

        RuleRefusal refusal = refusalOf(() -> processStarts.start(TerminationApprovalProcess.KEY, filed.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables().putValue(Variables.COURT_ID, "szft")
                        .putValue(Variables.CASE_ID, filed.caseId()).putValue(Variables.CASE_NUMBER, filed.caseNumber())));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(ApprovalStartsOnAnApplication.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("结案审查").contains("本案没有该终本申请");
        Assertions.assertThat(approvalInstances(filed)).isZero();
        Assertions.assertThat(applications.findByCaseIdOrderById(filed.caseId())).isEmpty();
    }

    @Test
    void approvalStartedWithAnotherCourtAsTheCasesCourtIsRefused() {
        Filed filed = scenario.file();
        scenario.investigate(filed);
        ProcessInstance approval = scenario.applyPassing(filed);
        Long applicationId = (Long) runtimeService.getVariable(approval.getId(), Variables.APPLICATION_ID);

        RuleRefusal refusal = refusalOf(() -> processStarts.start(TerminationApprovalProcess.KEY, filed.caseNumber(),
                org.camunda.bpm.engine.variable.Variables.createVariables().putValue(Variables.COURT_ID, "szlh")
                        .putValue(Variables.CASE_ID, filed.caseId()).putValue(Variables.APPLICATION_ID, applicationId)));

        Assertions.assertThat(refusal.ruleCode()).isEqualTo(ApprovalStartsOnAnApplication.RULE);
        Assertions.assertThat(refusal.messageZh()).contains("本院没有该案件");
        Assertions.assertThat(approvalInstances(filed)).isEqualTo(1);
    }

    private long approvalInstances(Filed filed) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TerminationApprovalProcess.KEY)
                .processInstanceBusinessKey(filed.caseNumber()).count();
    }

    // --- the figures ---

    @Test
    void figuresCountApplicationsApprovalsRejectionsPerGateAndTheLibrary() {
        TerminationFigures.Figures before = figures.of("szft");

        Filed refused = scenario.file();
        scenario.investigate(refused);
        at(LocalDate.of(2026, 5, 6), 10, 0);
        Assertions.assertThat(refusalOf(() -> scenario.apply(refused, true, true)).messageZh())
                .contains(REASON_OF.get(TerminationGate.WITHIN_THREE_MONTHS_OF_FILING));
        scenario.terminatedCase();

        TerminationFigures.Figures after = figures.of("szft");
        Assertions.assertThat(after.applied()).isEqualTo(before.applied() + 2);
        Assertions.assertThat(after.approved()).isEqualTo(before.approved() + 1);
        Assertions.assertThat(after.refusedByGates()).isEqualTo(before.refusedByGates() + 1);
        Assertions.assertThat(after.inLibrary()).isEqualTo(before.inLibrary() + 1);
        Assertions.assertThat(after.qualifiedRate())
                .isEqualByComparingTo(BigDecimal.valueOf(after.approved()).divide(BigDecimal.valueOf(after.applied()), 4,
                        java.math.RoundingMode.HALF_UP));
        Assertions.assertThat(rejections(after, TerminationGate.WITHIN_THREE_MONTHS_OF_FILING))
                .isEqualTo(rejections(before, TerminationGate.WITHIN_THREE_MONTHS_OF_FILING) + 1);
        Assertions.assertThat(rejections(after, TerminationGate.NO_ON_SITE_SEARCH))
                .isEqualTo(rejections(before, TerminationGate.NO_ON_SITE_SEARCH));
        Assertions.assertThat(figures.of("szlh").applied()).isZero();
    }

    private static long rejections(TerminationFigures.Figures f, TerminationGate gate) {
        return f.rejectionsByGate().stream().filter(g -> g.gate().equals(gate.name())).findFirst().orElseThrow().rejections();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }
}
