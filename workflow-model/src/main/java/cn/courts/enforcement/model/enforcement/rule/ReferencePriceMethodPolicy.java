package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.ReferencePriceMethod;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The reference price is set in one of four ways (法释〔2018〕15号 第二条: 当事人议价、定向询价、网络询价、委托评估); the
 * value recorded must name a {@link ReferencePriceMethod}. The fact is the recorded name as given, since the rule is
 * precisely that no fifth way exists. Checked when given; the form requires it.
 */
public final class ReferencePriceMethodPolicy implements Policy<ReferencePriceMethodPolicy.Facts> {

    public static final String RULE_CODE = "REFERENCE_PRICE_METHOD";
    static final String CITATION = "法释〔2018〕15号 第二条";

    /** @param recorded the method's name as recorded, null when none */
    public record Facts(String recorded) {
    }

    @Override
    public RuleResult check(Facts facts) {
        String method = facts.recorded();
        boolean known = method == null || Arrays.stream(ReferencePriceMethod.values()).anyMatch(m -> m.name().equals(method));
        return RuleResult.unless(!known, () -> new RuleRefusal(RULE_CODE, CITATION, CaseField.REFERENCE_PRICE_METHOD.key(),
                CaseField.REFERENCE_PRICE_METHOD.labelZh() + "“" + method + "”无效，应为"
                        + Arrays.stream(ReferencePriceMethod.values()).map(ReferencePriceMethod::nameZh)
                        .collect(Collectors.joining("、")) + "之一（" + CITATION + "）"));
    }
}
