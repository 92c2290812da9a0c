package cn.courts.enforcement.app.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Sends the service register's pending mail (the outbox relay): after every commit that recorded a notice
 * ({@link NoticeService}), and every {@code enforcement.mail.dispatch-interval} (30 s by default) for
 * retries.
 *
 * <h2>Never twice</h2>
 * A mail must not reach a party twice: two copies of an 执行通知书 with two dates are a defect in service.
 * Each record is therefore sent at most once, by whoever claims it:
 * <ol>
 *   <li>A dispatcher claims a due PENDING record by moving it to SENDING in its own, committed transaction.
 *       The record's optimistic version makes a concurrent claim by another thread or another instance of
 *       the application fail, and the loser skips the record.</li>
 *   <li>It sends the mail outside any transaction (no connection is held during SMTP), then records SENT.</li>
 *   <li>If the send fails before the server accepted the mail ({@link MailException}), the record goes back
 *       to PENDING with an exponential backoff ({@link #retryDelay(int)}): sending again cannot duplicate
 *       it.</li>
 *   <li>If the application dies between the send and the SENT update, nobody knows whether the mail left.
 *       The claim expires after {@link #CLAIM_LEASE} and the record becomes UNCERTAIN; it is never re-sent
 *       automatically. An administrator checks the mail server's log for its Message-ID and, if it did not
 *       leave, serves the notice again. A duplicate is worse than a visible gap.</li>
 * </ol>
 * One window is SMTP's own: if the connection drops after the message was transmitted but before the
 * server's reply, the failure looks like any other and the mail is retried although the server may have
 * taken it. Only the receiving side could close that window (by de-duplicating on the Message-ID).
 *
 * <p>Logs name records by id and Message-ID, never by the recipient's name or address (personal data of
 * the parties); the register itself has those.
 *
 * <p>Time comes from the application's {@link Clock} bean if it has exactly one, else from the system
 * clock. It is deliberately not the engine clock: retries and claims are about the mail server in real
 * time, not about legal periods.
 */
@Component
public class MailDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** How long a claim holds; far above the SMTP timeouts (5 s each in application.yaml). */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    private static final int BATCH = 50;

    private final ServiceRecordRepository records;
    private final JavaMailSender mailSender;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final InternetAddress from;
    /** One worker for the after-commit attempts: they queue instead of competing for the same rows. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notice-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean attemptQueued = new AtomicBoolean();

    MailDispatcher(ServiceRecordRepository records, JavaMailSender mailSender,
                   PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
                   @Value("${enforcement.mail.from}") String from) {
        this.records = records;
        this.mailSender = mailSender;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.from = parseFrom(from);
    }

    private static InternetAddress parseFrom(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return address;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("enforcement.mail.from is not a valid e-mail address: " + from, e);
        }
    }

    InternetAddress from() {
        return from;
    }

    /**
     * Sends every record that is due now, after turning expired claims into UNCERTAIN. Safe to call from
     * several threads or application instances at once.
     *
     * @return how many mails this call sent
     */
    public int dispatchDue() {
        expireClaims();
        int sent = 0;
        List<Long> due;
        do {
            due = records.findIdsByStatusDueAt(ServiceRecord.Status.PENDING, now(), Limit.of(BATCH));
            int claimedInBatch = 0;
            for (Long id : due) {
                ServiceRecord claimed = claim(id);
                if (claimed != null) {
                    claimedInBatch++;
                    if (send(claimed)) {
                        sent++;
                    }
                }
            }
            // a full batch of which we claimed nothing is someone else's work: leave it to them
            if (claimedInBatch == 0) {
                break;
            }
        } while (due.size() == BATCH);
        return sent;
    }

    /** The retry poll; also picks up what an after-commit attempt missed (e.g. the app stopped meanwhile). */
    @Scheduled(fixedDelayString = "${enforcement.mail.dispatch-interval:30s}",
            initialDelayString = "${enforcement.mail.dispatch-interval:30s}")
    void poll() {
        try {
            int sent = dispatchDue();
            if (sent > 0) {
                log.debug("Mail poll sent {} notices", sent);
            }
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: the next poll tries again
            log.error("Mail dispatch poll failed", e);
        }
    }

    /**
     * Queues a dispatch attempt on the dispatcher's own thread; called after a commit that recorded a notice.
     * Attempts requested while one is queued merge into it, and one requested while another runs queues a
     * new one, so no commit goes unserved.
     */
    void dispatchSoon() {
        if (!attemptQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                attemptQueued.set(false);
                poll();
            });
        } catch (RejectedExecutionException e) {
            attemptQueued.set(false);
            log.debug("Dispatcher is shutting down; the notice stays PENDING for the next start");
        }
    }

    /** Waits until the attempts queued so far have run (tests use it instead of sleeping). */
    boolean awaitQueuedAttempts(Duration timeout) {
        try {
            CompletableFuture.runAsync(() -> { }, worker).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }

    /** 30 s after the first failed attempt, doubling with each further attempt, at most an hour. */
    static Duration retryDelay(int attempts) {
        if (attempts >= 8) {
            return MAX_RETRY;
        }
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.max(0, attempts - 1));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    private void expireClaims() {
        for (Long id : records.findIdsByStatusDueAt(ServiceRecord.Status.SENDING, now(), Limit.of(BATCH))) {
            update(id, record -> {
                if (record.isClaimExpired(now())) {
                    log.warn("Service record {} (Message-ID {}) was claimed at attempt {} and never confirmed: "
                                    + "marked UNCERTAIN and not re-sent; check the mail server log",
                            record.getId(), record.getMessageId(), record.getAttempts());
                    record.markUncertain("发送过程中断（应用在发送与登记之间停止），无法确认邮件是否已发出；"
                            + "请按 Message-ID 核对邮件服务器日志，必要时重新送达。");
                }
            });
        }
    }

    /** The claimed record (detached), or {@code null} if it is no longer due or another dispatcher won. */
    private ServiceRecord claim(long id) {
        try {
            return ownTransaction.execute(status -> {
                ServiceRecord record = records.findById(id).orElse(null);
                if (record == null || !record.isDue(now())) {
                    return null;
                }
                record.claim(now(), CLAIM_LEASE);
                return records.saveAndFlush(record);
            });
        } catch (OptimisticLockingFailureException e) {
            log.debug("Service record {} was claimed by another dispatcher", id);
            return null;
        }
    }

    /** Sends a claimed record and records the outcome; whether it was sent. */
    private boolean send(ServiceRecord record) {
        try {
            mailSender.send(message(record));
        } catch (MailSendException e) {
            if (!e.getFailedMessages().isEmpty()) {
                return retryLater(record, e);
            }
            // JavaMailSenderImpl reports a failure to close the connection after the server accepted every
            // message this way: the mail has left, and sending it again would duplicate it
            log.warn("Service record {}: the mail was accepted but closing the SMTP connection failed: {}",
                    record.getId(), e.getMessage());
        } catch (MailException e) {
            return retryLater(record, e);
        }
        update(record.getId(), sent -> sent.markSent(now()));
        log.info("Sent service record {} ({} to {}, case {}, Message-ID {})", record.getId(), record.getDocument(),
                record.getRecipientKind(), record.getCaseId(), record.getMessageId());
        return true;
    }

    private boolean retryLater(ServiceRecord record, MailException failure) {
        Duration delay = retryDelay(record.getAttempts());
        String error = failure.getClass().getSimpleName() + ": " + rootMessage(failure);
        update(record.getId(), failed -> failed.markFailed(now().plus(delay), error));
        log.warn("Could not send service record {} (attempt {}), retrying in {}: {}",
                record.getId(), record.getAttempts(), delay, error);
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + " (" + root + ")";
    }

    private MimeMessage message(ServiceRecord record) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(record.getRecipientAddress(), record.getRecipientName(),
                    StandardCharsets.UTF_8.name()));
            helper.setSubject(record.getSubject());
            helper.setText(record.getBody(), false);
            helper.setSentDate(Date.from(now()));
            // JavaMailSenderImpl keeps a Message-ID set before sending (it restores it after saveChanges)
            message.setHeader("Message-ID", record.getMessageId());
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("could not build the mail of service record " + record.getId(), e);
        }
    }

    /** Loads the record in a new transaction, applies the change and commits; retries once on a conflict. */
    private void update(long id, Consumer<ServiceRecord> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> records.findById(id).ifPresent(change));
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
