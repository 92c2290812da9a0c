package cn.courts.enforcement.app.networksearch;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import cn.courts.enforcement.app.platform.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.stream.Collectors;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static cn.courts.enforcement.app.networksearch.NetworkSearchTopic.WORKER_GROUP_ID;
import static cn.courts.enforcement.app.networksearch.NetworkSearchTopic.WORKER_USER_ID;

/**
 * The engine account of external network-search workers: user {@value NetworkSearchTopic#WORKER_USER_ID} in
 * group {@value NetworkSearchTopic#WORKER_GROUP_ID} (type SYSTEM, no webapp access), allowed to read process
 * instances and to update them, which is what fetching, completing and failing external tasks needs.
 *
 * <p>The worker serves every court, but the engine's tenant check hides a court's external tasks from users
 * outside the court. The worker is therefore a member of every court's tenant. Call
 * {@link #ensureMemberOfEveryCourt()} after registering a new court; it also runs at every start.
 */
@Service
public class NetworkSearchWorkerAccount {

    private static final Logger log = LoggerFactory.getLogger(NetworkSearchWorkerAccount.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final SystemAccess systemAccess;

    NetworkSearchWorkerAccount(IdentityService identityService, AuthorizationService authorizationService,
                               SystemAccess systemAccess) {
        this.systemAccess = systemAccess;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    /**
     * Creates the group, its grants and the user if missing, and sets the user's password to the configured
     * one: the configuration is the one source of the technical user's secret, so rotating it is a restart.
     */
    @Transactional
    void ensure(String password) {
        ensureGroup();
        grantWorkers();
        User user = identityService.createUserQuery().userId(WORKER_USER_ID).singleResult();
        if (user == null) {
            user = identityService.newUser(WORKER_USER_ID);
            user.setFirstName("网络查控");
            user.setLastName("外部系统");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(WORKER_USER_ID, WORKER_GROUP_ID);
            log.info("Created the network-search worker user {} in group {}", WORKER_USER_ID, WORKER_GROUP_ID);
        } else {
            user.setPassword(password);
            identityService.saveUser(user);
            // wrong passwords lock any user (loginMaxAttempts); for the one account every court's searches
            // depend on, a restart must be enough to end such a lock
            identityService.unlockUser(WORKER_USER_ID);
            if (identityService.createGroupQuery().groupMember(WORKER_USER_ID).groupId(WORKER_GROUP_ID).count() == 0) {
                identityService.createMembership(WORKER_USER_ID, WORKER_GROUP_ID);
            }
        }
        ensureMemberOfEveryCourt();
    }

    /**
     * Makes the worker user a member of every court's tenant it is not a member of yet; does nothing when
     * no worker user exists (no external worker configured). Idempotent.
     *
     * <p>Runs without the caller's engine authentication, so a court's registration by an administrator
     * through the API can call it: the only effect is the standing rule "the worker serves every court".
     */
    @Transactional
    public void ensureMemberOfEveryCourt() {
        systemAccess.run(() -> {
            if (identityService.createUserQuery().userId(WORKER_USER_ID).count() == 0) {
                return;
            }
            Set<String> memberOf = identityService.createTenantQuery().userMember(WORKER_USER_ID).list().stream()
                    .map(Tenant::getId).collect(Collectors.toSet());
            for (Tenant tenant : identityService.createTenantQuery().list()) {
                if (!memberOf.contains(tenant.getId())) {
                    identityService.createTenantUserMembership(tenant.getId(), WORKER_USER_ID);
                    log.info("Network-search worker {} now serves court {}", WORKER_USER_ID, tenant.getId());
                }
            }
        });
    }

    private void ensureGroup() {
        if (identityService.createGroupQuery().groupId(WORKER_GROUP_ID).count() == 0) {
            Group group = identityService.newGroup(WORKER_GROUP_ID);
            group.setName("外部系统接口账号");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
            log.info("Created group {} for external workers", WORKER_GROUP_ID);
        }
    }

    /**
     * Fetch-and-lock needs READ and UPDATE on the instance (or READ_INSTANCE and UPDATE_INSTANCE on its
     * definition); complete and handleFailure need UPDATE. No task, history or application grants: the
     * account cannot open Tasklist or Cockpit.
     */
    private void grantWorkers() {
        grant(Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.READ_INSTANCE, Permissions.UPDATE_INSTANCE);
        grant(Resources.PROCESS_INSTANCE, Permissions.READ, Permissions.UPDATE);
    }

    /** Adds the permissions to the group's grant on every resource of the type, creating the grant if needed. */
    private void grant(Resource resource, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(WORKER_GROUP_ID)
                .resourceType(resource)
                .resourceId(ANY)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(WORKER_GROUP_ID);
            authorization.setResource(resource);
            authorization.setResourceId(ANY);
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
