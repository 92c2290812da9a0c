package cn.courts.enforcement.app.supervision;

import cn.courts.enforcement.app.platform.guard.ProcessGuards;
import cn.courts.enforcement.app.platform.guard.StartGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The rules of {@code DeadlineWatchProcess} (期限监控): it has no user task, and no case: an instance is the platform's
 * own scan every fifteen minutes, started by its timer ({@value SupervisionProcess#WATCH_START}). A start by a person is
 * refused by the guard mechanism itself (only the court's services start processes); there is no case state to check,
 * so the start guard is {@link StartGuard#NONE}, declared as such.
 */
@Component
class DeadlineWatchGuards implements ProcessGuards {

    @Override
    public String processKey() {
        return SupervisionProcess.WATCH_KEY;
    }

    @Override
    public Map<String, TaskGuards> userTasks() {
        return Map.of();
    }

    @Override
    public StartGuard onStart() {
        return StartGuard.NONE;
    }
}
