package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.termination.ConsentBasis;

import java.util.Objects;
import java.util.Optional;

/**
 * An approval of 终本 rests on the creditor's signed confirmation or on a collegial panel's review (《民诉法解释》
 * (法释〔2022〕11号) 第517条: "经申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准"): the reviewer names the basis
 * and the document. A return needs neither.
 */
public final class ApprovalRestsOnConsent implements Policy<ApprovalRestsOnConsent.Facts> {

    public static final String RULE = "TERMINATION_CONSENT_REQUIRED";
    public static final String CITATION = "《民诉法解释》（法释〔2022〕11号）第517条";

    /**
     * @param approving   whether the step approves the application
     * @param basisField  the form's key of the basis
     * @param basis       the basis chosen, if any
     * @param recordField the form's key of the document
     * @param record      the document's name and number, blank counted as none
     */
    public record Facts(boolean approving, String basisField, Optional<ConsentBasis> basis, String recordField,
                        Optional<String> record) {
        public Facts {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(record, "record");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        if (!facts.approving()) {
            return RuleResult.allowed();
        }
        boolean noRecord = facts.record().filter(r -> !r.isBlank()).isEmpty();
        return RuleResult.unless(facts.basis().isEmpty() || noRecord, () -> new RuleRefusal(RULE, CITATION,
                facts.basis().isEmpty() ? facts.basisField() : facts.recordField(),
                "批准终结本次执行程序须有" + ConsentBasis.CREDITOR_SIGNED.nameZh() + "，或经" + ConsentBasis.COLLEGIAL_PANEL.nameZh()
                        + "（民诉法解释 第517条）：请选择依据并填写确认书或合议庭评议笔录的名称、编号。"));
    }
}
