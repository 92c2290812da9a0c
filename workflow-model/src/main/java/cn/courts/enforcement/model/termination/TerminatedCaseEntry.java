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

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case in the 终本 library (终本案件库, seed 002): terminated this round, searched every six months for five years
 * and resumed (恢复执行) when assets appear or the creditor asks (终本规定 第九条). One row per terminated case; the
 * TerminatedCaseMonitoringProcess instance drives it.
 *
 * <p>After {@value #FRUITLESS_SEARCHES_FOR_LISTING_EXIT} fruitless searches the debtor's dishonest listing for the
 * case is to be deleted (《最高人民法院关于公布失信被执行人名单信息的若干规定》法释〔2017〕7号 第十条第（四）项:
 * 终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产，且申请执行人或者其他人未提供有效财产线索的),
 * once.
 */
@Entity
@Table(name = "terminated_case_library")
public class TerminatedCaseEntry {

    /** Fruitless library searches after which the listing for the case is to be deleted (法释〔2017〕7号 第十条). */
    public static final int FRUITLESS_SEARCHES_FOR_LISTING_EXIT = 2;

    /** Where the entry stands. */
    public enum Status {
        /** 在库监控中 */
        MONITORED("在库监控"),
        /** 已恢复执行 */
        RESUMED("已恢复执行"),
        /** 五年监控期满 */
        MONITORING_ENDED("监控期满");

        private final String nameZh;

        Status(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }

    /** Why a case was resumed. */
    public enum ResumptionTrigger {
        /** 定期查控发现财产 */
        ASSETS_FOUND,
        /** 申请执行人申请恢复执行 */
        CREDITOR_REQUEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "court_id", nullable = false, length = 32)
    private String courtId;

    @Column(name = "terminated_on", nullable = false)
    private LocalDate terminatedOn;

    @Column(name = "monitoring_ends_on", nullable = false)
    private LocalDate monitoringEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "searches_done", nullable = false)
    private int searchesDone;

    @Column(name = "fruitless_searches", nullable = false)
    private int fruitlessSearches;

    @Column(name = "last_search_on")
    private LocalDate lastSearchOn;

    @Column(name = "next_search_on")
    private LocalDate nextSearchOn;

    @Column(name = "listing_exit_requested_on")
    private LocalDate listingExitRequestedOn;

    @Column(name = "resumed_case_id")
    private Long resumedCaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "resumption_trigger", length = 20)
    private ResumptionTrigger resumptionTrigger;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "monitoring_instance_id", length = 64)
    private String monitoringInstanceId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TerminatedCaseEntry() {
        // for JPA
    }

    public TerminatedCaseEntry(Long caseId, String caseNumber, String courtId, LocalDate terminatedOn, LocalDate monitoringEndsOn) {
        this.caseId = Objects.requireNonNull(caseId);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.courtId = Objects.requireNonNull(courtId);
        this.terminatedOn = Objects.requireNonNull(terminatedOn);
        this.monitoringEndsOn = Objects.requireNonNull(monitoringEndsOn);
        if (monitoringEndsOn.isBefore(terminatedOn)) {
            throw new IllegalArgumentException("monitoring cannot end before the case was terminated");
        }
        this.status = Status.MONITORED;
    }

    public void linkMonitoringInstance(String instanceId) {
        this.monitoringInstanceId = instanceId;
    }

    public void scheduleNextSearch(LocalDate day) {
        requireMonitored();
        this.nextSearchOn = day;
    }

    /** Records a library search made {@code on}; {@code found} whether it found any property. */
    public void recordSearch(LocalDate on, boolean found) {
        requireMonitored();
        this.searchesDone++;
        this.lastSearchOn = Objects.requireNonNull(on);
        this.nextSearchOn = null;
        if (!found) {
            this.fruitlessSearches++;
        }
    }

    /** Whether the listing exit is due now: two or more fruitless searches, not asked for yet. */
    public boolean listingExitDue() {
        return fruitlessSearches >= FRUITLESS_SEARCHES_FOR_LISTING_EXIT && listingExitRequestedOn == null;
    }

    public void markListingExitRequested(LocalDate on) {
        this.listingExitRequestedOn = Objects.requireNonNull(on);
    }

    /** The case was resumed; also after the five years, when the creditor applies (终本规定 第九条 sets no end to that). */
    public void resumed(Long newCaseId, ResumptionTrigger trigger, LocalDate on) {
        if (status == Status.RESUMED) {
            throw new IllegalStateException("case " + caseNumber + " was already resumed as case " + resumedCaseId);
        }
        this.status = Status.RESUMED;
        this.resumedCaseId = Objects.requireNonNull(newCaseId);
        this.resumptionTrigger = Objects.requireNonNull(trigger);
        this.leftOn = Objects.requireNonNull(on);
        this.nextSearchOn = null;
    }

    public void endMonitoring(LocalDate on) {
        requireMonitored();
        this.status = Status.MONITORING_ENDED;
        this.leftOn = Objects.requireNonNull(on);
        this.nextSearchOn = null;
    }

    private void requireMonitored() {
        if (status != Status.MONITORED) {
            throw new IllegalStateException("case " + caseNumber + " is no longer monitored in the library: " + status);
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

    public LocalDate terminatedOn() {
        return terminatedOn;
    }

    public LocalDate monitoringEndsOn() {
        return monitoringEndsOn;
    }

    public Status status() {
        return status;
    }

    public int searchesDone() {
        return searchesDone;
    }

    public int fruitlessSearches() {
        return fruitlessSearches;
    }

    public LocalDate lastSearchOn() {
        return lastSearchOn;
    }

    public LocalDate nextSearchOn() {
        return nextSearchOn;
    }

    public LocalDate listingExitRequestedOn() {
        return listingExitRequestedOn;
    }

    public Long resumedCaseId() {
        return resumedCaseId;
    }

    public ResumptionTrigger resumptionTrigger() {
        return resumptionTrigger;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public String monitoringInstanceId() {
        return monitoringInstanceId;
    }
}
