package cn.courts.enforcement.app.forms;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The reference price is set in one of four ways (法释〔2018〕15号 第二条: 当事人议价、定向询价、网络询价、委托评估);
 * the value recorded is a {@link ReferencePriceMethod} name. Checked when given; the form requires it.
 */
public final class ReferencePriceMethodPolicy implements CompletionPolicy {

    static final String LABEL = "确定参考价的方式";

    @Override
    public void check(Completion completion) {
        completion.text(FormFields.REFERENCE_PRICE_METHOD).ifPresent(method -> {
            if (Arrays.stream(ReferencePriceMethod.values()).noneMatch(m -> m.name().equals(method))) {
                throw new CompletionRefusedException(FormFields.REFERENCE_PRICE_METHOD, LABEL + "“" + method
                        + "”无效，应为" + Arrays.stream(ReferencePriceMethod.values()).map(ReferencePriceMethod::nameZh)
                        .collect(Collectors.joining("、")) + "之一（法释〔2018〕15号 第二条）");
            }
        });
    }
}
