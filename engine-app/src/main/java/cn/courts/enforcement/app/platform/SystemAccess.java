package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs engine calls as the platform itself, after the court API has made its own checks (court, role,
 * legal period). Used where the engine's per-task grants are narrower than what the court allows: a
 * judge's case page shows every open node of his case, including a leader's approval task, and a judge
 * may report a debtor's full performance, which correlates a message into the case.
 */
@Component
public class SystemAccess {

    private final IdentityService identityService;

    SystemAccess(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /** The user the engine works for now (Tasklist, {@code /engine-rest}, {@code /api}), if any; none for jobs and workers. */
    public java.util.Optional<String> currentUserId() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return java.util.Optional.ofNullable(authentication == null ? null : authentication.getUserId());
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
