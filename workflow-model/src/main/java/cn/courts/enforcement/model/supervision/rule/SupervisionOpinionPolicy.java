package cn.courts.enforcement.model.supervision.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

/**
 * The command centre (执行指挥中心) supervises an overdue node by recording its opinion (督办意见): what the judge is to
 * do and by when. A supervision closed without an opinion would leave no trace of the supervision the seeds require
 * (seed 003 and 004: the centre watches every node's due date and supervises the overdue ones; S, a platform rule
 * with no article of its own). A blank opinion is refused.
 */
public final class SupervisionOpinionPolicy implements Policy<SupervisionOpinionPolicy.Facts> {

    public static final String RULE_CODE = "SUPERVISION_OPINION_REQUIRED";
    /** The opinion's field in the supervision's form. */
    public static final String FIELD = "supervisionOpinion";
    static final String LABEL = "督办意见";
    static final String CITATION = "执行指挥中心节点监控（seed 003、004）";

    /** @param opinion the opinion recorded, null or blank when none */
    public record Facts(String opinion) {
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.opinion() == null || facts.opinion().isBlank(),
                () -> new RuleRefusal(RULE_CODE, CITATION, FIELD, "请填写" + LABEL));
    }
}
