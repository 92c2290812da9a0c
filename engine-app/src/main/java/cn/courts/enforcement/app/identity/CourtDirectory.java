package cn.courts.enforcement.app.identity;

import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.model.court.Court;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Courts and their people. A court is a domain row and an engine tenant with the same id; a user belongs
 * to exactly one court (tenant membership) and has one or more roles (groups). Both sides are written in
 * one transaction, so a court never exists without its tenant.
 */
@Service
public class CourtDirectory {

    private static final Logger log = LoggerFactory.getLogger(CourtDirectory.class);

    private final CourtRepository courts;
    private final IdentityService identityService;

    CourtDirectory(CourtRepository courts, IdentityService identityService) {
        this.courts = courts;
        this.identityService = identityService;
    }

    /** Registers a court and its tenant; an existing court is left as it is. */
    @Transactional
    public Court register(Court court) {
        if (court.parentId() != null && !courts.existsById(court.parentId())) {
            throw new IllegalArgumentException("higher court " + court.parentId() + " of " + court.id() + " is not registered");
        }
        Court saved = courts.findById(court.id()).orElseGet(() -> courts.save(court));
        ensureTenant(saved);
        return saved;
    }

    /** Makes sure every registered court has its tenant (e.g. after courts were loaded by SQL). */
    @Transactional
    public void ensureTenants() {
        courts.findAll().forEach(this::ensureTenant);
    }

    private void ensureTenant(Court court) {
        Tenant tenant = identityService.createTenantQuery().tenantId(court.id()).singleResult();
        if (tenant == null) {
            Tenant created = identityService.newTenant(court.id());
            created.setName(court.name());
            identityService.saveTenant(created);
            log.info("Created engine tenant for court {} ({})", court.id(), court.shortName());
        }
    }

    /**
     * Creates a user of a court with the given roles, if the user does not exist yet. An existing user is
     * left untouched (its password is never reset by a restart).
     */
    @Transactional
    public void ensureUser(String courtId, String userId, String fullName, String title, String email,
                           String initialPassword, RoleGroup... roles) {
        if (courtId != null && !courts.existsById(courtId)) {
            throw new IllegalArgumentException("court " + courtId + " of user " + userId + " is not registered");
        }
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identityService.newUser(userId);
        // Tasklist shows "firstName lastName": the Chinese name followed by the title reads naturally.
        user.setFirstName(fullName);
        user.setLastName(title);
        user.setEmail(email);
        user.setPassword(initialPassword);
        identityService.saveUser(user);
        for (RoleGroup role : roles) {
            identityService.createMembership(userId, role.groupId());
        }
        if (courtId != null) {
            identityService.createTenantUserMembership(courtId, userId);
        }
        log.info("Created user {} in court {} with roles {}", userId, courtId, List.of(roles));
    }

    /** The court of a user: the one tenant the user is a member of. */
    public Optional<Court> courtOf(String userId) {
        List<Tenant> tenants = identityService.createTenantQuery().userMember(userId).list();
        if (tenants.size() != 1) {
            return Optional.empty();
        }
        return courts.findById(tenants.get(0).getId());
    }

    public Optional<Court> find(String courtId) {
        return courts.findById(courtId);
    }

    public List<Court> all() {
        return courts.findAll();
    }
}
