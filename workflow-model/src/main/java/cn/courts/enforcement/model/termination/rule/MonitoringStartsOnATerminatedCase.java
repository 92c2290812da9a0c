package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;
import java.util.Optional;

/**
 * Only a case closed as 终结本次执行程序 enters the 终本 library and is searched every six months for five years
 * (法〔2016〕373号 第九条; seed 002): its monitoring starts for a case of the court closed that way, with the library
 * entry of that case.
 */
public final class MonitoringStartsOnATerminatedCase implements Policy<MonitoringStartsOnATerminatedCase.Facts> {

    public static final String RULE = "TERMINATED_LIBRARY_ONLY_TERMINATED_CASE";
    public static final String CITATION = "法〔2016〕373号 第九条";

    /**
     * @param caseStatus   the case's status, empty when the court has no such case
     * @param closingMode  how it closed, if it did
     * @param entryOfCase  whether the library entry named is the case's
     */
    public record Facts(Optional<CaseStatus> caseStatus, Optional<ClosingMode> closingMode, boolean entryOfCase) {
        public Facts {
            Objects.requireNonNull(caseStatus, "caseStatus");
            Objects.requireNonNull(closingMode, "closingMode");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        boolean terminated = facts.caseStatus().filter(s -> s == CaseStatus.CLOSED).isPresent()
                && facts.closingMode().filter(m -> m == ClosingMode.TERMINATED_THIS_ROUND).isPresent();
        return RuleResult.unless(!terminated || !facts.entryOfCase(), () -> new RuleRefusal(RULE, CITATION, null,
                facts.caseStatus().isEmpty() ? "本院没有该案件，不能纳入终本案件库。"
                        : !terminated ? "只有以" + ClosingMode.TERMINATED_THIS_ROUND.nameZh() + "结案的案件才能纳入终本案件库定期查询。"
                        : "该终本案件库记录不属于本案，不能启动定期查询。"));
    }
}
