package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.listing.ListingExitReason;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * Backs the closing tasks ({@code Task_CloseCase}, {@code Task_CloseAsExecutionCompleted},
 * {@code Task_CloseAsFullyPerformed}, {@code Task_CloseAsSettled}): records the closing mode and date on
 * the case (法发〔2014〕26号 第十四条).
 */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CloseCaseDelegate.class);

    private final EnforcementCaseRepository cases;
    private final CourtClock clock;
    private final ApplicationEventPublisher events;

    CloseCaseDelegate(EnforcementCaseRepository cases, CourtClock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(Variables.CASE_ID);
        ClosingMode mode = ClosingMode.valueOf((String) execution.getVariable(Variables.CLOSING_MODE));
        EnforcementCase enforcementCase = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        enforcementCase.close(mode, clock.today());
        log.info("Case {} closed as {}", enforcementCase.caseNumber(), mode);
        ListingExitReason exit = listingExitOf(mode);
        if (exit != null) {
            events.publishEvent(new CaseExitEvent(enforcementCase.caseNumber(), exit));
        }
    }

    /**
     * Closings that end the debtor's listing (2016 中办国办意见 四（二）4; 法释〔2017〕7号 第十条): 执行完毕 (the
     * debt is paid), 终结执行, 不予执行. 终本 does not: the listing stays, and only two fruitless searches
     * afterwards end it (the 终本 monitoring).
     */
    static ListingExitReason listingExitOf(ClosingMode mode) {
        return switch (mode) {
            case EXECUTION_COMPLETED -> ListingExitReason.FULL_PERFORMANCE;
            case TERMINATED -> ListingExitReason.CASE_TERMINATED;
            case NOT_ENFORCED -> ListingExitReason.NOT_ENFORCED;
            default -> null;
        };
    }
}
