package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;
import java.util.Optional;

/**
 * 回避: the judge who applied for 终本 never holds or decides its approval, whatever roles he also has (a 庭长 who
 * handles cases himself). The approval is the court's check of the applicant's work: 《民诉法解释》(法释〔2022〕11号)
 * 第517条 requires the president's approval (经院长批准), and seed 004 asks the court's leaders, not the judge who
 * applied, to hold the "四个不批". Checked when an approval task is claimed, delegated or assigned, and when it is
 * completed.
 */
public final class ApplicantRecusal implements Policy<ApplicantRecusal.Facts> {

    public static final String RULE = "TERMINATION_APPLICANT_RECUSAL";
    public static final String CITATION = "《民诉法解释》（法释〔2022〕11号）第517条；seed 004（院领导把关“四个不批”）";

    /**
     * @param applicantId the judge who applied
     * @param userId      who takes the step: the user claiming, assigned or completing; empty when nobody is named
     */
    public record Facts(String applicantId, Optional<String> userId) {
        public Facts {
            Objects.requireNonNull(userId, "userId");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        boolean applicantHimself = facts.applicantId() != null && facts.userId().filter(facts.applicantId()::equals).isPresent();
        return RuleResult.unless(applicantHimself, () -> new RuleRefusal(RULE, CITATION, null,
                "终本申请人不得审批本人提出的终本申请（应当回避），请由其他审批人办理。"));
    }
}
