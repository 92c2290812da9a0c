package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The one way the platform starts a process: a court service calls it after its own checks (role, own court, the
 * case's state), and the start runs as the platform ({@link SystemAccess}). No court role holds a grant to start a
 * process, and the guards refuse a start by a person on any other surface (Tasklist, Cockpit, {@code /engine-rest});
 * the process's own start guard checks the case's state on entry either way.
 */
@Component
public class ProcessStarts {

    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;

    ProcessStarts(RuntimeService runtimeService, SystemAccess systemAccess) {
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
    }

    /** Starts the latest version of the process with the case number as business key. */
    public ProcessInstance start(String processKey, String businessKey, VariableMap variables) {
        return systemAccess.call(() -> runtimeService.startProcessInstanceByKey(processKey, businessKey, variables));
    }
}
