package cn.courts.enforcement.app.forms;

import java.util.Objects;
import java.util.Set;

/**
 * A node that decides something must record the decision, as a Boolean: the exclusive gateway after it
 * routes on the variable ({@code ${leadsProvided}}, {@code ${propertyFound}}, {@code ${disposalNeeded}},
 * {@code ${auctionSold}}, {@code ${fullyPaid}}, {@code ${extensionApproved}}), and a missing or non-Boolean
 * value would either fail the gateway or silently take its default flow. The decisions are the ones the
 * rules make the judge take: whether the creditor gave asset leads (法发〔2006〕35号 第五条; 财产调查规定 第二条),
 * whether property was found (法发〔2006〕35号 第六条), whether it must be turned into money (网拍规定 第十条 ff.),
 * whether the auction sold (网拍规定 第二十六条), whether the debt is fully paid (法发〔2014〕26号 第十四条), whether
 * the court president approves the extension (法发〔2006〕35号 第一条).
 *
 * <p>A decision the process already holds (e.g. {@code propertyFound}, first estimated from the network
 * search and confirmed by the judge) counts as present.
 */
public final class DecisionRequiredPolicy implements CompletionPolicy {

    private final String variable;
    private final String labelZh;

    /**
     * @param variable the decision variable of the process contract
     * @param labelZh  the question as the form asks it, e.g. 是否提供了财产线索
     */
    public DecisionRequiredPolicy(String variable, String labelZh) {
        this.variable = Objects.requireNonNull(variable);
        this.labelZh = Objects.requireNonNull(labelZh);
    }

    @Override
    public void check(Completion completion) {
        if (completion.flag(variable, labelZh).isEmpty()) {
            throw new CompletionRefusedException(variable, "请选择“" + labelZh + "”（是或否）");
        }
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of(variable);
    }

    public String variable() {
        return variable;
    }
}
