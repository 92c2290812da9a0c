package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.model.termination.TerminationApplication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface TerminationApplicationRepository extends JpaRepository<TerminationApplication, Long> {

    List<TerminationApplication> findByCaseIdOrderById(Long caseId);

    /** Rows per status of a court: [status, count, sum of returns]. */
    @Query("select a.status, count(a), coalesce(sum(a.returns), 0) from TerminationApplication a where a.courtId = :courtId group by a.status")
    List<Object[]> countByStatus(String courtId);
}
