package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;

/**
 * A node that decides something must record the decision (是 or 否): the exclusive gateway after it routes on it, and
 * a missing decision would either fail the gateway or silently take its default flow. The decisions are the ones the
 * rules make the judge take:
 * <ul>
 *   <li>whether the creditor gave asset leads (法发〔2006〕35号 第五条);</li>
 *   <li>whether property was found when the investigation ends (法发〔2006〕35号 第七条, as the parameter table reads
 *   the text; earlier notes had 第六条);</li>
 *   <li>whether the property found must be turned into money (网拍规定, 法释〔2016〕18号 第十条 ff.);</li>
 *   <li>whether the auction sold (法释〔2016〕18号 第二十六条);</li>
 *   <li>whether the debt is fully paid (法发〔2014〕26号 第十四条);</li>
 *   <li>whether the court president approves the extension (法发〔2006〕35号 第一条).</li>
 * </ul>
 * A decision the process already holds (e.g. {@code propertyFound}, estimated from the network search) counts as
 * recorded.
 */
public final class DecisionRequiredPolicy implements Policy<DecisionRequiredPolicy.Facts> {

    public static final String RULE_CODE = "DECISION_REQUIRED";

    /**
     * @param decision the decision the node takes
     * @param value    the decision recorded, null when none
     */
    public record Facts(CaseField decision, Boolean value) {
        public Facts {
            Objects.requireNonNull(decision, "decision");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.value() == null, () -> new RuleRefusal(RULE_CODE, citation(facts.decision()),
                facts.decision().key(), "请选择“" + facts.decision().labelZh() + "”（是或否）"));
    }

    /** The rule that makes the judge take the decision. */
    static String citation(CaseField decision) {
        return switch (decision) {
            case LEADS_PROVIDED -> "法发〔2006〕35号 第五条";
            case PROPERTY_FOUND -> "法发〔2006〕35号 第七条";
            case DISPOSAL_NEEDED -> "法释〔2016〕18号 第十条";
            case AUCTION_SOLD -> "法释〔2016〕18号 第二十六条";
            case FULLY_PAID -> "法发〔2014〕26号 第十四条";
            case EXTENSION_APPROVED -> "法发〔2006〕35号 第一条";
            default -> throw new IllegalArgumentException(decision + " is not a decision");
        };
    }
}
