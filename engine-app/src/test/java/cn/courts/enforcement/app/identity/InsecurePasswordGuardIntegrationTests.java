package cn.courts.enforcement.app.identity;

import cn.courts.enforcement.app.EngineApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo passwords exist only in the demo profile: any other profile refuses to start while a default or
 * demo password is configured, or while an account still has one.
 */
class InsecurePasswordGuardIntegrationTests {

    @Test
    void productionProfileRefusesTheDemoAdminPassword() {
        assertThatThrownBy(() -> start(freshDatabase(), "prod", "demo").close())
                .hasStackTraceContaining("ENFORCEMENT_ADMIN_PASSWORD is a default or demo password");
    }

    @Test
    void productionProfileRefusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> start(freshDatabase(), "prod", "").close())
                .hasStackTraceContaining("ENFORCEMENT_ADMIN_PASSWORD is not set");
    }

    @Test
    void productionProfileRefusesADatabaseWhoseUsersStillHaveTheDemoPassword() {
        String database = freshDatabase();
        start(database, "demo", "demo").close();
        assertThatThrownBy(() -> start(database, "prod", "S3cure-admin-pass").close())
                .hasStackTraceContaining("user 'ftjudge1' has a default or demo password");
    }

    @Test
    void productionProfileStartsWithARealSecretAndCreatesNoDemoUsers() {
        try (ConfigurableApplicationContext app = start(freshDatabase(), "prod", "S3cure-admin-pass")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.checkPassword("admin", "S3cure-admin-pass")).isTrue();
            assertThat(identity.createUserQuery().userId("ftjudge1").count()).isZero();
        }
    }

    private static String freshDatabase() {
        // DB_CLOSE_DELAY keeps the in-memory database between two starts of the app in one test
        return "jdbc:h2:mem:guard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static ConfigurableApplicationContext start(String url, String profile, String adminPassword) {
        return new SpringApplicationBuilder(EngineApplication.class)
                // command-line arguments: they win over application.yaml, as an operator's settings do
                .run("--spring.profiles.active=" + profile,
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--enforcement.admin.password=" + adminPassword,
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        "--spring.jmx.enabled=false");
    }
}
