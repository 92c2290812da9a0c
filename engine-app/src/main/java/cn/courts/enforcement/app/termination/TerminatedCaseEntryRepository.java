package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface TerminatedCaseEntryRepository extends JpaRepository<TerminatedCaseEntry, Long> {

    Optional<TerminatedCaseEntry> findByCaseId(Long caseId);

    /** Entries per status of a court: [status, count]. */
    @Query("select e.status, count(e) from TerminatedCaseEntry e where e.courtId = :courtId group by e.status")
    List<Object[]> countByStatus(String courtId);
}
