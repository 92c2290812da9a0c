package cn.courts.enforcement.app.models;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The platform's own record of model deployments (who, why; the engine's deployment table has neither) and of
 * migrations (which instances a batch covered). Plain JDBC: a migration may list many thousands of instances,
 * written in one batch (V10__model_administration.sql).
 */
@Repository
class ModelRecords {

    enum Source { RELEASE, ADMIN }

    record DeploymentRecord(String deploymentId, String definitionId, String key, ModelKind kind, int version,
                            Source source, String deployedBy, Instant deployedAt, String comment, String supersedes) {
    }

    record MigrationRecord(long id, String batchId, String key, String sourceDefinitionId, String targetDefinitionId,
                           int total, String startedBy, Instant startedAt) {
    }

    record MigrationInstance(String processInstanceId, String businessKey) {
    }

    private static final RowMapper<DeploymentRecord> DEPLOYMENT = (rs, i) -> new DeploymentRecord(
            rs.getString("deployment_id"), rs.getString("definition_id"), rs.getString("definition_key"),
            ModelKind.valueOf(rs.getString("kind")), rs.getInt("version"), Source.valueOf(rs.getString("source")),
            rs.getString("deployed_by"), rs.getTimestamp("deployed_at").toInstant(), rs.getString("comment"),
            rs.getString("supersedes"));

    private static final RowMapper<MigrationRecord> MIGRATION = (rs, i) -> new MigrationRecord(
            rs.getLong("id"), rs.getString("batch_id"), rs.getString("definition_key"),
            rs.getString("source_definition_id"), rs.getString("target_definition_id"), rs.getInt("total"),
            rs.getString("started_by"), rs.getTimestamp("started_at").toInstant());

    private final JdbcTemplate jdbc;

    ModelRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addDeployment(DeploymentRecord r) {
        jdbc.update("insert into model_deployment (deployment_id, definition_id, definition_key, kind, version, source,"
                        + " deployed_by, deployed_at, comment, supersedes) values (?,?,?,?,?,?,?,?,?,?)",
                r.deploymentId(), r.definitionId(), r.key(), r.kind().name(), r.version(), r.source().name(),
                r.deployedBy(), Timestamp.from(r.deployedAt()), r.comment(), r.supersedes());
    }

    /** By definition id, for the definitions of the given key. */
    Map<String, DeploymentRecord> deploymentsOf(String key) {
        return jdbc.query("select * from model_deployment where definition_key = ?", DEPLOYMENT, key).stream()
                .collect(Collectors.toMap(DeploymentRecord::definitionId, Function.identity()));
    }

    Map<String, DeploymentRecord> allDeployments() {
        return jdbc.query("select * from model_deployment", DEPLOYMENT).stream()
                .collect(Collectors.toMap(DeploymentRecord::definitionId, Function.identity()));
    }

    long addMigration(String batchId, String key, String sourceDefinitionId, String targetDefinitionId,
                      List<MigrationInstance> instances, String startedBy, Instant startedAt) {
        jdbc.update("insert into model_migration (batch_id, definition_key, source_definition_id, target_definition_id,"
                        + " total, started_by, started_at) values (?,?,?,?,?,?,?)",
                batchId, key, sourceDefinitionId, targetDefinitionId, instances.size(), startedBy, Timestamp.from(startedAt));
        Long id = jdbc.queryForObject("select id from model_migration where batch_id = ?", Long.class, batchId);
        jdbc.batchUpdate("insert into model_migration_instance (migration_id, process_instance_id, business_key) values (?,?,?)",
                instances, 500, (ps, instance) -> {
                    ps.setLong(1, id);
                    ps.setString(2, instance.processInstanceId());
                    ps.setString(3, instance.businessKey());
                });
        return id;
    }

    Optional<MigrationRecord> migration(String batchId) {
        return jdbc.query("select * from model_migration where batch_id = ?", MIGRATION, batchId).stream().findFirst();
    }

    List<MigrationRecord> migrations(String key) {
        return jdbc.query("select * from model_migration where definition_key = ? order by started_at desc, id desc",
                MIGRATION, key);
    }

    List<MigrationInstance> instancesOf(long migrationId) {
        return jdbc.query("select process_instance_id, business_key from model_migration_instance where migration_id = ?"
                        + " order by id",
                (rs, i) -> new MigrationInstance(rs.getString(1), rs.getString(2)), migrationId);
    }
}
