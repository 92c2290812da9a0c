package cn.courts.enforcement.app.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.List;

/**
 * Gives every user task what its Camunda Form (bpmn/forms/&lt;formRef&gt;.form) shows besides the values the judge
 * enters, without touching the models (registered in {@code EnginePlatformPlugin}, like {@code CaseTaskNames}): a
 * create listener, the {@code caseFormContext} bean ({@link CaseFormContext}), that sets the case context the form
 * shows read-only at the top (task-local display variables). Display only: the rules a completion must keep are the
 * guards each feature declares ({@code platform.guard}).
 */
public class CaseTaskForms extends AbstractBpmnParseListener {

    static final String CONTEXT_BEAN = "${caseFormContext}";

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
                new DelegateExpressionTaskListener(expressions.createExpression(CONTEXT_BEAN), List.of()));
    }
}
