package cn.courts.enforcement.app.platform.guard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts the {@link GuardRegistry} on every path of every model the engine parses (the release's and an
 * administrator's alike, so an edited model cannot drop its rules):
 * <ul>
 *   <li>every process: a start listener that refuses a start by a person (only the court's services start processes,
 *   {@link ManualStartRefusedException}) and checks the process's {@link StartGuard};</li>
 *   <li>every user task: the completion guards as the first complete listener (before the model's own, so nothing is
 *   served or recorded for a refused completion), around the form handler (a submitted form is checked before its
 *   values are written), and the assignment guards as the first assignment listener.</li>
 * </ul>
 * The engine seam of the guard mechanism (engine internals: the parser and the form handler).
 */
public class GuardParseListener extends AbstractBpmnParseListener {

    private final Supplier<GuardRegistry> registry;

    public GuardParseListener(Supplier<GuardRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        String processKey = processDefinition.getKey();
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                (ExecutionListener) execution -> onStart(processKey, execution));
    }

    private void onStart(String processKey, DelegateExecution execution) {
        GuardRegistry guards = registry.get();
        DelegateExecution caller = execution.getSuperExecution();
        if (caller == null) {
            guards.currentUser().ifPresent(user -> {
                throw new ManualStartRefusedException(user, processKey);
            });
        }
        Optional<String> calledBy = caller == null ? Optional.empty()
                : Optional.of(((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) caller)
                        .getProcessDefinition().getKey());
        guards.checkStart(new ProcessStart(processKey, execution.getProcessBusinessKey(), execution::getVariable, calledBy));
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)
                || !(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)) {
            return;
        }
        String processKey = definition.getKey();
        String elementId = activity.getId();
        TaskDefinition task = behavior.getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, (TaskListener) t -> registry.get()
                .checkCompletion(processKey, elementId, t.getId(), t::getVariable, t.getAssignee()));
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, (TaskListener) t -> registry.get()
                .checkAssignment(processKey, elementId, t.getId(), t::getVariable, t.getAssignee()));
        task.setTaskFormHandler(new GuardedFormHandler(task.getTaskFormHandler(), processKey, elementId));
    }

    /**
     * Checks a submitted form before its values are written, so the refusal reaches the caller unwrapped. A delegated
     * task being resolved is not a completion and is not checked.
     */
    private final class GuardedFormHandler implements TaskFormHandler {

        private final TaskFormHandler delegate;
        private final String processKey;
        private final String elementId;

        GuardedFormHandler(TaskFormHandler delegate, String processKey, String elementId) {
            this.delegate = delegate;
            this.processKey = processKey;
            this.elementId = elementId;
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
            if (variableScope instanceof TaskEntity task && task.getDelegationState() != DelegationState.PENDING) {
                registry.get().checkCompletion(processKey, elementId, task.getId(),
                        name -> properties.containsKey(name) ? properties.get(name) : task.getVariable(name),
                        task.getAssignee());
            }
            delegate.submitFormVariables(properties, variableScope);
        }
    }

}
