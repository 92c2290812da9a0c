package cn.courts.enforcement.app.forms;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Property unsold at the second auction is sold off or transferred in lieu of payment (网拍规定 法释〔2016〕18号
 * 第二十六条); the value recorded is a {@link DisposalOutcome} name. Checked when given; the form requires it.
 */
public final class DisposalOutcomePolicy implements CompletionPolicy {

    static final String LABEL = "处置方式";

    @Override
    public void check(Completion completion) {
        completion.text(FormFields.DISPOSAL_OUTCOME).ifPresent(outcome -> {
            if (Arrays.stream(DisposalOutcome.values()).noneMatch(o -> o.name().equals(outcome))) {
                throw new CompletionRefusedException(FormFields.DISPOSAL_OUTCOME, LABEL + "“" + outcome
                        + "”无效，应为" + Arrays.stream(DisposalOutcome.values()).map(DisposalOutcome::nameZh)
                        .collect(Collectors.joining("或")) + "（网拍规定 第二十六条）");
            }
        });
    }
}
