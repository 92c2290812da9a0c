package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * Backs {@code Task_AssignJudge} (确定承办人, 法发〔2006〕35号 第二条): keeps the judge named at filing, or
 * assigns the court's judge with the fewest open cases (ties by user id, so the choice is repeatable).
 * A court without judges is a configuration fault: the exception becomes an incident, not a silent skip.
 */
@Component("assignJudge")
class AssignJudgeDelegate implements JavaDelegate {

    private final EnforcementCaseRepository cases;
    private final IdentityService identityService;

    AssignJudgeDelegate(EnforcementCaseRepository cases, IdentityService identityService) {
        this.cases = cases;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(Variables.CASE_ID);
        EnforcementCase enforcementCase = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        String judgeId = (String) execution.getVariable(Variables.JUDGE_ID);
        if (judgeId == null) {
            judgeId = leastBusyJudge(enforcementCase.courtId());
        }
        enforcementCase.assignJudge(judgeId);
        execution.setVariable(Variables.JUDGE_ID, judgeId);
    }

    private String leastBusyJudge(String courtId) {
        List<String> judges = identityService.createUserQuery()
                .memberOfGroup(RoleGroup.JUDGE.groupId()).memberOfTenant(courtId).list()
                .stream().map(User::getId).toList();
        if (judges.isEmpty()) {
            throw new IllegalStateException("court " + courtId + " has no judge to assign the case to");
        }
        Map<String, Long> load = new HashMap<>();
        for (Object[] row : cases.countOpenCasesByJudge(courtId, CaseStatus.IN_PROGRESS, judges)) {
            load.put((String) row[0], (Long) row[1]);
        }
        return judges.stream()
                .min(Comparator.<String>comparingLong(j -> load.getOrDefault(j, 0L)).thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
