package cn.courts.enforcement.app.notice;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long>, JpaSpecificationExecutor<ServiceRecord> {

    /** Records in the state whose {@code next_attempt_at} has come, oldest first (index service_record_due_ix). */
    @Query("select r.id from ServiceRecord r where r.status = :status and r.nextAttemptAt <= :now order by r.nextAttemptAt, r.id")
    List<Long> findIdsByStatusDueAt(@Param("status") ServiceRecord.Status status, @Param("now") Instant now, Limit limit);

    List<ServiceRecord> findByCaseIdOrderByCreatedAtDescIdDesc(Long caseId);

    Optional<ServiceRecord> findByMessageId(String messageId);
}
