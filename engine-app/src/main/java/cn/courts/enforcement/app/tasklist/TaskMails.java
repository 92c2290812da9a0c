package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.platform.CaseVariables;

import cn.courts.enforcement.app.notice.NoticeService;
import cn.courts.enforcement.app.platform.CourtClock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The task mails of Tasklist users: one when a task is assigned to them, one the day before a task of
 * theirs falls due (each at most once per task, kept unique by {@code task_reminder}); a user can turn
 * either off ({@link MailPreferences}).
 */
@Service
public class TaskMails {

    static final String ASSIGNMENT_DOCUMENT = "任务分配提醒";
    static final String DUE_DOCUMENT = "到期提醒";

    private final NoticeService notices;
    private final MailPreferences preferences;
    private final TaskService taskService;
    private final TaskReminderRepository reminders;
    private final CourtClock clock;

    TaskMails(NoticeService notices, MailPreferences preferences, TaskService taskService,
              TaskReminderRepository reminders, CourtClock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.taskService = taskService;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** On a task's assignment (the engine's assignment event). */
    public void onAssignment(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || !preferences.wants(assignee, MailPreferences.Kind.ASSIGNMENT)) {
            return;
        }
        Long caseId = CaseVariables.CASE_ID.from(task).orElse(null);
        String due = task.getDueDate() == null ? "" : "，办理期限至" + clock.dayOf(task.getDueDate());
        notices.notifyStaff(caseId, task.getTenantId(), assignee,
                ASSIGNMENT_DOCUMENT, "【待办】" + task.getName(),
                "您有一项新任务：" + task.getName() + due + "。请登录任务列表（Tasklist）办理。");
    }

    /** Mails every assignee whose task falls due tomorrow, once per task; returns how many were mailed. */
    public int remindDueTomorrow() {
        LocalDate tomorrow = clock.today().plusDays(1);
        Date from = clock.endOfDay(clock.today());
        Date to = clock.endOfDay(tomorrow);
        List<Task> due = taskService.createTaskQuery().taskAssigned().dueAfter(from).dueBefore(new Date(to.getTime() + 1000))
                .orderByDueDate().asc().listPage(0, 1000);
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> done = reminders.findExistingKeys(due.stream().map(t -> "due:" + t.getId()).toList());
        int sent = 0;
        for (Task task : due) {
            String key = "due:" + task.getId();
            if (done.contains(key)) {
                continue;
            }
            reminders.save(new TaskReminder(key, task.getId(), task.getAssignee(), clock.now()));
            if (!preferences.wants(task.getAssignee(), MailPreferences.Kind.DUE_REMINDER)) {
                continue;
            }
            Long caseId = CaseVariables.CASE_ID.from(name -> taskService.getVariable(task.getId(), name)).orElse(null);
            notices.notifyStaff(caseId, task.getTenantId(), task.getAssignee(),
                    DUE_DOCUMENT, "【明日到期】" + task.getName(),
                    "您的任务“" + task.getName() + "”将于" + tomorrow + "到期，请及时办理。");
            sent++;
        }
        return sent;
    }

}
