package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.listing.ListingStatus;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;
import java.util.Optional;

/**
 * A listing's process starts only for a listing the judge proposed (法释〔2017〕7号 第五条; the risk notice first, seed
 * 001 四（二）3): a proposed listing of the court's case, with no process yet. Started any other way it would send a
 * risk notice and put a decision before the reviewer for a listing nobody proposed.
 */
public final class ListingProcessStarts implements Policy<ListingProcessStarts.Facts> {

    public static final String RULE = "LISTING_PROCESS_ONLY_ON_PROPOSAL";
    public static final String CITATION = "法释〔2017〕7号 第五条；2016中办国办意见 四（二）3（seed 001）";

    /**
     * @param status       the listing's status, empty when the court's case has no such listing
     * @param hasProcess   whether the listing already has its process
     */
    public record Facts(Optional<ListingStatus> status, boolean hasProcess) {
        public Facts {
            Objects.requireNonNull(status, "status");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        if (facts.status().isEmpty()) {
            return RuleResult.refused(RULE, CITATION, null, "本院该案件没有该失信名单记录，不能启动失信名单流程。");
        }
        if (facts.status().get() != ListingStatus.PROPOSED || facts.hasProcess()) {
            return RuleResult.refused(RULE, CITATION, null, "失信名单流程只能在承办法官提出纳入时启动；该记录当前为“"
                    + facts.status().get().nameZh() + "”" + (facts.hasProcess() ? "，且已有流程" : "") + "。");
        }
        return RuleResult.allowed();
    }
}
