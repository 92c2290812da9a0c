package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.CaseFilingRequest;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.support.InvestigationJoin;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The steps of a 终本 scenario on the real application, for the termination tests: file a case (Monday 2026-03-02 in
 * Futian, judge ftjudge1), investigate, apply at the closing review, approve. Time is the engine clock.
 */
final class TerminationScenario {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    /** The first day more than three months after filing (四个不批之四): 2026-06-02 is the last day of the three months. */
    static final LocalDate FIRST_DAY_ALLOWED = LocalDate.of(2026, 6, 3);
    static final CurrentUser JUDGE = new CurrentUser("ftjudge1", List.of("judge"), List.of("szft"));
    static final String WORKER = "test-worker";
    static final String NOTHING = "[]";
    static final String DEPOSIT = """
            [{"kind":"DEPOSIT","description":"中国建设银行深圳分行 账户 6217****3307","holder":"中国建设银行","estimatedValue":52000.00}]""";
    static final String CLOSING_REASON = "经网络查控、上门查找，未发现可供执行的财产；已约谈申请执行人，告知终本的依据及法律后果。";

    /** A filed case: its row id, number and process instance. */
    record Filed(Long caseId, String caseNumber, ProcessInstance instance) {
        String id() {
            return instance.getId();
        }
    }

    private final CaseFilingService filing;
    private final RuntimeService runtimeService;
    private final ExternalTaskService externalTaskService;
    private final AtomicInteger sequence;

    TerminationScenario(CaseFilingService filing, RuntimeService runtimeService, ExternalTaskService externalTaskService,
                        AtomicInteger sequence) {
        this.filing = filing;
        this.runtimeService = runtimeService;
        this.externalTaskService = externalTaskService;
        this.sequence = sequence;
    }

    Filed file() {
        at(FILED, 9, 0);
        String number = "（2026）粤0304执" + sequence.incrementAndGet() + "号";
        CaseFilingRequest request = new CaseFilingRequest(number, "szft", new BigDecimal("88000.00"),
                "（2025）粤0304民初7788号民事判决书", false, FILED, "ftjudge1",
                List.of(new CaseFilingRequest.Party(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市乙贸易有限公司",
                                "91350100M000100Y43", "creditor-b@example.com"),
                        new CaseFilingRequest.Party(PartyRole.DEBTOR, PartyKind.PERSON, "李某", "11010519491231002X", null)));
        CaseFilingService.FiledCase filed = filing.file(request, JUDGE);
        return new Filed(filed.caseId(), number,
                runtimeService.createProcessInstanceQuery().processInstanceId(filed.processInstanceId()).singleResult());
    }

    /** The whole investigation; the network search finds nothing: the case waits at the closing review. */
    void investigate(Filed filed) {
        investigateSkipping(filed, null);
    }

    /**
     * The investigation without one of its nodes ({@code skipped}, or none): the case is brought to the closing review
     * the way an administrator moves a migrated case in Cockpit (process instance modification), the skipped node
     * left open.
     */
    void investigateSkipping(Filed filed, String skipped) {
        at(FILED.plusDays(1), 9, 0);
        if (ISSUE_EXECUTION_NOTICE.equals(skipped)) {
            runtimeService.createProcessInstanceModification(filed.id()).startBeforeActivity("Gateway_InvestigationSplit").execute();
        } else {
            complete(task(ISSUE_EXECUTION_NOTICE, filed.instance()));
        }
        complete(task(ASK_CREDITOR_FOR_LEADS, filed.instance()),
                withVariables(EnforcementCaseProcess.Variables.LEADS_PROVIDED, false));
        if (!NETWORK_ASSET_SEARCH.equals(skipped)) {
            answerNetworkSearch(filed.caseNumber(), NOTHING);
        }
        if (!INTERVIEW_CREDITOR.equals(skipped)) {
            complete(task(INTERVIEW_CREDITOR, filed.instance()));
        }
        if (!SEARCH_DEBTOR_ON_SITE.equals(skipped)) {
            complete(task(SEARCH_DEBTOR_ON_SITE, filed.instance()));
        }
        if (skipped == null || ISSUE_EXECUTION_NOTICE.equals(skipped)) {
            // the branches wait before the asynchronous join; executed here as the job executor would
            InvestigationJoin.execute(managementService(), filed.id());
            complete(task(COMPLETE_INVESTIGATION, filed.instance()));
        } else {
            runtimeService.createProcessInstanceModification(filed.id()).startBeforeActivity(DECIDE_CLOSING).execute();
        }
        assertThat(filed.instance()).isWaitingAt(DECIDE_CLOSING);
    }

