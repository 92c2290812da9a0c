package cn.courts.enforcement.app.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry of the service register (送达记录): a notice served on a party or sent to a member of staff by
 * e-mail, and where its delivery stands. The row doubles as the outbox entry the {@link MailDispatcher}
 * sends from; the states and the meaning of {@code next_attempt_at} in each are described in
 * {@code V3__service_register.sql}.
 *
 * <p>Read-only outside this package: only {@link NoticeService} creates records and only the dispatcher
 * moves them from state to state.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord {

    /** Who the notice is for. */
    public enum RecipientKind {
        /** 当事人 (申请执行人, 被执行人, ...): the notice is served on the party. */
        PARTY("当事人"),
        /** 法院工作人员: a reminder or supervision notice to an engine user. */
        STAFF("法院工作人员");

        private final String nameZh;

        RecipientKind(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }

    /** Where the delivery stands. */
    public enum Status {
        PENDING("待发送"),
        SENDING("发送中"),
        SENT("已发送"),
        /** The dispatcher stopped between sending and recording it: check the mail server's log. */
        UNCERTAIN("发送结果不明"),
        NO_ADDRESS("无电子送达地址");

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
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "court_id", length = 32)
    private String courtId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 20)
    private RecipientKind recipientKind;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "recipient_address", length = 320)
    private String recipientAddress;

    @Column(name = "document", nullable = false, length = 100)
    private String document;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    @Column(name = "message_id", nullable = false, length = 255, unique = true)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    // Bound as a plain TIMESTAMP, the column's type, rather than Hibernate's default for Instant (TIMESTAMP
    // WITH TIME ZONE): binding and column then agree on H2 and PostgreSQL whatever the server's time zone.
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceRecord() {
        // for JPA
    }

    private ServiceRecord(Long caseId, String courtId, RecipientKind recipientKind, String recipientName,
                          String recipientAddress, String document, String subject, String body, String messageId,
                          Instant now) {
        this.caseId = caseId;
        this.courtId = courtId;
        this.recipientKind = recipientKind;
        this.recipientName = recipientName;
        this.recipientAddress = recipientAddress;
        this.document = document;
        this.subject = subject;
        this.body = body;
        this.messageId = messageId;
        this.createdAt = now;
    }

    /** A notice to send: due at once. */
    static ServiceRecord pending(Long caseId, String courtId, RecipientKind kind, String name, String address,
                                 String document, String subject, String body, String messageId, Instant now) {
        ServiceRecord record = new ServiceRecord(caseId, courtId, kind, name, address, document, subject, body, messageId, now);
        record.status = Status.PENDING;
        record.nextAttemptAt = now;
        return record;
    }

    /** A notice that cannot be sent by e-mail: recorded, so that the court serves it another way. */
    static ServiceRecord noAddress(Long caseId, String courtId, RecipientKind kind, String name, String address,
                                   String document, String subject, String body, String messageId, Instant now,
                                   String reason) {
        ServiceRecord record = new ServiceRecord(caseId, courtId, kind, name, address, document, subject, body, messageId, now);
        record.status = Status.NO_ADDRESS;
        record.lastError = reason;
        return record;
    }

    boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** This dispatcher takes the record: counts the attempt and holds the claim until {@code now + lease}. */
    void claim(Instant now, Duration lease) {
        status = Status.SENDING;
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    boolean isClaimExpired(Instant now) {
        return status == Status.SENDING && !nextAttemptAt.isAfter(now);
    }

    void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt failed before the mail left: try again at {@code retryAt}. */
    void markFailed(Instant retryAt, String error) {
        status = Status.PENDING;
        nextAttemptAt = retryAt;
        lastError = truncate(error, 1000);
    }

    void markUncertain(String reason) {
        status = Status.UNCERTAIN;
        nextAttemptAt = null;
        lastError = truncate(reason, 1000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCourtId() {
        return courtId;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    /** The e-mail address, or {@code null} when the recipient has none. */
    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getDocument() {
        return document;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMessageId() {
        return messageId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * When the platform's SMTP server accepted the mail. Not by itself the legal service date: electronic
     * service takes effect when the message reaches the recipient's system (民事诉讼法 第九十条).
     */
    public Instant getSentAt() {
        return sentAt;
    }

    long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "ServiceRecord[" + id + " " + document + " to " + recipientKind + " " + status + "]";
    }
}
