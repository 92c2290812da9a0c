package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer or a leader decides the 终本 application: approves it, or returns it to the judge with the reason, so
 * that the judge knows what to correct before resubmitting (seed 004: the leaders hold the "四个不批" and send back
 * what does not pass; 法〔2016〕373号 第一条 lists what the application must show).
 */
public final class ApprovalDecision implements Policy<ApprovalDecision.Facts> {

    public static final String DECISION_REQUIRED = "TERMINATION_DECISION_REQUIRED";
    public static final String RETURN_REASON_REQUIRED = "TERMINATION_RETURN_REASON_REQUIRED";
    public static final String CITATION = "法〔2016〕373号 第一条；seed 004（院领导把关“四个不批”）";

    /**
     * @param decisionField the form's key of the decision
     * @param approved      the decision: true approves, false returns; empty when none was made
     * @param reasonField   the form's key of the return's reason
     * @param returnReason  the reason of a return, blank counted as none
     */
    public record Facts(String decisionField, Optional<Boolean> approved, String reasonField, Optional<String> returnReason) {
        public Facts {
            Objects.requireNonNull(approved, "approved");
            Objects.requireNonNull(returnReason, "returnReason");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.approved().isEmpty(), () -> new RuleRefusal(DECISION_REQUIRED, CITATION,
                        facts.decisionField(), "请作出审批意见：同意，或写明理由退回。"))
                .and(() -> RuleResult.unless(!facts.approved().get() && facts.returnReason().filter(r -> !r.isBlank()).isEmpty(),
                        () -> new RuleRefusal(RETURN_REASON_REQUIRED, CITATION, facts.reasonField(), "退回终本申请须写明退回理由。")));
    }
}
