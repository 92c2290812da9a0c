package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;
import java.util.Optional;

/**
 * The judge who proposed a listing does not approve it or sign its decision: the judge in charge proposes, a reviewer
 * (庭长/执行局长) approves and the president signs the decision (法释〔2017〕7号 第五条: 决定书由院长签发), so the
 * proposal is always checked by someone else. Checked when the approval or the signing is claimed, delegated or
 * assigned, and when it is completed.
 */
public final class ProposerDoesNotDecide implements Policy<ProposerDoesNotDecide.Facts> {

    public static final String RULE = "LISTING_PROPOSER_RECUSAL";
    public static final String CITATION = "法释〔2017〕7号 第五条";

    /**
     * @param proposedBy the judge who proposed the listing
     * @param userId     who takes the step; empty when nobody is named
     */
    public record Facts(String proposedBy, Optional<String> userId) {
        public Facts {
            Objects.requireNonNull(userId, "userId");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        boolean proposer = facts.proposedBy() != null && facts.userId().filter(facts.proposedBy()::equals).isPresent();
        return RuleResult.unless(proposer, () -> new RuleRefusal(RULE, CITATION, null,
                "提出纳入失信名单的承办法官不得审批或签发本人提出的纳入，请由其他审批人或院领导办理。"));
    }
}
