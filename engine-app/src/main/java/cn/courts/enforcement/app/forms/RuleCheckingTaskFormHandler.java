package cn.courts.enforcement.app.forms;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Wraps a user task's form handler so that a submitted form (Tasklist: {@code POST /task/{id}/submit-form})
 * is checked before its values are written: the refusal reaches the REST layer unwrapped, as a
 * {@link CompletionRefusedException}, which {@code /engine-rest} answers with 400 and the Chinese message
 * ("Cannot submit task form {id}: …"). A delegated task being resolved is not a completion and is not
 * checked. Everything else is the wrapped handler's.
 */
final class RuleCheckingTaskFormHandler implements TaskFormHandler {

    private final TaskFormHandler delegate;
    private final String processKey;
    private final String activityId;
    private final Expression rulesBean;

    RuleCheckingTaskFormHandler(TaskFormHandler delegate, String processKey, String activityId, Expression rulesBean) {
        this.delegate = delegate;
        this.processKey = processKey;
        this.activityId = activityId;
        this.rulesBean = rulesBean;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        return delegate.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                                   ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
        boolean resolvingDelegation = variableScope instanceof TaskEntity task
                && task.getDelegationState() == DelegationState.PENDING;
        if (!resolvingDelegation) {
            ((FormCompletionRules) rulesBean.getValue(variableScope)).check(processKey, activityId,
                    name -> properties.containsKey(name) ? properties.get(name) : variableScope.getVariable(name));
        }
        delegate.submitFormVariables(properties, variableScope);
    }
}
