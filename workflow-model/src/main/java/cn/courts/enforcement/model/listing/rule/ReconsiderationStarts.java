package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.listing.ListingStatus;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;
import java.util.Optional;

/**
 * A reconsideration (复议) is heard by the next higher court against the rejection of a correction, while the listing
 * stays in force (seed 001 四（二）3; 法释〔2017〕7号 第十二条): its process starts only for a published listing of the
 * court named, whose correction was rejected and the rejection served, in the tenant of that court's higher court.
 */
public final class ReconsiderationStarts implements Policy<ReconsiderationStarts.Facts> {

    public static final String RULE = "LISTING_RECONSIDERATION_ONLY_AFTER_REJECTION";
    public static final String CITATION = "法释〔2017〕7号 第十二条；2016中办国办意见 四（二）3（seed 001）";

    /**
     * @param status           the listing's status, empty when the listing court has no such listing
     * @param rejectionServed  whether a rejection of a correction was served
     * @param heardByHigherCourt whether the court hearing it is the listing court's next higher court
     */
    public record Facts(Optional<ListingStatus> status, boolean rejectionServed, boolean heardByHigherCourt) {
        public Facts {
            Objects.requireNonNull(status, "status");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        if (facts.status().isEmpty()) {
            return RuleResult.refused(RULE, CITATION, null, "作出决定的法院没有该失信名单记录，不能启动复议。");
        }
        if (!facts.heardByHigherCourt()) {
            return RuleResult.refused(RULE, CITATION, null, "复议由作出决定的法院的上一级人民法院审查。");
        }
        if (facts.status().get() != ListingStatus.PUBLISHED || !facts.rejectionServed()) {
            return RuleResult.refused(RULE, CITATION, null, "只有对已送达的驳回纠正申请决定才能申请复议；该失信名单记录当前为“"
                    + facts.status().get().nameZh() + "”" + (facts.rejectionServed() ? "" : "，且没有已送达的驳回决定") + "。");
        }
        return RuleResult.allowed();
    }
}
