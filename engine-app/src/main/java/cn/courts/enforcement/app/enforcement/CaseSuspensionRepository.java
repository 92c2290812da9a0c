package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.calendar.SuspensionReason;
import cn.courts.enforcement.model.enforcement.CaseSuspension;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CaseSuspensionRepository extends JpaRepository<CaseSuspension, Long> {

    List<CaseSuspension> findByCaseIdOrderById(Long caseId);

    @Query("select s from CaseSuspension s where s.caseId = :caseId and s.reason = :reason and s.toDate is null")
    Optional<CaseSuspension> findOpen(Long caseId, SuspensionReason reason);
}
