package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.termination.TerminationApplication;

import java.util.Objects;
import java.util.Optional;

/**
 * A 终本 approval starts only for an application: the judge applied at the closing review of a case of the court still
 * in progress, and the application passed the gates ("四个不批", seed 004; 法〔2016〕373号 第一条) and is pending. An
 * approval started any other way would put an empty application before the reviewer and skip the gates.
 */
public final class ApprovalStartsOnAnApplication implements Policy<ApprovalStartsOnAnApplication.Facts> {

    public static final String RULE = "TERMINATION_APPROVAL_ONLY_ON_APPLICATION";
    public static final String CITATION = "seed 004（“四个不批”）；法〔2016〕373号 第一条";

    /**
     * @param caseStatus        the case's status, empty when the court has no such case
     * @param applicationStatus the status of the application named, empty when the case has no such application
     */
    public record Facts(Optional<CaseStatus> caseStatus, Optional<TerminationApplication.Status> applicationStatus) {
        public Facts {
            Objects.requireNonNull(caseStatus, "caseStatus");
            Objects.requireNonNull(applicationStatus, "applicationStatus");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        if (facts.caseStatus().isEmpty()) {
            return refused("本院没有该案件，不能启动终本审批。");
        }
        if (facts.caseStatus().get() != CaseStatus.IN_PROGRESS) {
            return refused("案件已" + facts.caseStatus().get().nameZh() + "，不能启动终本审批。");
        }
        if (facts.applicationStatus().filter(s -> s == TerminationApplication.Status.PENDING).isEmpty()) {
            return refused("终本审批只能在承办法官于结案审查中提出终本申请、并通过审批条件检查（“四个不批”及终本条件）后启动"
                    + facts.applicationStatus().map(s -> "；该申请当前为“" + s.nameZh() + "”").orElse("；本案没有该终本申请") + "。");
        }
        return RuleResult.allowed();
    }

    private static RuleResult refused(String messageZh) {
        return RuleResult.refused(RULE, CITATION, null, messageZh);
    }
}
