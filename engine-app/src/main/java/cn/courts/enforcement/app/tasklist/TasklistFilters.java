package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.platform.CaseVariables;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared Tasklist filters per role, created at start-up (by name, idempotently), kept in step with the
 * roles (each filter is readable by exactly its roles) and showing case number, debtor and due date. A
 * filter's query runs with the user's tenant check, so every filter shows the user's own court only.
 *
 * <p>"即将到期" (due within 2 working days, {@code DUE_SOON_WORKING_DAYS}) needs the legal calendar, which a
 * filter expression cannot call; its bound is therefore a date written into the filter, renewed at start-up
 * and every day just after midnight.
 */
@Component
@Order(15)
public class TasklistFilters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    public static final String MY_TASKS = "我的待办";
    public static final String COURT_TASKS = "本院待办";
    public static final String DUE_SOON = "即将到期";
    public static final String OVERDUE = "已逾期";
    public static final String MY_APPROVALS = "待我审批";
    public static final String SUPERVISION = "督办";

    private static final List<RoleGroup> COURT_ROLES =
            List.of(RoleGroup.JUDGE, RoleGroup.REVIEWER, RoleGroup.LEADER, RoleGroup.COMMAND_CENTRE);

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final LegalCalendarService calendar;
    private final CourtClock clock;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
                    LegalCalendarService calendar, CourtClock clock) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(MY_TASKS, -30, "分配给我的任务，按到期日排序",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
                COURT_ROLES);
        ensure(COURT_TASKS, -20, "本院可由我的角色办理的任务（含已认领），按到期日排序",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc(),
                COURT_ROLES);
        refreshDueSoon();
        ensure(OVERDUE, -5, "已超过法定期限、尚未办结的任务",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                COURT_ROLES);
        ensure(MY_APPROVALS, -25, "延长执行期限、纳入失信名单、终结本次执行程序等待审批事项",
                taskService.createTaskQuery().taskCandidateGroupIn(List.of(RoleGroup.REVIEWER.groupId(), RoleGroup.LEADER.groupId()))
                        .includeAssignedTasks().orderByDueDate().asc(),
                List.of(RoleGroup.REVIEWER, RoleGroup.LEADER));
        ensure(SUPERVISION, -28, "节点逾期、执行期限届满的督办任务",
                taskService.createTaskQuery().processDefinitionKey("SupervisionProcess")
                        .taskCandidateGroup(RoleGroup.COMMAND_CENTRE.groupId()).includeAssignedTasks().orderByDueDate().asc(),
                List.of(RoleGroup.COMMAND_CENTRE, RoleGroup.LEADER));
    }

    /** Writes today's bound of "即将到期": the end of the second working day from today. */
    @Scheduled(cron = "${enforcement.tasklist.due-soon-refresh:0 5 0 * * *}", zone = "${enforcement.time-zone:Asia/Shanghai}")
    public void refreshDueSoon() {
        LocalDate bound = calendar.dueDate(clock.today(), LegalParameterCode.DUE_SOON_WORKING_DAYS);
        ensure(DUE_SOON, -10, "2个工作日内到期（截至" + bound + "）",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueAfterExpression("${now()}").dueBefore(clock.endOfDay(bound))
                        .orderByDueDate().asc(),
                COURT_ROLES);
    }

    private void ensure(String name, int priority, String description, TaskQuery query, List<RoleGroup> readers) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
            log.info("Creating Tasklist filter {}", name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", List.of(
                Map.of("name", CaseVariables.CASE_NUMBER.name(), "label", "案号"),
                Map.of("name", CaseVariables.DEBTOR_NAMES.name(), "label", "被执行人")));
        filter.setProperties(properties);
        filter.setQuery(query);
        filterService.saveFilter(filter);
        for (RoleGroup role : COURT_ROLES) {
            syncRead(filter, role, readers.contains(role));
        }
    }

    private void syncRead(Filter filter, RoleGroup role, boolean shouldRead) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(role.groupId()).resourceType(Resources.FILTER).resourceId(filter.getId()).singleResult();
        if (shouldRead && existing == null) {
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(role.groupId());
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        } else if (!shouldRead && existing != null) {
            authorizationService.deleteAuthorization(existing.getId());
        }
    }
}
