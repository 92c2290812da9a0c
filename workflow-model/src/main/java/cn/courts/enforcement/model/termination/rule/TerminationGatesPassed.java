package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A 终本 application goes to the reviewer only when it passes the gates: the "四个不批" of seed 004 and the conditions of
 * 法〔2016〕373号 第一条 ({@link cn.courts.enforcement.model.termination.TerminationGate}). Which gates fail is decided by
 * the DMN table from the facts of {@link cn.courts.enforcement.model.termination.FourNoApprovalGates}; this rule turns
 * the failing gates' reasons into one refusal naming every one of them, so the judge sees all he must correct at once.
 */
public final class TerminationGatesPassed implements Policy<TerminationGatesPassed.Facts> {

    public static final String RULE = "TERMINATION_GATES";
    public static final String CITATION = "seed 004（“四个不批”）；法〔2016〕373号 第一条";

    /**
     * @param caseNumber     the case's number
     * @param failingReasons the reason of every failing gate, in the table's order; empty when all pass
     */
    public record Facts(String caseNumber, List<String> failingReasons) {
        public Facts {
            failingReasons = List.copyOf(failingReasons);
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        List<String> reasons = facts.failingReasons();
        return RuleResult.unless(!reasons.isEmpty(), () -> new RuleRefusal(RULE, CITATION, null,
                "终本申请未通过审批条件检查（“四个不批”及终本条件，案号" + facts.caseNumber() + "），不予提交：\n"
                        + IntStream.range(0, reasons.size()).mapToObj(i -> (i + 1) + ". " + reasons.get(i))
                        .collect(Collectors.joining("\n"))));
    }
}
