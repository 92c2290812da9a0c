package cn.courts.enforcement.model.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A debtor's correction (纠正) or reconsideration (复议) application as the court's staff recorded it,
 * accepted or refused. A late application is refused with its reason and still recorded, so that the
 * file shows the debtor applied.
 */
@Entity
@Table(name = "listing_application")
public class ListingApplication {

    public enum Kind {
        CORRECTION("纠正申请"),
        RECONSIDERATION("复议申请");

        private final String nameZh;

        Kind(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private Long listingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", length = 40)
    private CorrectionGround ground;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "accepted", nullable = false)
    private boolean accepted;

    @Column(name = "refusal_reason", length = 500)
    private String refusalReason;

    @Column(name = "court_id", nullable = false, length = 32)
    private String courtId;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ListingApplication() {
        // for JPA
    }

    private ListingApplication(Long listingId, Kind kind, CorrectionGround ground, LocalDate appliedOn, LocalDate lastDay,
                               boolean accepted, String refusalReason, String courtId, String recordedBy, Instant recordedAt) {
        this.listingId = Objects.requireNonNull(listingId);
        this.kind = Objects.requireNonNull(kind);
        this.ground = ground;
        this.appliedOn = Objects.requireNonNull(appliedOn);
        this.lastDay = Objects.requireNonNull(lastDay);
        this.accepted = accepted;
        this.refusalReason = refusalReason;
        this.courtId = Objects.requireNonNull(courtId);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public static ListingApplication accepted(Long listingId, Kind kind, CorrectionGround ground, LocalDate appliedOn,
                                              LocalDate lastDay, String courtId, String recordedBy, Instant recordedAt) {
        return new ListingApplication(listingId, kind, ground, appliedOn, lastDay, true, null, courtId, recordedBy, recordedAt);
    }

    public static ListingApplication refused(Long listingId, Kind kind, CorrectionGround ground, LocalDate appliedOn,
                                             LocalDate lastDay, String reasonZh, String courtId, String recordedBy, Instant recordedAt) {
        return new ListingApplication(listingId, kind, ground, appliedOn, lastDay, false, reasonZh, courtId, recordedBy, recordedAt);
    }

    public void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long id() {
        return id;
    }

    public Long listingId() {
        return listingId;
    }

    public Kind kind() {
        return kind;
    }

    public CorrectionGround ground() {
        return ground;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String courtId() {
        return courtId;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
