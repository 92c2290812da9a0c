package cn.courts.enforcement.app.termination;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A step of the 终本 procedure the rules refuse: an application the gates refuse, an applicant approving his own
 * application, a return without a reason. The message is the Chinese text the user reads (Tasklist shows the message
 * of the failed call; the engine wraps an exception from a task listener but keeps its message). Thrown from a task
 * listener, it rolls back the whole step.
 */
public class TerminationRefusedException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    public TerminationRefusedException(String messageZh) {
        super(messageZh);
    }
}
