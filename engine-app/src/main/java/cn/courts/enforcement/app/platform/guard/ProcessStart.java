package cn.courts.enforcement.app.platform.guard;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link StartGuard} sees of a process instance being started.
 *
 * @param processKey  the process definition key
 * @param businessKey the business key (the case number)
 * @param variables   the variables the instance starts with
 * @param calledBy    the process key of the calling instance, when started by a call activity
 */
public record ProcessStart(String processKey, String businessKey, Function<String, Object> variables,
                           Optional<String> calledBy) {
}
