package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.DisposalOutcome;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Property unsold at the second online auction is sold off (变卖) or transferred in lieu of payment (以物抵债):
 * 网拍规定 (法释〔2016〕18号) 第二十六条; the value recorded must name a {@link DisposalOutcome}. Checked when given; the
 * form requires it.
 */
public final class DisposalOutcomePolicy implements Policy<DisposalOutcomePolicy.Facts> {

    public static final String RULE_CODE = "DISPOSAL_OUTCOME";
    static final String CITATION = "法释〔2016〕18号 第二十六条";

    /** @param recorded the outcome's name as recorded, null when none */
    public record Facts(String recorded) {
    }

    @Override
    public RuleResult check(Facts facts) {
        String outcome = facts.recorded();
        boolean known = outcome == null || Arrays.stream(DisposalOutcome.values()).anyMatch(o -> o.name().equals(outcome));
        return RuleResult.unless(!known, () -> new RuleRefusal(RULE_CODE, CITATION, CaseField.DISPOSAL_OUTCOME.key(),
                CaseField.DISPOSAL_OUTCOME.labelZh() + "“" + outcome + "”无效，应为"
                        + Arrays.stream(DisposalOutcome.values()).map(DisposalOutcome::nameZh).collect(Collectors.joining("或"))
                        + "（网拍规定 第二十六条）"));
    }
}
