package cn.courts.enforcement.app.notice;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>A dispatcher claims due PENDING records by moving them to SENDING in its own, committed transaction,
 *       up to {@value #BATCH} at a time. The records' optimistic versions make a concurrent claim by another
 *       thread or another instance of the application fail: the loser's claim rolls back as a whole, and it
 *       then claims the records one by one, skipping those the other has taken.</li>
 *   <li>It sends the claimed mails outside any transaction (no database connection is held during SMTP), one
 *       after the other over one SMTP connection, then records those the server accepted as SENT, in one
 *       transaction.</li>
 *   <li>If the send fails before the server accepted the mail ({@link MailException}), the record goes back
 *       to PENDING with an exponential backoff ({@link #retryDelay(int)}): sending again cannot duplicate
 *       it.</li>
 *   <li>If the application dies between a send and the SENT update of its batch, nobody knows whether the
 *       mail left. The claim expires after {@link #CLAIM_LEASE} and the record becomes UNCERTAIN (at the next
 *       retry poll); it is never re-sent automatically. An administrator checks the mail server's log for its
 *       Message-ID and, if it did not leave, serves the notice again. A duplicate is worse than a visible gap.</li>
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
        return sendDue();
    }

    /** Claims and sends what is due, in batches, until nothing due is left to this dispatcher. */
    private int sendDue() {
        int sent = 0;
        Claim claim;
        do {
            claim = claimDue();
            if (!claim.records().isEmpty()) {
                sent += send(claim.records());
            }
            // a full batch of which we claimed nothing is someone else's work: leave it to them
        } while (claim.due() == BATCH && !claim.records().isEmpty());
        return sent;
    }

    /** How many records were due, and those of them this dispatcher claimed (detached, in due order). */
    private record Claim(int due, List<ServiceRecord> records) {
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
     * The after-commit attempt: sends what is due. Expired claims (a lease of {@link #CLAIM_LEASE}) are left to
     * the retry poll and to {@link #dispatchDue()}: looking for them after every commit would cost a query each.
     */
    private void sendSoon() {
        try {
            int sent = sendDue();
            if (sent > 0) {
                log.debug("After-commit attempt sent {} notices", sent);
            }
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: the retry poll tries again
            log.error("Mail dispatch after commit failed", e);
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
                sendSoon();
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

    /**
     * Claims up to {@value #BATCH} due records in one transaction. If another dispatcher claimed one of them
     * meanwhile, the version check of its update fails, the whole claim rolls back, and the records are claimed
     * one by one instead ({@link #claim(long)}), so that the others are not left waiting.
     */
    private Claim claimDue() {
        Instant now = now();
        List<ServiceRecord> due = new ArrayList<>();
        try {
            List<ServiceRecord> claimed = ownTransaction.execute(status -> {
                due.addAll(records.findByStatusDueAt(ServiceRecord.Status.PENDING, now, Limit.of(BATCH)));
                List<ServiceRecord> mine = new ArrayList<>();
                for (ServiceRecord record : due) {
                    if (record.isDue(now)) {
                        record.claim(now, CLAIM_LEASE);
                        mine.add(record);
                    }
                }
                records.flush();
                return mine;
            });
            return new Claim(due.size(), claimed);
        } catch (ConcurrencyFailureException e) {
            log.debug("Service records were claimed by another dispatcher meanwhile; claiming one by one");
            List<ServiceRecord> claimed = new ArrayList<>();
            for (ServiceRecord record : due) {
                ServiceRecord mine = claim(record.getId());
                if (mine != null) {
                    claimed.add(mine);
                }
            }
            return new Claim(due.size(), claimed);
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

    /**
     * Sends claimed records and records the outcomes: those the server accepted as SENT (in one transaction),
     * the others for a retry. Returns how many were sent.
     */
    private int send(List<ServiceRecord> claimed) {
        Map<ServiceRecord, MailException> failures = transmit(claimed);
        List<ServiceRecord> sent = claimed.stream().filter(record -> !failures.containsKey(record)).toList();
        if (!sent.isEmpty()) {
            Instant now = now();
            ownTransaction.executeWithoutResult(status ->
                    records.markSent(sent.stream().map(ServiceRecord::getId).toList(), now));
            for (ServiceRecord record : sent) {
                log.info("Sent service record {} ({} to {}, case {}, Message-ID {})", record.getId(), record.getDocument(),
                        record.getRecipientKind(), record.getCaseId(), record.getMessageId());
            }
        }
        failures.forEach(this::retryLater);
        return sent.size();
    }

    /**
     * Hands the records' mails to the mail server; returns those that failed before the server accepted them
     * (sending them again cannot duplicate them), with the failure. Every other record's mail was accepted.
     */
    private Map<ServiceRecord, MailException> transmit(List<ServiceRecord> claimed) {
        if (mailSender instanceof JavaMailSenderImpl smtp) {
            return transmitOverOneConnection(smtp, claimed);
        }
        Map<ServiceRecord, MailException> failures = new LinkedHashMap<>();
        for (ServiceRecord record : claimed) {
            try {
                mailSender.send(message(record));
            } catch (MailSendException e) {
                if (!e.getFailedMessages().isEmpty()) {
                    failures.put(record, e);
                } else {
                    // JavaMailSender implementations report a failure to close the connection after the server
                    // accepted every message this way: the mail has left, and sending it again would duplicate it
                    log.warn("Service record {}: the mail was accepted but closing the SMTP connection failed: {}",
                            record.getId(), e.getMessage());
                }
            } catch (MailException e) {
                failures.put(record, e);
            }
        }
        return failures;
    }

    /**
     * What {@link JavaMailSenderImpl#send(MimeMessage...)} does for several messages (one connection, reconnecting
     * after a message that broke it), but with each message's outcome known: the sender itself throws an
     * authentication failure on a reconnect without saying which of the earlier messages had been accepted.
     */
    private Map<ServiceRecord, MailException> transmitOverOneConnection(JavaMailSenderImpl smtp, List<ServiceRecord> claimed) {
        Map<ServiceRecord, MailException> failures = new LinkedHashMap<>();
        Transport transport = null;
        try {
            for (int i = 0; i < claimed.size(); i++) {
                ServiceRecord record = claimed.get(i);
                MimeMessage message;
                try {
                    message = message(record);
                } catch (MailException e) {
                    failures.put(record, e);
                    continue;
                }
                if (transport == null || !transport.isConnected()) {
                    closeQuietly(transport);
                    transport = null;
                    try {
                        transport = connect(smtp);
                    } catch (MessagingException e) {
                        // nothing from here on was handed to the server
                        MailException failure = e instanceof AuthenticationFailedException
                                ? new MailAuthenticationException(e)
                                : new MailSendException("Mail server connection failed", e);
                        claimed.subList(i, claimed.size()).forEach(r -> failures.put(r, failure));
                        break;
                    }
                }
                try {
                    message.saveChanges();
                    // saveChanges gives the message a new Message-ID: the record's is the one the register names
                    message.setHeader("Message-ID", record.getMessageId());
                    Address[] recipients = message.getAllRecipients();
                    transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
                } catch (MessagingException | RuntimeException e) {
                    failures.put(record, new MailSendException("Failed to send the mail of service record " + record.getId(), e));
                }
            }
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException e) {
                    // the server had answered every message already: those it accepted have left
                    log.warn("Closing the SMTP connection after sending failed (the mails the server accepted have left): {}",
                            e.getMessage());
                }
            }
        }
        return failures;
    }

    /** A connection as {@link JavaMailSenderImpl} opens it (its host, port, protocol, user and session). */
    private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        String username = smtp.getUsername();
        String password = smtp.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        Session session = smtp.getSession();
        String protocol = smtp.getProtocol();
        if (protocol == null) {
            protocol = session.getProperty("mail.transport.protocol");
        }
        Transport transport = session.getTransport(protocol == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : protocol);
        transport.connect(smtp.getHost(), smtp.getPort(), username, password);
        return transport;
    }

    private static void closeQuietly(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                // reconnecting anyway
            }
        }
    }

    private void retryLater(ServiceRecord record, MailException failure) {
        Duration delay = retryDelay(record.getAttempts());
        String error = failure.getClass().getSimpleName() + ": " + rootMessage(failure);
        update(record.getId(), failed -> failed.markFailed(now().plus(delay), error));
        log.warn("Could not send service record {} (attempt {}), retrying in {}: {}",
                record.getId(), record.getAttempts(), delay, error);
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
