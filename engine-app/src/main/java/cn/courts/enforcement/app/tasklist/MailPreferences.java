package cn.courts.enforcement.app.tasklist;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/**
 * Whether a user wants the task mails (assignment, the day before a due date). Kept as the engine's own
 * user info, so there is no second user table; default is yes. Supervision mails (督办) cannot be turned off.
 */
@Service
public class MailPreferences {

    /** The two kinds of task mail a user may turn off. */
    public enum Kind {
        ASSIGNMENT("enforcement.mail.assignment"),
        DUE_REMINDER("enforcement.mail.dueReminder");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private static final String OFF = "off";

    private final IdentityService identityService;

    MailPreferences(IdentityService identityService) {
        this.identityService = identityService;
    }

    public boolean wants(String userId, Kind kind) {
        return !OFF.equals(identityService.getUserInfo(userId, kind.key));
    }

    public void set(String userId, Kind kind, boolean wanted) {
        if (wanted) {
            identityService.deleteUserInfo(userId, kind.key);
        } else {
            identityService.setUserInfo(userId, kind.key, OFF);
        }
    }
}
