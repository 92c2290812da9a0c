package cn.courts.enforcement.app.platform;

import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL (the PostgreSQL suite) the engine's tables get their indexes and statistics and every connection
 * plans with the parameter values and without JIT (docs/performance.md); on H2 (the demo database) nothing is touched.
 */
@SpringBootTest
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class PostgresEngineTuningIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }

    @Test
    void theEngineTablesAreTunedOnPostgresqlOnly() {
        if (postgres()) {
            assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename in ('act_ru_task', 'act_ru_job')", String.class))
                    .contains("act_idx_task_due_date", "act_idx_job_duedate", "act_idx_job_locked", "act_idx_job_priority_due");
            assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
                    PostgresEngineTuning.STATISTICS_NAME)).isEqualTo(1);
            assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
            assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
        } else {
            assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes where lower(index_name) = 'act_idx_task_due_date'",
                    Integer.class)).isZero();
        }
    }
}
