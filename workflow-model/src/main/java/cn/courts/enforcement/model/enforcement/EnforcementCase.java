package cn.courts.enforcement.model.enforcement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An enforcement case (执行实施案件): the domain record behind one EnforcementCaseProcess instance. The
 * engine knows the case only by its id, number (business key) and court; parties, amounts and property
 * live here.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 40)
    private String caseNumber;

    @Column(name = "court_id", nullable = false, length = 32)
    private String courtId;

    @Column(name = "filing_date", nullable = false)
    private LocalDate filingDate;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "basis_document", nullable = false, length = 200)
    private String basisDocument;

    @Column(name = "non_litigation", nullable = false)
    private boolean nonLitigation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_mode", length = 30)
    private ClosingMode closingMode;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "judge_id", length = 64)
    private String judgeId;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "case_limit_date", nullable = false)
    private LocalDate caseLimitDate;

    @Column(name = "extension_count", nullable = false)
    private int extensionCount;

    @Column(name = "resumed_from_case_id")
    private Long resumedFromCaseId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CaseParty> parties = new ArrayList<>();

    protected EnforcementCase() {
        // for JPA
    }

    public EnforcementCase(CaseNumber caseNumber, String courtId, LocalDate filingDate, BigDecimal amount,
                           String basisDocument, boolean nonLitigation, LocalDate caseLimitDate,
                           String createdBy, Instant createdAt) {
        this.caseNumber = caseNumber.toString();
        this.courtId = Objects.requireNonNull(courtId);
        this.filingDate = Objects.requireNonNull(filingDate);
        this.amount = Objects.requireNonNull(amount);
        this.basisDocument = Objects.requireNonNull(basisDocument);
        this.nonLitigation = nonLitigation;
        this.caseLimitDate = Objects.requireNonNull(caseLimitDate);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = CaseStatus.IN_PROGRESS;
    }

    public CaseParty addParty(PartyRole role, PartyKind kind, String name, String identifier, String email) {
        CaseParty party = new CaseParty(this, role, kind, name, identifier, email);
        parties.add(party);
        return party;
    }

    public void assignJudge(String judgeId) {
        this.judgeId = judgeId;
    }

    public void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void markResumedFrom(Long caseId) {
        this.resumedFromCaseId = caseId;
    }

    /** Records an approved extension (延长执行期限); the new limit is computed by the caller's calendar. */
    public void recordExtension(LocalDate newLimit) {
        if (!newLimit.isAfter(caseLimitDate)) {
            throw new IllegalArgumentException("an extension must move the case limit later");
        }
        this.extensionCount++;
        this.caseLimitDate = newLimit;
    }

    /** A recomputed case limit, e.g. after suspended time (中止, 暂缓, auction) ended. */
    public void moveCaseLimitTo(LocalDate newLimit) {
        this.caseLimitDate = Objects.requireNonNull(newLimit);
    }

    public int extensionCount() {
        return extensionCount;
    }

    public void close(ClosingMode mode, LocalDate on) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("case " + caseNumber + " is already closed");
        }
        this.status = CaseStatus.CLOSED;
        this.closingMode = Objects.requireNonNull(mode);
        this.closedOn = Objects.requireNonNull(on);
    }

    public Long id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String courtId() {
        return courtId;
    }

    public LocalDate filingDate() {
        return filingDate;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String basisDocument() {
        return basisDocument;
    }

    public boolean nonLitigation() {
        return nonLitigation;
    }

    public CaseStatus status() {
        return status;
    }

    public ClosingMode closingMode() {
        return closingMode;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String judgeId() {
        return judgeId;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public LocalDate caseLimitDate() {
        return caseLimitDate;
    }

    public Long resumedFromCaseId() {
        return resumedFromCaseId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<CaseParty> parties() {
        return Collections.unmodifiableList(parties);
    }

    public List<CaseParty> parties(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }
}
