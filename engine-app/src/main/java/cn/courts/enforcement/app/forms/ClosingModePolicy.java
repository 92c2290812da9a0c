package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.model.enforcement.ClosingMode;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case closes in one of six ways (法发〔2014〕26号 第十四条; 《关于人民法院执行工作若干问题的规定（试行）》 第64条):
 * 执行完毕, 终结本次执行程序, 终结执行, 销案, 不予执行, 驳回申请. The closing review must record one of them as the
 * {@link ClosingMode} name: the gateway after {@code Task_CloseCase} routes on it and {@code closeCase} writes
 * it to the case; any other value would leave the process without a way out.
 */
public final class ClosingModePolicy implements CompletionPolicy {

    static final String LABEL = "结案方式";

    @Override
    public void check(Completion completion) {
        String variable = EnforcementCaseProcess.Variables.CLOSING_MODE;
        Object value = completion.raw(variable);
        if (value == null || value.toString().isBlank()) {
            throw new CompletionRefusedException(variable, "请选择" + LABEL + "（" + allModesZh() + "）");
        }
        if (!(value instanceof String name) || Arrays.stream(ClosingMode.values()).noneMatch(m -> m.name().equals(name))) {
            throw new CompletionRefusedException(variable, LABEL + "“" + value + "”无效，应为" + allModesZh() + "之一");
        }
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of(EnforcementCaseProcess.Variables.CLOSING_MODE);
    }

    static String allModesZh() {
        return Arrays.stream(ClosingMode.values()).map(ClosingMode::nameZh).collect(Collectors.joining("、"));
    }
}