    /** The network search answers the open search of the case number (enforcement case or library). */
    void answerNetworkSearch(String caseNumber, String findings) {
        List<LockedExternalTask> locked = externalTaskService.fetchAndLock(1, WORKER)
                .topic("network-asset-search", 30_000).businessKey(caseNumber).execute();
        Assertions.assertThat(locked).as("network search of %s", caseNumber).hasSize(1);
        externalTaskService.complete(locked.get(0).getId(), WORKER, Map.of("searchFindings", findings));
    }

    /** The judge applies for 终本 at the closing review, recording the restriction and listing as given. */
    void apply(Filed filed, boolean consumptionRestrictionIssued, boolean debtorListedOrNotQualifying) {
        complete(task(DECIDE_CLOSING, filed.instance()), withVariables(
                EnforcementCaseProcess.Variables.CLOSING_MODE, ClosingMode.TERMINATED_THIS_ROUND.name(),
                "closingReason", CLOSING_REASON,
                EnforcementCaseProcess.Variables.CONSUMPTION_RESTRICTION_ISSUED, consumptionRestrictionIssued,
                EnforcementCaseProcess.Variables.DEBTOR_LISTED_OR_NOT_QUALIFYING, debtorListedOrNotQualifying));
    }

    /** On the first day allowed, with restriction and listing recorded: the application goes to the reviewer. */
    ProcessInstance applyPassing(Filed filed) {
        at(FIRST_DAY_ALLOWED, 10, 0);
        apply(filed, true, true);
        return approvalOf(filed);
    }

    ProcessInstance approvalOf(Filed filed) {
        ProcessInstance approval = runtimeService.createProcessInstanceQuery().superProcessInstanceId(filed.id()).singleResult();
        Assertions.assertThat(approval).as("termination approval of %s", filed.caseNumber()).isNotNull();
        return approval;
    }

    void reviewerApproves(ProcessInstance approval) {
        complete(task(TerminationApprovalProcess.Elements.REVIEW_APPLICATION, approval), withVariables(
                TerminationApprovalProcess.Variables.REVIEW_APPROVED, true,
                TerminationApprovalProcess.Variables.CONSENT_BASIS, cn.courts.enforcement.model.termination.ConsentBasis.CREDITOR_SIGNED.name(),
                TerminationApprovalProcess.Variables.CONSENT_RECORD, "申请执行人终本确认书（2026年6月3日签字）"));
    }

    void leaderApproves(ProcessInstance approval) {
        complete(task(TerminationApprovalProcess.Elements.LEADER_APPROVAL, approval),
                withVariables(TerminationApprovalProcess.Variables.LEADER_APPROVED, true));
    }

    /** A case filed, investigated without result, terminated this round on 2026-06-03 and in the library. */
    Filed terminatedCase() {
        Filed filed = file();
        investigate(filed);
        ProcessInstance approval = applyPassing(filed);
        reviewerApproves(approval);
        leaderApproves(approval);
        assertThat(filed.instance()).isEnded().hasPassed(EnforcementCaseProcess.Elements.END_TERMINATED_THIS_ROUND);
        return filed;
    }

    static void at(LocalDate day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(BEIJING).toInstant()));
    }

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
    }
}
