package cn.courts.enforcement.app.notice;

import cn.courts.enforcement.app.notice.ServiceRecord.RecipientKind;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Serves notices by e-mail and keeps the service register (送达记录). Processes call it from a delegate or
 * listener, in the transaction of the engine step: the record is written in that transaction, so a step
 * that rolls back leaves neither a record nor a mail, and the mail is sent only after the commit (by the
 * {@link MailDispatcher}, on its own thread, so the step never waits for the mail server).
 *
 * <p>A recipient without a usable e-mail address is recorded as NO_ADDRESS instead of being skipped: the
 * register shows that this notice still has to be served another way (直接送达, 邮寄送达, ...).
 */
@Service
public class NoticeService {

    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final ServiceRecordRepository records;
    private final IdentityService identityService;
    private final MailDispatcher dispatcher;
    private final Clock clock;
    private final String messageIdDomain;

    NoticeService(ServiceRecordRepository records, IdentityService identityService, MailDispatcher dispatcher,
                  ObjectProvider<Clock> clock) {
        this.records = records;
        this.identityService = identityService;
        this.dispatcher = dispatcher;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        String sender = dispatcher.from().getAddress();
        this.messageIdDomain = sender.substring(sender.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Serves a document on a party (当事人) by e-mail.
     *
     * @param caseId         the case, or {@code null} for a notice outside any case
     * @param courtId        the court serving the notice, or {@code null}
     * @param recipientEmail the party's e-mail address; {@code null}, blank or invalid records NO_ADDRESS
     * @param document       the document's name, e.g. 执行通知书, 风险提示通知
     * @return the id of the service record
     */
    @Transactional
    public long serveOnParty(Long caseId, String courtId, String recipientName, String recipientEmail,
                             String document, String subject, String body) {
        return record(caseId, courtId, RecipientKind.PARTY, recipientName, recipientEmail, document, subject, body, null);
    }

    /**
     * Sends a notice to a member of the court's staff (an engine user), e.g. a 督办提醒. The address and the
     * name are the user's e-mail and first name (the Chinese name, see CourtDirectory) in the engine's
     * identity store. A user without an e-mail address, or an id the identity store does not know (a user
     * since deleted; or one the caller may not read), is recorded as NO_ADDRESS: a watch that notifies many
     * judges must not fail for one of them, and the register shows whom the notice did not reach.
     *
     * @return the id of the service record
     */
    @Transactional
    public long notifyStaff(Long caseId, String courtId, String userId, String document, String subject, String body) {
        require(userId, "user id", 200);
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return record(caseId, courtId, RecipientKind.STAFF, userId, null, document, subject, body,
                    "系统中没有用户“" + userId + "”");
        }
        String name = user.getFirstName() == null || user.getFirstName().isBlank() ? userId : user.getFirstName();
        return record(caseId, courtId, RecipientKind.STAFF, name, user.getEmail(), document, subject, body, null);
    }

    /** The service register of a case, newest first. */
    @Transactional(readOnly = true)
    public List<ServiceRecord> recordsOfCase(long caseId) {
        return records.findByCaseIdOrderByCreatedAtDescIdDesc(caseId);
    }

    /** Writes the record; {@code unknownRecipient} is the Chinese reason when there is nobody to address. */
    private long record(Long caseId, String courtId, RecipientKind kind, String name, String address,
                        String document, String subject, String body, String unknownRecipient) {
        require(name, "recipient name", 200);
        require(document, "document", 100);
        require(subject, "subject", 500);
        require(body, "body", 20000);
        String messageId = "<" + UUID.randomUUID() + ".notice@" + messageIdDomain + ">";
        String trimmed = address == null ? null : address.trim();
        String problem = unknownRecipient != null ? unknownRecipient : addressProblem(trimmed);
        ServiceRecord record = problem == null
                ? ServiceRecord.pending(caseId, courtId, kind, name, trimmed, document, subject, body, messageId, clock.instant())
                : ServiceRecord.noAddress(caseId, courtId, kind, name, keepable(trimmed), document, subject, body,
                messageId, clock.instant(), problem);
        long id = records.save(record).getId();
        if (problem != null) {
            log.warn("Service record {} ({} to {}, case {}) cannot be sent by e-mail: no usable address; recorded as NO_ADDRESS",
                    id, document, kind, caseId);
            return id;
        }
        log.debug("Recorded {} for case {} to {} as service record {}", document, caseId, kind, id);
        dispatchAfterCommit();
        return id;
    }

    /** An unusable address is kept for the record (someone mistyped it), unless it is empty or too long. */
    private static String keepable(String address) {
        return address == null || address.isEmpty() || address.length() > 320 ? null : address;
    }

    /** Chinese reason why the address cannot be used, or {@code null} if it can. */
    private static String addressProblem(String address) {
        if (address == null || address.isEmpty()) {
            return "受送达人没有电子邮箱地址";
        }
        if (address.length() > 320) {
            return "电子邮箱地址过长（超过320个字符）";
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!address.equals(parsed.getAddress()) || address.indexOf('@') <= 0) {
                return "电子邮箱地址格式无效：" + address;
            }
            return null;
        } catch (AddressException e) {
            return "电子邮箱地址格式无效：" + address;
        }
    }

    private static void require(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a notice needs a " + what);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("the " + what + " of a notice is longer than " + maxLength + " characters");
        }
    }

    /** Sends once the caller's transaction has committed: a rolled-back step must not have mailed anyone. */
    private void dispatchAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.dispatchSoon();
                }
            });
        } else {
            dispatcher.dispatchSoon();
        }
    }
}
