package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.PropertyRecordRepository;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import cn.courts.enforcement.model.termination.FourNoApprovalGates;
import cn.courts.enforcement.model.termination.InvestigationStep;
import cn.courts.enforcement.model.termination.TerminationFacts;
import cn.courts.enforcement.model.termination.TerminationGate;
import cn.courts.enforcement.model.termination.TerminationRecords;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an application to terminate a case this round against the "四个不批" and the conditions of 终本规定 第一条:
 * the facts come from the case's records ({@link FourNoApprovalGates}: property records, the completed nodes of the
 * case's process, the filing date against today, the judge's record of the consumption restriction and the
 * listing), the verdict from the DMN table {@value TerminationApprovalProcess#GATES_DECISION}, which administrators
 * may edit. Changes nothing.
 */
@Service
public class TerminationGateCheck {

    /** The nodes of the enforcement case whose completion the gates look for. */
    static final Map<String, InvestigationStep> STEP_OF_NODE = Map.of(
            EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE, InvestigationStep.EXECUTION_NOTICE_SENT,
            EnforcementCaseProcess.Elements.NETWORK_ASSET_SEARCH, InvestigationStep.NETWORK_SEARCH_DONE,
            EnforcementCaseProcess.Elements.INTERVIEW_CREDITOR, InvestigationStep.CREDITOR_INTERVIEWED,
            EnforcementCaseProcess.Elements.SEARCH_DEBTOR_ON_SITE, InvestigationStep.DEBTOR_SEARCHED_ON_SITE);

    private static final String GATE_CODE = "gateCode";
    private static final String REASON = "reason";

    private final PropertyRecordRepository properties;
    private final HistoryService historyService;
    private final DecisionService decisionService;
    private final LegalCalendarService calendar;
    private final SystemAccess systemAccess;
    private final CourtClock clock;

    TerminationGateCheck(PropertyRecordRepository properties, HistoryService historyService, DecisionService decisionService,
                         LegalCalendarService calendar, SystemAccess systemAccess, CourtClock clock) {
        this.properties = properties;
        this.historyService = historyService;
        this.decisionService = decisionService;
        this.calendar = calendar;
        this.systemAccess = systemAccess;
        this.clock = clock;
    }

    /**
     * @param consumptionRestrictionIssued the judge's record: a consumption restriction order was issued
     * @param debtorListedOrNotQualifying  the judge's record: qualifying debtors are listed, or none qualifies
     */
    public GateCheckResult check(EnforcementCase c, boolean consumptionRestrictionIssued, boolean debtorListedOrNotQualifying) {
        LocalDate today = clock.today();
        TerminationRecords records = new TerminationRecords(c.filingDate(), properties.findByCaseIdOrderById(c.id()),
                completedSteps(c.processInstanceId()), consumptionRestrictionIssued, debtorListedOrNotQualifying);
        FourNoApprovalGates gates = new FourNoApprovalGates(calendar.calendar(),
                calendar.period(LegalParameterCode.TERMINATION_MIN_SINCE_FILING));
        TerminationFacts facts = gates.factsOf(records, today);
        return new GateCheckResult(c.caseNumber(), today, facts, evaluate(facts));
    }

    /** The DMN table's verdict; evaluated as the platform (judges may read decisions, not evaluate them). */
    List<GateCheckResult.Failure> evaluate(TerminationFacts facts) {
        DmnDecisionResult result = systemAccess.call(() -> decisionService
                .evaluateDecisionByKey(TerminationApprovalProcess.GATES_DECISION)
                .variables(facts.asInputs())
                .evaluate());
        return result.stream()
                .map(row -> {
                    String code = String.valueOf(row.get(GATE_CODE));
                    TerminationGate gate = Arrays.stream(TerminationGate.values())
                            .filter(g -> g.name().equals(code)).findFirst().orElse(null);
                    return new GateCheckResult.Failure(code, gate, String.valueOf(row.get(REASON)));
                })
                .toList();
    }

    /** The investigation nodes the case's process completed; a node skipped or cancelled does not count. */
    private Set<InvestigationStep> completedSteps(String processInstanceId) {
        if (processInstanceId == null) {
            return Set.of();
        }
        List<HistoricActivityInstance> finished = systemAccess.call(() -> historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished().list());
        Set<InvestigationStep> steps = EnumSet.noneOf(InvestigationStep.class);
        finished.stream()
                .filter(a -> !a.isCanceled() && STEP_OF_NODE.containsKey(a.getActivityId()))
                .forEach(a -> steps.add(STEP_OF_NODE.get(a.getActivityId())));
        return steps;
    }
}
