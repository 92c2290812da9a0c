package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.DatabaseMetaData;
import java.util.List;

/**
 * What PostgreSQL needs on the engine's own tables at a court's data volume, measured in docs/performance.md and not
 * created by the engine: an index for Tasklist's order by due date, extended statistics so that the planner can
 * estimate the authorization check's permission bits (else every Tasklist page joins each task to all of the judge's
 * authorizations: 1.4 s at 100,000 open cases, counts that never finish), and three indexes for the job executor's
 * acquisition at the 终本 library's size (due date, locked jobs, priority order). Idempotent (IF NOT EXISTS), run once the engine has created its tables,
 * PostgreSQL only; Flyway cannot do it, as it runs before the engine's schema exists on a fresh database.
 * The connection settings that go with it (custom plans, no JIT) are in application-postgres.yaml.
 */
@Component
class PostgresEngineTuning extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(PostgresEngineTuning.class);

    static final List<String> INDEXES = List.of(
            "create index if not exists act_idx_task_due_date on act_ru_task (due_date_)",
            "create index if not exists act_idx_job_duedate on act_ru_job (duedate_)",
            "create index if not exists act_idx_job_locked on act_ru_job (process_instance_id_) where lock_owner_ is not null",
            // acquisition by priority (application.yaml) orders the due jobs by priority: without this index every
            // acquisition sorts the whole backlog (0.07-1.5 s at 36,000 due timers of a library round, 0.1 ms with it)
            "create index if not exists act_idx_job_priority_due on act_ru_job (priority_ desc, duedate_)");
    static final String STATISTICS_NAME = "act_ru_authorization_perms_stats";
    /** Expressions in extended statistics: PostgreSQL 14 and later. 2 = READ, 64 = READ_TASK-style bits the checks test. */
    static final String STATISTICS = "create statistics if not exists " + STATISTICS_NAME
            + " on (perms_ & 2), (perms_ & 64), resource_type_ from act_ru_authorization";

    private final ObjectProvider<JdbcTemplate> jdbc;

    PostgresEngineTuning(ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        JdbcTemplate template = jdbc.getObject();
        Integer major = template.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            return "PostgreSQL".equals(meta.getDatabaseProductName()) ? meta.getDatabaseMajorVersion() : null;
        });
        if (major == null) {
            return;
        }
        INDEXES.forEach(template::execute);
        if (major >= 14) {
            boolean existed = Boolean.TRUE.equals(template.queryForObject(
                    "select exists (select 1 from pg_statistic_ext where stxname = ?)", Boolean.class, STATISTICS_NAME));
            template.execute(STATISTICS);
            if (!existed) {
                template.execute("analyze act_ru_authorization");
            }
        } else {
            log.warn("PostgreSQL {} has no expression statistics (14+): Tasklist queries with authorization checks stay"
                    + " slow at large task counts (docs/performance.md)", major);
        }
        log.info("PostgreSQL tuning of the engine's tables in place (indexes on task due date and job acquisition,"
                + " statistics on authorization permissions)");
    }
}
