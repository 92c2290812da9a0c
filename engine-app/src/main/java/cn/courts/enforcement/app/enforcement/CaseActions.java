package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import cn.courts.enforcement.app.web.RuleViolationException;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.listing.ListingExitReason;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Messages;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/** What a judge reports on a case from outside its current node: performance, settlement, an extension request. */
@Service
public class CaseActions {

    private static final Logger log = LoggerFactory.getLogger(CaseActions.class);

    private final CaseQueries queries;
    private final CaseLimits limits;
    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;
    private final ApplicationEventPublisher events;

    CaseActions(CaseQueries queries, CaseLimits limits, RuntimeService runtimeService, SystemAccess systemAccess,
                ApplicationEventPublisher events) {
        this.queries = queries;
        this.limits = limits;
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
        this.events = events;
    }

    /** 被执行人履行完毕: ends the case from any node as 执行完毕. */
    @Transactional
    public void reportFullPerformance(Long caseId, CurrentUser user) {
        EnforcementCase c = openCaseOfJudge(caseId, user);
        // an exit event of the dishonest-debtor list too (seed 001 四（二）4; 法释〔2017〕7号 第十条); before the
        // case closes, so that the closing's own exit (CloseCaseDelegate) does not take it with a vaguer reason
        events.publishEvent(new CaseExitEvent(c.caseNumber(), ListingExitReason.FULL_PERFORMANCE));
        correlate(c, Messages.FULLY_PERFORMED);
        log.info("Full performance reported on case {} by {}", c.caseNumber(), user.userId());
    }

    /** 执行和解协议履行完毕: ends the case from any node as 执行完毕. */
    @Transactional
    public void reportSettlementPerformed(Long caseId, CurrentUser user) {
        EnforcementCase c = openCaseOfJudge(caseId, user);
        events.publishEvent(new CaseExitEvent(c.caseNumber(), ListingExitReason.SETTLEMENT_PERFORMED));
        correlate(c, Messages.SETTLEMENT_PERFORMED);
        log.info("Performed settlement reported on case {} by {}", c.caseNumber(), user.userId());
    }

    /**
     * 申请延长执行期限: at least EXTENSION_REQUEST_LEAD (5 days) before the limit expires (法发〔2006〕35号 第一条), one request open at
     * a time; a court leader decides in Tasklist.
     */
    @Transactional
    public void requestExtension(Long caseId, CurrentUser user) {
        EnforcementCase c = openCaseOfJudge(caseId, user);
        if (!limits.extensionRequestInTime(c)) {
            throw new RuleViolationException("延长执行期限的申请应当在期限届满" + limits.extensionRequestLead().describeZh()
                    + "前提出；本案执行期限届满日为" + c.caseLimitDate() + "。");
        }
        boolean pending = systemAccess.call(() -> runtimeService.createExecutionQuery()
                .processInstanceId(c.processInstanceId()).activityId(EnforcementCaseProcess.Elements.APPROVE_EXTENSION).count() > 0);
        if (pending) {
            throw new RuleViolationException("本案已有待审批的延长执行期限申请。");
        }
        systemAccess.run(() -> runtimeService.createMessageCorrelation(Messages.EXTENSION_REQUESTED)
                .processInstanceId(c.processInstanceId())
                .setVariable(Variables.EXTENSION_REQUESTED_BY, user.userId())
                .correlate());
    }

    private EnforcementCase openCaseOfJudge(Long caseId, CurrentUser user) {
        EnforcementCase c = queries.visibleCase(caseId, user);
        if (!user.isAdmin() && !user.hasRole(RoleGroup.JUDGE)) {
            throw new ForbiddenException("只有执行法官可以报告案件进展。");
        }
        if (c.status() != CaseStatus.IN_PROGRESS) {
            throw new RuleViolationException("案件已结案（" + (c.closingMode() == null ? "" : c.closingMode().nameZh()) + "）。");
        }
        return c;
    }

    private void correlate(EnforcementCase c, String message) {
        systemAccess.run(() -> runtimeService.createMessageCorrelation(message).processInstanceId(c.processInstanceId()).correlate());
    }
}
