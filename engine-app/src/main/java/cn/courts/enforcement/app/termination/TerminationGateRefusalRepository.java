package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.model.termination.TerminationGateRefusal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface TerminationGateRefusalRepository extends JpaRepository<TerminationGateRefusal, Long> {

    List<TerminationGateRefusal> findByApplicationIdOrderById(Long applicationId);

    /** Refusals per gate of a court: [gate, count]. */
    @Query("select r.gate, count(r) from TerminationGateRefusal r where r.courtId = :courtId group by r.gate")
    List<Object[]> countByGate(String courtId);
}
