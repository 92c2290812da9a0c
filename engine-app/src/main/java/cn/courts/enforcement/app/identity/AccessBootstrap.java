package cn.courts.enforcement.app.identity;

import cn.courts.enforcement.app.platform.RoleGroup;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

/**
 * Creates, at every start and idempotently, the role groups, what each role may do in the engine, the
 * tenants of the registered courts and the first administrator. The rules are documented in
 * docs/architecture.md ("Courts, roles and what they see").
 *
 * <p>Court isolation does not come from these grants: every grant is for all resources ({@code *}) and
 * the engine's tenant check narrows it to the user's own court.
 */
@Component
@Order(10)
class AccessBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessBootstrap.class);

    private static final List<RoleGroup> COURT_ROLES =
            List.of(RoleGroup.JUDGE, RoleGroup.REVIEWER, RoleGroup.LEADER, RoleGroup.COMMAND_CENTRE);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final CourtDirectory courtDirectory;
    private final String adminId;
    private final String adminPassword;

    AccessBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                    CourtDirectory courtDirectory,
                    @Value("${enforcement.admin.id:admin}") String adminId,
                    @Value("${enforcement.admin.password:}") String adminPassword) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.courtDirectory = courtDirectory;
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        Arrays.stream(RoleGroup.values()).forEach(this::ensureGroup);
        grantAdministrators();
        grantCourtRoles();
        courtDirectory.ensureTenants();
        if (!adminPassword.isBlank()) {
            courtDirectory.ensureUser(null, adminId, "系统管理员", "管理员", adminId + "@court.example", adminPassword, RoleGroup.ADMIN);
        }
    }

    private void ensureGroup(RoleGroup role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
            Group group = identityService.newGroup(role.groupId());
            group.setName(role.nameZh());
            group.setType(role == RoleGroup.ADMIN ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
            log.info("Created group {} ({})", role.groupId(), role.nameZh());
        }
    }

    /**
     * Membership of camunda-admin lifts the tenant check, but resource permissions still come from grants:
     * the administrators get every permission on every resource, as the engine's own first-admin setup does.
     */
    private void grantAdministrators() {
        for (Resources resource : Resources.values()) {
            grant(RoleGroup.ADMIN.groupId(), resource, ANY, Permissions.ALL);
        }
    }

    private void grantCourtRoles() {
        for (RoleGroup role : COURT_ROLES) {
            String group = role.groupId();
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // names of colleagues in Tasklist (assignee, candidate users)
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            // forms and diagrams of the court's cases; the tenant check keeps it to the own court
            grant(group, Resources.PROCESS_DEFINITION, ANY,
                    Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        // no court role starts a process by hand: the court's services start them (ProcessStarts, as the platform),
        // after their own checks. Grants that an earlier release gave judges are taken back on every start.
        for (RoleGroup role : COURT_ROLES) {
            revoke(role.groupId(), Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
            revoke(role.groupId(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        // the command centre and the court leaders watch every task of their court, in Tasklist and Cockpit
        for (RoleGroup watcher : List.of(RoleGroup.COMMAND_CENTRE, RoleGroup.LEADER)) {
            grant(watcher.groupId(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ_TASK);
            grant(watcher.groupId(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        }
    }

    /** Removes the permission from the group's grant on the resource, if the grant holds it. */
    private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            existing.removePermission(permission);
            authorizationService.saveAuthorization(existing);
            log.info("Revoked {} on {} from group {}", permission.getName(), resource.resourceName(), groupId);
        }
    }

    /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
