package cn.courts.enforcement.model.enforcement;

import cn.courts.enforcement.model.calendar.SuspensionInterval;
import cn.courts.enforcement.model.calendar.SuspensionReason;
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

/**
 * Time that does not count toward the case limit (法释〔2000〕29号 第九条): service by publication,
 * valuation/audit, 中止, 暂缓, auction periods. An open suspension has no end date yet.
 */
@Entity
@Table(name = "case_suspension")
public class CaseSuspension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private SuspensionReason reason;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected CaseSuspension() {
        // for JPA
    }

    public CaseSuspension(Long caseId, SuspensionReason reason, LocalDate fromDate) {
        this.caseId = Objects.requireNonNull(caseId);
        this.reason = Objects.requireNonNull(reason);
        this.fromDate = Objects.requireNonNull(fromDate);
    }

    public void end(LocalDate on) {
        this.toDate = on.isBefore(fromDate) ? fromDate : on;
    }

    public boolean isOpen() {
        return toDate == null;
    }

    public SuspensionInterval interval() {
        return new SuspensionInterval(fromDate, toDate, reason);
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public SuspensionReason reason() {
        return reason;
    }
}
