package cn.courts.enforcement.app.notice;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long>, JpaSpecificationExecutor<ServiceRecord> {

    /** Records in the state whose {@code next_attempt_at} has come, oldest first (index service_record_due_ix). */
    @Query("select r.id from ServiceRecord r where r.status = :status and r.nextAttemptAt <= :now order by r.nextAttemptAt, r.id")
    List<Long> findIdsByStatusDueAt(@Param("status") ServiceRecord.Status status, @Param("now") Instant now, Limit limit);

    /** The same records as {@link #findIdsByStatusDueAt}, loaded in one query (the dispatcher's batch claim). */
    @Query("select r from ServiceRecord r where r.status = :status and r.nextAttemptAt <= :now order by r.nextAttemptAt, r.id")
    List<ServiceRecord> findByStatusDueAt(@Param("status") ServiceRecord.Status status, @Param("now") Instant now, Limit limit);

    /**
     * Records the records as SENT at {@code now} in one statement ({@link ServiceRecord#markSent}, whatever their
     * state), with their optimistic version moved on as an entity update would.
     */
    @Modifying
    @Query("update ServiceRecord r set r.status = cn.courts.enforcement.app.notice.ServiceRecord.Status.SENT, r.sentAt = :now,"
            + " r.nextAttemptAt = null, r.lastError = null, r.version = r.version + 1 where r.id in :ids")
    int markSent(@Param("ids") List<Long> ids, @Param("now") Instant now);

    List<ServiceRecord> findByCaseIdOrderByCreatedAtDescIdDesc(Long caseId);

    Optional<ServiceRecord> findByMessageId(String messageId);
}
