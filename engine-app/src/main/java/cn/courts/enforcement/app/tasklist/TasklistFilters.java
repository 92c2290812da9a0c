package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.identity.RoleGroup;
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
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared Tasklist filters, created at start-up (by name, idempotently) and readable by the roles
 * that use them. A filter's query runs with the user's tenant check, so "本院待办" is always the user's
 * own court.
 */
@Component
@Order(15)
class TasklistFilters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    static final String MY_TASKS = "我的待办";
    static final String COURT_TASKS = "本院待办";

    private static final List<RoleGroup> ALL_COURT_ROLES =
            List.of(RoleGroup.JUDGE, RoleGroup.REVIEWER, RoleGroup.LEADER, RoleGroup.COMMAND_CENTRE);

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(MY_TASKS, -20, "分配给我的任务，按到期日排序",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
                ALL_COURT_ROLES);
        ensure(COURT_TASKS, -10, "本院可由我的角色认领的任务，按到期日排序",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc(),
                ALL_COURT_ROLES);
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
        filter.setProperties(properties);
        filter.setQuery(query);
        filterService.saveFilter(filter);
        for (RoleGroup reader : readers) {
            boolean granted = authorizationService.createAuthorizationQuery()
                    .groupIdIn(reader.groupId()).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
            if (!granted) {
                Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(reader.groupId());
                read.setResource(Resources.FILTER);
                read.setResourceId(filter.getId());
                read.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(read);
            }
        }
    }
}
