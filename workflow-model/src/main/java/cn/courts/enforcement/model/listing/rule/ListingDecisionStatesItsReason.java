package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;
import java.util.Optional;

/**
 * A decision on a listing is made, and states why. The listing decision (决定书) states its reasons and is signed by
 * the president (法释〔2017〕7号 第五条); a correction is revoked when its reasons hold and rejected when they do not
 * (seed 001 四（二）3; 法释〔2017〕7号 第十二条), and the higher court decides a reconsideration (第十二条) — each a
 * decision served on the debtor, who must be able to read why.
 */
public final class ListingDecisionStatesItsReason implements Policy<ListingDecisionStatesItsReason.Facts> {

    public static final String DECISION_REQUIRED = "LISTING_DECISION_REQUIRED";
    public static final String REASON_REQUIRED = "LISTING_DECISION_REASON_REQUIRED";

    /** The decisions of the listing's processes. */
    public enum Decision {
        /** 纳入失信名单审批 */
        LISTING_REVIEW("是否同意纳入失信名单", "法释〔2017〕7号 第五条"),
        /** 院领导签发失信决定书 */
        DECISION_SIGNING("是否签发决定书", "法释〔2017〕7号 第五条"),
        /** 审查纠正申请 */
        CORRECTION_REVIEW("纠正申请理由是否成立", "2016中办国办意见 四（二）3（seed 001）；法释〔2017〕7号 第十二条"),
        /** 复议审查（上一级法院） */
        RECONSIDERATION("复议决定", "法释〔2017〕7号 第十二条");

        private final String questionZh;
        private final String citation;

        Decision(String questionZh, String citation) {
            this.questionZh = questionZh;
            this.citation = citation;
        }

        public String questionZh() {
            return questionZh;
        }

        public String citation() {
            return citation;
        }
    }

    /**
     * @param decision      which decision
     * @param decisionField the form's key of the answer
     * @param answer        the answer, empty when none was given
     * @param reasonField   the form's key of the reason
     * @param reason        the reason, blank counted as none
     */
    public record Facts(Decision decision, String decisionField, Optional<Boolean> answer, String reasonField,
                        Optional<String> reason) {
        public Facts {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(reason, "reason");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        Decision d = facts.decision();
        return RuleResult.unless(facts.answer().isEmpty(), () -> new RuleRefusal(DECISION_REQUIRED, d.citation(),
                        facts.decisionField(), "请作出决定：“" + d.questionZh() + "”。"))
                .and(() -> RuleResult.unless(facts.reason().filter(r -> !r.isBlank()).isEmpty(),
                        () -> new RuleRefusal(REASON_REQUIRED, d.citation(), facts.reasonField(),
                                "请写明理由：“" + d.questionZh() + "”的决定应当载明理由（" + d.citation() + "）。")));
    }
}
