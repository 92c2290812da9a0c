package cn.courts.enforcement.app.platform.guard;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A person tried to start a process directly (Tasklist, Cockpit, {@code /engine-rest}): only the court's own services
 * start processes, after their checks. Answered 403; nothing is created.
 */
public class ManualStartRefusedException extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    public ManualStartRefusedException(String userId, String processKey) {
        super(userId, "CREATE_INSTANCE", "ProcessDefinition", processKey);
    }

    @Override
    public String getMessage() {
        return "流程由本院系统按案件进程发起，不能直接发起，请在案件页面办理。";
    }
}
