package cn.courts.enforcement.app.platform;

import cn.courts.enforcement.app.platform.guard.MalformedValuesException;
import cn.courts.enforcement.app.platform.guard.RuleRefusedException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;

/**
 * The engine logs every exception that ends a command at ERROR with its stack trace, unless it is one of a few types.
 * A refusal thrown from a task listener reaches it wrapped by the engine ("ENGINE-03051 ... TaskListener"), so it would
 * be logged as a fault. This factory's command contexts log a refusal anywhere in the cause chain at debug, as the
 * engine does for a {@code BadUserRequestException}: the guard logs its one line, the REST answer is a 4xx.
 */
public class QuietRefusalsCommandContextFactory extends CommandContextFactory {

    QuietRefusalsCommandContextFactory(ProcessEngineConfigurationImpl configuration) {
        setProcessEngineConfiguration(configuration);
    }

    @Override
    public CommandContext createCommandContext() {
        return new CommandContext(processEngineConfiguration) {
            @Override
            protected boolean shouldLogFine(Throwable exception) {
                return super.shouldLogFine(exception) || isRefusal(exception);
            }
        };
    }

    static boolean isRefusal(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleRefusedException || t instanceof MalformedValuesException
                    || t instanceof TaskAlreadyClaimedException || isTaskGone(t) || isAnotherCourts(t)) {
                return true;
            }
        }
        return false;
    }

    /** The engine's answer to a command on a task that no longer exists (completed by someone else a moment ago). */
    public static boolean isTaskGone(Throwable t) {
        return t instanceof NullValueException && t.getMessage() != null
                && t.getMessage().startsWith("Cannot find task with id");
    }

    /** The engine's tenant check refusing a command on another court's task, instance or job (ENGINE-13034). */
    public static boolean isAnotherCourts(Throwable t) {
        return t instanceof ProcessEngineException && t.getMessage() != null
                && t.getMessage().startsWith("ENGINE-13034");
    }
}
