package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.enforcement.EnforcementCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * Backs {@code Task_ExtendCaseLimit} (延长执行期限): the court leader approved; the case limit moves by
 * the extension length (3 months, 法释〔2000〕29号 第五条) and the process's copy of the date follows.
 */
@Component("extendCaseLimit")
class ExtendCaseLimitDelegate implements JavaDelegate {

    private final EnforcementCaseRepository cases;
    private final CaseLimits limits;

    ExtendCaseLimitDelegate(EnforcementCaseRepository cases, CaseLimits limits) {
        this.cases = cases;
        this.limits = limits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(Variables.CASE_ID);
        EnforcementCase enforcementCase = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        LocalDate newLimit = limits.expiryOf(enforcementCase, enforcementCase.extensionCount() + 1);
        enforcementCase.recordExtension(newLimit);
        execution.getProcessInstance().setVariable(Variables.CASE_LIMIT_DATE, newLimit.toString());
    }
}
