package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.web.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/mail-preferences")
@Tag(name = "identity")
class MailPreferencesController {

    private final MailPreferences preferences;

    MailPreferencesController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    record Preferences(boolean assignmentMail, boolean dueReminderMail) {
    }

    @GetMapping
    @Operation(summary = "Which task mails the user receives (supervision mails cannot be turned off)")
    Preferences get(CurrentUser user) {
        return new Preferences(preferences.wants(user.userId(), MailPreferences.Kind.ASSIGNMENT),
                preferences.wants(user.userId(), MailPreferences.Kind.DUE_REMINDER));
    }

    @PutMapping
    @Operation(summary = "Turn the assignment mail and the day-before-due reminder on or off")
    Preferences set(CurrentUser user, @RequestBody Preferences wanted) {
        preferences.set(user.userId(), MailPreferences.Kind.ASSIGNMENT, wanted.assignmentMail());
        preferences.set(user.userId(), MailPreferences.Kind.DUE_REMINDER, wanted.dueReminderMail());
        return get(user);
    }
}
