package cn.courts.enforcement.model.termination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A judge's application to terminate a case this round (终本申请), from the closing review to the decision. The
 * figures for leaders count these rows: 终本合格率 = approved / applied, where an application the gates refused at
 * once counts as applied and not approved.
 */
@Entity
@Table(name = "termination_application")
public class TerminationApplication {

    /** Where the application stands. */
    public enum Status {
        /** The gates refused it at once; nothing in the case changed. */
        REFUSED_BY_GATES("四个不批未通过"),
        /** With the reviewer or the leader. */
        PENDING("审批中"),
        /** Sent back to the judge with a reason. */
        RETURNED("已退回"),
        /** Approved by the reviewer and the leader: the case closes as 终本. */
        APPROVED("已批准"),
        /** Withdrawn by the judge after a return. */
        WITHDRAWN("已撤回"),
        /** The case ended otherwise while the application was open (e.g. the debtor paid in full). */
        CANCELLED("已终止");

        private final String nameZh;

        Status(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "court_id", nullable = false, length = 32)
    private String courtId;

    @Column(name = "applicant_id", nullable = false, length = 64)
    private String applicantId;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "returns", nullable = false)
    private int returns;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "approval_instance_id", length = 64)
    private String approvalInstanceId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TerminationApplication() {
        // for JPA
    }

    private TerminationApplication(Long caseId, String caseNumber, String courtId, String applicantId, LocalDate appliedOn,
                                   Instant appliedAt, Status status) {
        this.caseId = Objects.requireNonNull(caseId);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.courtId = Objects.requireNonNull(courtId);
        this.applicantId = Objects.requireNonNull(applicantId);
        this.appliedOn = Objects.requireNonNull(appliedOn);
        this.appliedAt = Objects.requireNonNull(appliedAt);
        this.status = status;
    }

    /** An application that passed the gates and goes to the reviewer. */
    public static TerminationApplication pending(Long caseId, String caseNumber, String courtId, String applicantId,
                                                 LocalDate on, Instant at) {
        return new TerminationApplication(caseId, caseNumber, courtId, applicantId, on, at, Status.PENDING);
    }

    /** An application the gates refused at once. */
    public static TerminationApplication refusedByGates(Long caseId, String caseNumber, String courtId, String applicantId,
                                                        LocalDate on, Instant at) {
        TerminationApplication a = new TerminationApplication(caseId, caseNumber, courtId, applicantId, on, at, Status.REFUSED_BY_GATES);
        a.decidedOn = on;
        return a;
    }

    public void linkApprovalInstance(String instanceId) {
        this.approvalInstanceId = instanceId;
    }

    public void returned() {
        requireOpen();
        this.status = Status.RETURNED;
        this.returns++;
    }

    public void resubmitted() {
        if (status != Status.RETURNED) {
            throw new IllegalStateException("only a returned application can be resubmitted: " + status);
        }
        this.status = Status.PENDING;
    }

    public void decide(Status outcome, LocalDate on) {
        if (outcome != Status.APPROVED && outcome != Status.WITHDRAWN && outcome != Status.CANCELLED) {
            throw new IllegalArgumentException("not an outcome: " + outcome);
        }
        requireOpen();
        this.status = outcome;
        this.decidedOn = Objects.requireNonNull(on);
    }

    public boolean isOpen() {
        return status == Status.PENDING || status == Status.RETURNED;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("application " + id + " of " + caseNumber + " is already " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String courtId() {
        return courtId;
    }

    public String applicantId() {
        return applicantId;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Status status() {
        return status;
    }

    public int returns() {
        return returns;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String approvalInstanceId() {
        return approvalInstanceId;
    }
}
