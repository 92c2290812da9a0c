package cn.courts.enforcement.model.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A piece of the debtor's property found for a case (by network search, the creditor's leads or an
 * on-site search), and what the court did with it: controlled (查封/扣押/冻结) until a date, disposed.
 * "Property found and not disposed" is the first of the 四个不批 (seed 004).
 */
@Entity
@Table(name = "property_record")
public class PropertyRecord {

    /** Where the court learned of the property. */
    public enum Source { NETWORK_SEARCH, CREDITOR_LEAD, ON_SITE_SEARCH }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PropertyKind kind;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "holder", length = 200)
    private String holder;

    @Column(name = "estimated_value", precision = 19, scale = 2)
    private BigDecimal estimatedValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private Source source;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "controlled_on")
    private LocalDate controlledOn;

    @Column(name = "control_expires_on")
    private LocalDate controlExpiresOn;

    @Column(name = "renewal_requested", nullable = false)
    private boolean renewalRequested;

    @Column(name = "disposed", nullable = false)
    private boolean disposed;

    protected PropertyRecord() {
        // for JPA
    }

    public PropertyRecord(Long caseId, PropertyKind kind, String description, String holder, BigDecimal estimatedValue,
                          Source source, LocalDate foundOn) {
        this.caseId = Objects.requireNonNull(caseId);
        this.kind = Objects.requireNonNull(kind);
        this.description = Objects.requireNonNull(description);
        this.holder = holder;
        this.estimatedValue = estimatedValue;
        this.source = Objects.requireNonNull(source);
        this.foundOn = Objects.requireNonNull(foundOn);
    }

    /** Seizure/freeze from {@code on} until {@code expiresOn} (the legal period of the kind). */
    public void control(LocalDate on, LocalDate expiresOn) {
        this.controlledOn = on;
        this.controlExpiresOn = expiresOn;
        this.renewalRequested = false;
    }

    /** The judge has been asked to renew the control measure before it expires. */
    public void markRenewalRequested() {
        this.renewalRequested = true;
    }

    public void markDisposed() {
        this.disposed = true;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public PropertyKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String holder() {
        return holder;
    }

    public BigDecimal estimatedValue() {
        return estimatedValue;
    }

    public Source source() {
        return source;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public LocalDate controlledOn() {
        return controlledOn;
    }

    public LocalDate controlExpiresOn() {
        return controlExpiresOn;
    }

    public boolean renewalRequested() {
        return renewalRequested;
    }

    public boolean disposed() {
        return disposed;
    }
}
