package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.CaseQueries;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.app.web.RuleViolationException;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a judge does about 终本 from outside a task: check the gates beforehand, apply to resume for the creditor. */
@Service
public class TerminationActions {

    private static final Logger log = LoggerFactory.getLogger(TerminationActions.class);

    private final CaseQueries queries;
    private final EnforcementCaseRepository cases;
    private final TerminationGateCheck gates;
    private final TerminatedLibrary library;
    private final TerminatedCaseEntryRepository entries;
    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;

    TerminationActions(CaseQueries queries, EnforcementCaseRepository cases, TerminationGateCheck gates, TerminatedLibrary library,
                       TerminatedCaseEntryRepository entries, RuntimeService runtimeService, SystemAccess systemAccess) {
        this.queries = queries;
        this.cases = cases;
        this.gates = gates;
        this.library = library;
        this.entries = entries;
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
    }

    /**
     * The gate results as an application made now would get them; changes nothing in the case. Not a
     * read-only transaction: the engine records every DMN evaluation in its history (an audit of the check),
     * which PostgreSQL refuses inside a read-only transaction.
     */
    @Transactional
    public GateCheckResult check(Long caseId, boolean consumptionRestrictionIssued, boolean debtorListedOrNotQualifying,
                                 CurrentUser user) {
        EnforcementCase c = caseOfJudge(caseId, user);
        return gates.check(c, consumptionRestrictionIssued, debtorListedOrNotQualifying);
    }

    /**
     * 申请恢复执行: the creditor applies to resume a case in the library, at any time (终本规定 第九条); a judge of the court
     * records it on the creditor's behalf. The case is resumed at once (a 执恢 case with its own process).
     *
     * @return the library entry after the resumption
     */
    @Transactional
    public TerminatedCaseEntry requestResumption(Long caseId, CurrentUser user) {
        EnforcementCase c = caseOfJudge(caseId, user);
        TerminatedCaseEntry entry = entries.findByCaseId(c.id())
                .orElseThrow(() -> new RuleViolationException("本案未以终结本次执行程序结案，不在终本案件库中，不能申请恢复执行。"));
        switch (entry.status()) {
            case RESUMED -> throw new RuleViolationException("本案已恢复执行，案号："
                    + cases.findById(entry.resumedCaseId()).map(EnforcementCase::caseNumber).orElse(String.valueOf(entry.resumedCaseId())) + "。");
            case MONITORED -> systemAccess.run(() -> runtimeService
                    .createMessageCorrelation(TerminatedCaseMonitoringProcess.Messages.RESUMPTION_REQUESTED)
                    .processInstanceId(entry.monitoringInstanceId())
                    .setVariable(TerminatedCaseMonitoringProcess.Variables.RESUMPTION_REQUESTED_BY, user.userId())
                    .correlate());
            // the five years of searches are over, the monitoring instance with them; the creditor may still apply
            case MONITORING_ENDED -> library.resume(entry.id(), TerminatedCaseEntry.ResumptionTrigger.CREDITOR_REQUEST, user.userId());
        }
        log.info("Resumption of case {} requested by {} for the creditor", c.caseNumber(), user.userId());
        return entries.findByCaseId(c.id()).orElseThrow();
    }

    private EnforcementCase caseOfJudge(Long caseId, CurrentUser user) {
        EnforcementCase c = queries.visibleCase(caseId, user);
        if (!user.isAdmin() && !user.hasRole(RoleGroup.JUDGE)) {
            throw new ForbiddenException("只有执行法官可以办理此事项。");
        }
        return c;
    }
}
