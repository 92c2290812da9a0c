package cn.courts.enforcement.app.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Outside the demo profile, refuses to start while a default or demo password is configured: the
 * administrator password from the environment must be a real secret, and no account in the identity
 * store may still have a well-known password (e.g. the demo users of a database once run with the demo
 * profile). The check compares hashes with the engine's password manager, so it does not count as a
 * failed login and locks nobody out.
 */
@Component
@Profile("!demo")
@Order(5)
class InsecurePasswordGuard implements ApplicationRunner {

    static final Set<String> WELL_KNOWN_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "123456", "changeme");

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final String adminId;
    private final String adminPassword;

    InsecurePasswordGuard(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration,
                          @Value("${enforcement.admin.id:admin}") String adminId,
                          @Value("${enforcement.admin.password:}") String adminPassword) {
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = new ArrayList<>();
        if (!adminPassword.isBlank() && WELL_KNOWN_PASSWORDS.contains(adminPassword.toLowerCase(Locale.ROOT))) {
            problems.add("ENFORCEMENT_ADMIN_PASSWORD is a default or demo password");
        }
        boolean adminExists = identityService.createUserQuery().userId(adminId).count() > 0;
        if (!adminExists && adminPassword.isBlank()) {
            problems.add("no administrator exists yet and ENFORCEMENT_ADMIN_PASSWORD is not set");
        }
        PasswordManager passwords = engineConfiguration.getPasswordManager();
        for (User user : identityService.createUserQuery().list()) {
            UserEntity entity = (UserEntity) user;
            if (entity.getPassword() == null) {
                continue;
            }
            for (String weak : WELL_KNOWN_PASSWORDS) {
                if (passwords.check(EncryptionUtil.saltPassword(weak, entity.getSalt()), entity.getPassword())) {
                    problems.add("user '" + user.getId() + "' has a default or demo password");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start outside the demo profile: " + String.join("; ", problems)
                    + ". Set real passwords (docs/operations.md, 'Passwords').");
        }
    }
}
