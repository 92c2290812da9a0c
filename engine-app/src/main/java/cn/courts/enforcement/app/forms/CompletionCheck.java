package cn.courts.enforcement.app.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The complete listener {@link CaseTaskForms} puts first on every user task that has rules: checks the
 * completion with the {@code formCompletionRules} bean. Catches every way of completing a task
 * ({@code TaskService.complete}, {@code POST /task/{id}/complete}, a submitted form); the engine wraps the
 * refusal ("ENGINE-03051 … Message: '…'"), the Chinese text stays in the message.
 */
final class CompletionCheck implements TaskListener {

    private final String processKey;
    private final String activityId;
    private final Expression rulesBean;

    CompletionCheck(String processKey, String activityId, Expression rulesBean) {
        this.processKey = processKey;
        this.activityId = activityId;
        this.rulesBean = rulesBean;
    }

    @Override
    public void notify(DelegateTask task) {
        ((FormCompletionRules) rulesBean.getValue(task)).check(processKey, activityId, task::getVariable);
    }
}
