package cn.courts.enforcement.model.listing;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One debtor's listing (失信被执行人名单信息) of one case, from the proposal to the exit: the record behind a
 * DishonestListingProcess instance. It holds the items published under 法释〔2017〕7号 第六条 (name,
 * identifier, legal representative, duty, dishonest act, case number, filing date, court), copied when the
 * listing is proposed so that the public record does not change with later edits of the case.
 */
@Entity
@Table(name = "dishonest_listing")
public class DishonestListing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "court_id", nullable = false, length = 32)
    private String courtId;

    @Column(name = "case_filing_date", nullable = false)
    private LocalDate caseFilingDate;

    @Column(name = "debtor_party_id", nullable = false)
    private Long debtorPartyId;

    @Column(name = "debtor_name", nullable = false, length = 100)
    private String debtorName;

    @Column(name = "debtor_kind", nullable = false, length = 20)
    private String debtorKind;

    @Column(name = "debtor_identifier", nullable = false, length = 18)
    private String debtorIdentifier;

    @Column(name = "debtor_email", length = 200)
    private String debtorEmail;

    @Column(name = "legal_representative", length = 100)
    private String legalRepresentative;

    @Column(name = "duty", nullable = false, length = 500)
    private String duty;

    @Column(name = "grounds", nullable = false, length = 300)
    private String grounds;

    @Column(name = "period_years")
    private Integer periodYears;

    @Column(name = "on_creditor_application", nullable = false)
    private boolean onCreditorApplication;

    @Column(name = "creditor_applied_on")
    private LocalDate creditorAppliedOn;

    @Column(name = "grace_months", nullable = false)
    private int graceMonths;

    @Column(name = "grace_ends_on", nullable = false)
    private LocalDate graceEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ListingStatus status;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "decision_received_on")
    private LocalDate decisionReceivedOn;

    @Column(name = "rejection_served_on")
    private LocalDate rejectionServedOn;

    @Column(name = "restriction_ordered_on")
    private LocalDate restrictionOrderedOn;

    @Column(name = "restriction_lifted_on")
    private LocalDate restrictionLiftedOn;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 40)
    private ListingExitReason exitReason;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DishonestListing() {
        // for JPA
    }

    /** The debtor as listed: the items of 法释〔2017〕7号 第六条 that come from the case. */
    public record Debtor(Long partyId, String name, String kind, String identifier, String email, String legalRepresentative) {
    }

    public DishonestListing(Long caseId, String caseNumber, String courtId, LocalDate caseFilingDate, Debtor debtor,
                            String duty, Set<ListingGround> grounds, Integer periodYears, boolean onCreditorApplication,
                            LocalDate creditorAppliedOn, int graceMonths, LocalDate graceEndsOn, String proposedBy,
                            Instant createdAt) {
        this.caseId = Objects.requireNonNull(caseId);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.courtId = Objects.requireNonNull(courtId);
        this.caseFilingDate = Objects.requireNonNull(caseFilingDate);
        this.debtorPartyId = Objects.requireNonNull(debtor.partyId());
        this.debtorName = Objects.requireNonNull(debtor.name());
        this.debtorKind = Objects.requireNonNull(debtor.kind());
        this.debtorIdentifier = Objects.requireNonNull(debtor.identifier());
        this.debtorEmail = debtor.email();
        this.legalRepresentative = debtor.legalRepresentative();
        this.duty = Objects.requireNonNull(duty);
        this.grounds = grounds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.periodYears = periodYears;
        this.onCreditorApplication = onCreditorApplication;
        this.creditorAppliedOn = creditorAppliedOn;
        this.graceMonths = graceMonths;
        this.graceEndsOn = Objects.requireNonNull(graceEndsOn);
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = ListingStatus.PROPOSED;
    }

    public void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Published on {@code day}; {@code endsOn} is the last day of a fixed period, or null (ground 1). */
    public void publish(LocalDate day, LocalDate endsOn) {
        requireStatus(ListingStatus.PROPOSED);
        this.status = ListingStatus.PUBLISHED;
        this.publishedOn = day;
        this.endsOn = endsOn;
        this.restrictionOrderedOn = day;
    }

    public void refuse() {
        requireStatus(ListingStatus.PROPOSED);
        this.status = ListingStatus.REFUSED;
    }

    /** An exit event before publication: nothing was published, nothing is removed (e.g. paid in the grace period). */
    public void endUnlisted(ListingExitReason reason, LocalDate day) {
        requireStatus(ListingStatus.PROPOSED);
        this.status = ListingStatus.NOT_LISTED;
        this.exitReason = reason;
        this.removedOn = day;
    }

    /** Revoked (撤销) or deleted (删除) on {@code day}; the consumption restriction is lifted the same day. */
    public void remove(ListingExitReason reason, LocalDate day) {
        requireStatus(ListingStatus.PUBLISHED);
        this.status = reason.revokes() ? ListingStatus.REVOKED : ListingStatus.REMOVED;
        this.exitReason = reason;
        this.removedOn = day;
        this.restrictionLiftedOn = day;
    }

    public void recordDecisionReceived(LocalDate day) {
        this.decisionReceivedOn = day;
    }

    public void recordRejectionServed(LocalDate day) {
        this.rejectionServedOn = day;
    }

    private void requireStatus(ListingStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("listing " + id + " is " + status + ", not " + expected);
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

    public LocalDate caseFilingDate() {
        return caseFilingDate;
    }

    public Long debtorPartyId() {
        return debtorPartyId;
    }

    public String debtorName() {
        return debtorName;
    }

    public String debtorKind() {
        return debtorKind;
    }

    public String debtorIdentifier() {
        return debtorIdentifier;
    }

    public String debtorEmail() {
        return debtorEmail;
    }

    public String legalRepresentative() {
        return legalRepresentative;
    }

    public String duty() {
        return duty;
    }

    public Set<ListingGround> grounds() {
        Set<ListingGround> set = EnumSet.noneOf(ListingGround.class);
        Arrays.stream(grounds.split(",")).filter(s -> !s.isBlank()).map(ListingGround::valueOf).forEach(set::add);
        return set;
    }

    public Integer periodYears() {
        return periodYears;
    }

    public boolean onCreditorApplication() {
        return onCreditorApplication;
    }

    public LocalDate creditorAppliedOn() {
        return creditorAppliedOn;
    }

    public int graceMonths() {
        return graceMonths;
    }

    public LocalDate graceEndsOn() {
        return graceEndsOn;
    }

    public ListingStatus status() {
        return status;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate decisionReceivedOn() {
        return decisionReceivedOn;
    }

    public LocalDate rejectionServedOn() {
        return rejectionServedOn;
    }

    public LocalDate restrictionOrderedOn() {
        return restrictionOrderedOn;
    }

    public LocalDate restrictionLiftedOn() {
        return restrictionLiftedOn;
    }

    public LocalDate removedOn() {
        return removedOn;
    }

    public ListingExitReason exitReason() {
        return exitReason;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
