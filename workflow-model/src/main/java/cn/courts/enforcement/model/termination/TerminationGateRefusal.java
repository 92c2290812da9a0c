package cn.courts.enforcement.model.termination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/** One gate that refused one attempt to apply (or to resubmit) for 终本: the figures' "rejections per gate". */
@Entity
@Table(name = "termination_gate_refusal")
public class TerminationGateRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "court_id", nullable = false, length = 32)
    private String courtId;

    @Enumerated(EnumType.STRING)
    @Column(name = "gate", nullable = false, length = 40)
    private TerminationGate gate;

    @Column(name = "refused_on", nullable = false)
    private LocalDate refusedOn;

    protected TerminationGateRefusal() {
        // for JPA
    }

    public TerminationGateRefusal(Long applicationId, Long caseId, String courtId, TerminationGate gate, LocalDate refusedOn) {
        this.applicationId = Objects.requireNonNull(applicationId);
        this.caseId = Objects.requireNonNull(caseId);
        this.courtId = Objects.requireNonNull(courtId);
        this.gate = Objects.requireNonNull(gate);
        this.refusedOn = Objects.requireNonNull(refusedOn);
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public TerminationGate gate() {
        return gate;
    }

    public LocalDate refusedOn() {
        return refusedOn;
    }
}
