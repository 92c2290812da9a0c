package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Every user task of every model is named "node · case number" (e.g. 发出执行通知书及报告财产令 ·
 * （2026）粤0304执101号), so that a Tasklist reads at a glance. The case number is the process instance's
 * business key; the models keep the bare node names, as the court says them.
 */
public class CaseTaskNames extends AbstractBpmnParseListener {

    static final String SEPARATOR = " · ";

    private static final TaskListener APPEND_CASE_NUMBER = task -> appendCaseNumber(task);

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, APPEND_CASE_NUMBER);
        }
    }

    /** The node's own name, without the case number this listener appended. */
    public static String bareName(String taskName, String caseNumber) {
        if (taskName != null && caseNumber != null && taskName.endsWith(SEPARATOR + caseNumber)) {
            return taskName.substring(0, taskName.length() - SEPARATOR.length() - caseNumber.length());
        }
        return taskName;
    }

    static void appendCaseNumber(DelegateTask task) {
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (caseNumber != null && task.getName() != null && !task.getName().endsWith(caseNumber)) {
            task.setName(task.getName() + SEPARATOR + caseNumber);
        }
    }
}
