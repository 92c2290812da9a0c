package cn.courts.enforcement.app.forms;

import java.util.Set;

/**
 * The command centre (执行指挥中心) supervises an overdue node by recording its opinion (督办意见): what the judge
 * is to do and by when. A supervision closed without an opinion would leave no trace of the supervision the
 * seeds require (seed 003 and 004: the centre watches every node's due date and supervises the overdue ones;
 * S). A blank opinion is refused.
 */
public final class SupervisionOpinionPolicy implements CompletionPolicy {

    static final String LABEL = "督办意见";

    @Override
    public void check(Completion completion) {
        if (completion.text(FormFields.SUPERVISION_OPINION).isEmpty()) {
            throw new CompletionRefusedException(FormFields.SUPERVISION_OPINION, "请填写" + LABEL);
        }
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of(FormFields.SUPERVISION_OPINION);
    }
}
