package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import cn.courts.enforcement.model.termination.TerminationApplication;
import cn.courts.enforcement.model.termination.TerminationGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The leaders' figures of a court (seed 004: leaders oversee the "四个不批"): 终本合格率, rejections per gate, cases in
 * the library, resumptions. Counted from the domain tables (termination_application, termination_gate_refusal,
 * terminated_case_library), never from the engine's history.
 */
@Service
public class TerminationFigures {

    private final TerminationApplicationRepository applications;
    private final TerminationGateRefusalRepository refusals;
    private final TerminatedCaseEntryRepository entries;

    TerminationFigures(TerminationApplicationRepository applications, TerminationGateRefusalRepository refusals,
                       TerminatedCaseEntryRepository entries) {
        this.applications = applications;
        this.refusals = refusals;
        this.entries = entries;
    }

    /** One gate's refusals. */
    public record GateRejections(String gate, String nameZh, String legalBasis, boolean fourNo, long rejections) {
    }

    /**
     * @param applied          applications made, the ones the gates refused at once included
     * @param approved         applications approved by the reviewer and the leader
     * @param qualifiedRate    终本合格率 = approved / applied (null when nothing was applied)
     * @param refusedByGates   applications the gates refused at once
     * @param pending          applications with the reviewer, the leader or (returned) the judge
     * @param withdrawn        applications withdrawn after a return
     * @param returns          returns by reviewers and leaders, in all
     * @param rejectionsByGate refusals per gate (an application failing two gates counts for both)
     * @param inLibrary        cases monitored in the 终本 library now
     * @param resumptions      library cases resumed (assets found, or the creditor's application)
     * @param monitoringEnded  library cases whose five years are over
     */
    public record Figures(String courtId, long applied, long approved, BigDecimal qualifiedRate, long refusedByGates,
                          long pending, long withdrawn, long returns, List<GateRejections> rejectionsByGate,
                          long inLibrary, long resumptions, long monitoringEnded) {
    }

    @Transactional(readOnly = true)
    public Figures of(String courtId) {
        Map<TerminationApplication.Status, Long> byStatus = new EnumMap<>(TerminationApplication.Status.class);
        long returns = 0;
        for (Object[] row : applications.countByStatus(courtId)) {
            byStatus.put((TerminationApplication.Status) row[0], ((Number) row[1]).longValue());
            returns += ((Number) row[2]).longValue();
        }
        long applied = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long approved = byStatus.getOrDefault(TerminationApplication.Status.APPROVED, 0L);
        Map<TerminationGate, Long> byGate = new EnumMap<>(TerminationGate.class);
        for (Object[] row : refusals.countByGate(courtId)) {
            byGate.put((TerminationGate) row[0], ((Number) row[1]).longValue());
        }
        Map<TerminatedCaseEntry.Status, Long> library = new EnumMap<>(TerminatedCaseEntry.Status.class);
        for (Object[] row : entries.countByStatus(courtId)) {
            library.put((TerminatedCaseEntry.Status) row[0], ((Number) row[1]).longValue());
        }
        return new Figures(courtId, applied, approved,
                applied == 0 ? null : BigDecimal.valueOf(approved).divide(BigDecimal.valueOf(applied), 4, RoundingMode.HALF_UP),
                byStatus.getOrDefault(TerminationApplication.Status.REFUSED_BY_GATES, 0L),
                byStatus.getOrDefault(TerminationApplication.Status.PENDING, 0L)
                        + byStatus.getOrDefault(TerminationApplication.Status.RETURNED, 0L),
                byStatus.getOrDefault(TerminationApplication.Status.WITHDRAWN, 0L),
                returns,
                Arrays.stream(TerminationGate.values()).map(g -> new GateRejections(g.name(), g.nameZh(), g.legalBasis(),
                        g.fourNo(), byGate.getOrDefault(g, 0L))).toList(),
                library.getOrDefault(TerminatedCaseEntry.Status.MONITORED, 0L),
                library.getOrDefault(TerminatedCaseEntry.Status.RESUMED, 0L),
                library.getOrDefault(TerminatedCaseEntry.Status.MONITORING_ENDED, 0L));
    }
}
