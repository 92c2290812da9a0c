package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.model.parameter.LegalRatios;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every user task what its Camunda Form (bpmn/forms/&lt;formRef&gt;.form) needs, without touching the
 * models (registered in {@code EnginePlatformPlugin}, like {@code CaseTaskNames}):
 * <ul>
 *   <li>a create listener, the {@code caseFormContext} bean ({@link CaseFormContext}): the case context the
 *   form shows read-only at the top (task-local display variables);</li>
 *   <li>on the tasks with rules ({@link TaskRules}): the completion check of the {@code formCompletionRules}
 *   bean ({@link FormCompletionRules}), as the first complete listener (before the model's own, such as
 *   {@code partyNotices}) and around the task's form handler (a submitted form is checked before its values
 *   are written, so Tasklist gets a 400 with the Chinese message).</li>
 * </ul>
 */
public class CaseTaskForms extends AbstractBpmnParseListener {

    static final String CONTEXT_BEAN = "${caseFormContext}";
    static final String RULES_BEAN = "${formCompletionRules}";

    /** The tasks with rules; the catalogue is static, the beans only add the clock and the property data. */
    private static final Set<TaskRules.TaskRef> CHECKED_TASKS =
            new TaskRules(LegalRatios.defaults(), completion -> Optional.empty()).tasks();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
        TaskDefinition task = behavior.getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE,
                new DelegateExpressionTaskListener(expressions.createExpression(CONTEXT_BEAN), List.of()));

        String processKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                ? definition.getKey() : null;
        if (processKey != null && CHECKED_TASKS.contains(new TaskRules.TaskRef(processKey, activity.getId()))) {
            Expression rules = expressions.createExpression(RULES_BEAN);
            // built-in listeners run before the model's own: nothing is served or recorded for a refused completion
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new CompletionCheck(processKey, activity.getId(), rules));
            task.setTaskFormHandler(new RuleCheckingTaskFormHandler(task.getTaskFormHandler(), processKey, activity.getId(), rules));
        }
    }
}
