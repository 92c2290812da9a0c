package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.calendar.SuspensionReason;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * On {@code Task_FirstAuction} and {@code Task_SecondAuction}: auction periods do not count toward the
 * case limit (法释〔2000〕29号 第九条). The start opens an AUCTION suspension, the end closes it and moves
 * the case limit (and the process's {@code caseLimitDate}) by the days it lasted.
 */
@Component("auctionPeriod")
class AuctionPeriodListener implements ExecutionListener {

    private final EnforcementCaseRepository cases;
    private final CaseLimits limits;

    AuctionPeriodListener(EnforcementCaseRepository cases, CaseLimits limits) {
        this.cases = cases;
        this.limits = limits;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(Variables.CASE_ID);
        EnforcementCase enforcementCase = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        if (EVENTNAME_START.equals(execution.getEventName())) {
            limits.beginSuspension(enforcementCase, SuspensionReason.AUCTION);
        } else {
            LocalDate limit = limits.endSuspension(enforcementCase, SuspensionReason.AUCTION);
            execution.getProcessInstance().setVariable(Variables.CASE_LIMIT_DATE, limit.toString());
        }
    }
}
