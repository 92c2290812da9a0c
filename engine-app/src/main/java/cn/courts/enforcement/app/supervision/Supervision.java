package cn.courts.enforcement.app.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One supervision (督办) of the command centre: an overdue node, or a case whose time limit passed. The
 * unique {@code dedup_key} makes "exactly once per overdue node" a database fact, not a hope.
 */
@Entity
@Table(name = "supervision")
class Supervision {

    enum Kind { NODE_OVERDUE, CASE_LIMIT_PASSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, unique = true, length = 120)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "court_id", nullable = false, length = 32)
    private String courtId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "activity_id", length = 100)
    private String activityId;

    @Column(name = "node_name", nullable = false, length = 200)
    private String nodeName;

    @Column(name = "judge_id", length = 64)
    private String judgeId;

    @Column(name = "due_date", nullable = false)
    private Instant dueDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "supervision_instance_id", length = 64)
    private String supervisionInstanceId;

    protected Supervision() {
    }

    Supervision(String dedupKey, Kind kind, String courtId, Long caseId, String caseNumber, String taskId,
                String activityId, String nodeName, String judgeId, Instant dueDate, Instant createdAt) {
        this.dedupKey = dedupKey;
        this.kind = kind;
        this.courtId = courtId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.taskId = taskId;
        this.activityId = activityId;
        this.nodeName = nodeName;
        this.judgeId = judgeId;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    void linkInstance(String instanceId) {
        this.supervisionInstanceId = instanceId;
    }

    Long id() {
        return id;
    }

    String dedupKey() {
        return dedupKey;
    }

    Kind kind() {
        return kind;
    }

    String courtId() {
        return courtId;
    }

    Long caseId() {
        return caseId;
    }

    String caseNumber() {
        return caseNumber;
    }

    String taskId() {
        return taskId;
    }

    String nodeName() {
        return nodeName;
    }

    String judgeId() {
        return judgeId;
    }

    Instant dueDate() {
        return dueDate;
    }

    Instant createdAt() {
        return createdAt;
    }
}
