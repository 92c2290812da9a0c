package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface EnforcementCaseRepository extends JpaRepository<EnforcementCase, Long> {

    boolean existsByCaseNumber(String caseNumber);

    Optional<EnforcementCase> findByCaseNumber(String caseNumber);

    Page<EnforcementCase> findByCourtIdOrderByFilingDateDescIdDesc(String courtId, Pageable page);

    @Query("select c from EnforcementCase c where c.courtId = :courtId and c.status = :status and c.caseLimitDate <= :until order by c.caseLimitDate")
    List<EnforcementCase> findNearLimit(String courtId, CaseStatus status, LocalDate until);

    @Query("select c from EnforcementCase c where c.status = :status and c.caseLimitDate < :today order by c.caseLimitDate")
    List<EnforcementCase> findPastLimit(CaseStatus status, LocalDate today, Pageable page);

    @Query("select c.judgeId, count(c) from EnforcementCase c where c.courtId = :courtId and c.status = :status and c.judgeId in :judges group by c.judgeId")
    List<Object[]> countOpenCasesByJudge(String courtId, CaseStatus status, List<String> judges);
}
