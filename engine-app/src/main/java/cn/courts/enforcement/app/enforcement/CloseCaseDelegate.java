package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    CloseCaseDelegate(EnforcementCaseRepository cases, CourtClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(Variables.CASE_ID);
        ClosingMode mode = ClosingMode.valueOf((String) execution.getVariable(Variables.CLOSING_MODE));
        EnforcementCase enforcementCase = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        enforcementCase.close(mode, clock.today());
        log.info("Case {} closed as {}", enforcementCase.caseNumber(), mode);
    }
}
