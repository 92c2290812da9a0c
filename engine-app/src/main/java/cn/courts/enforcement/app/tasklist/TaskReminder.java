package cn.courts.enforcement.app.tasklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A task mail already sent (or skipped by preference): its unique key keeps it to once per task. */
@Entity
@Table(name = "task_reminder")
class TaskReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, unique = true, length = 120)
    private String dedupKey;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "user_id", length = 64)
    private String userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TaskReminder() {
    }

    TaskReminder(String dedupKey, String taskId, String userId, Instant createdAt) {
        this.dedupKey = dedupKey;
        this.taskId = taskId;
        this.userId = userId;
        this.createdAt = createdAt;
    }
}
