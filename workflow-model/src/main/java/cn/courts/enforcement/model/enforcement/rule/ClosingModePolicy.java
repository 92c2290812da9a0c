package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A case closes in one of six ways (法发〔2014〕26号 第十四条; 《关于人民法院执行工作若干问题的规定（试行）》 第64条): 执行完毕,
 * 终结本次执行程序, 终结执行, 销案, 不予执行, 驳回申请. The closing review must record one of them as a {@link ClosingMode}
 * name: the gateway after it routes on it and the closing writes it to the case; any other value would leave the
 * process without a way out. Required.
 */
public final class ClosingModePolicy implements Policy<ClosingModePolicy.Facts> {

    public static final String RULE_CODE = "CLOSING_MODE";
    static final String CITATION = "法发〔2014〕26号 第十四条";

    /** @param recorded the closing mode's name as recorded, null when none */
    public record Facts(String recorded) {
    }

    @Override
    public RuleResult check(Facts facts) {
        String mode = facts.recorded();
        if (mode == null || mode.isBlank()) {
            return refused("请选择" + CaseField.CLOSING_MODE.labelZh() + "（" + allModesZh() + "）");
        }
        return RuleResult.unless(Arrays.stream(ClosingMode.values()).noneMatch(m -> m.name().equals(mode)),
                () -> refusal(CaseField.CLOSING_MODE.labelZh() + "“" + mode + "”无效，应为" + allModesZh() + "之一"));
    }

    private static RuleResult refused(String messageZh) {
        return new RuleResult.Refused(refusal(messageZh));
    }

    private static RuleRefusal refusal(String messageZh) {
        return new RuleRefusal(RULE_CODE, CITATION, CaseField.CLOSING_MODE.key(), messageZh);
    }

    static String allModesZh() {
        return Arrays.stream(ClosingMode.values()).map(ClosingMode::nameZh).collect(Collectors.joining("、"));
    }
}
