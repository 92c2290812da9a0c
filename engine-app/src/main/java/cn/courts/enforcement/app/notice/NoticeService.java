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
        return record(caseId, courtId, RecipientKind.PARTY, recipientName, recipientEmail, document, subject, body);
    }

    /**
     * Sends a notice to a member of the court's staff (an engine user), e.g. a 督办提醒. The address and the
     * name are the user's e-mail and first name (the Chinese name, see CourtDirectory) in the engine's
     * identity store.
     *
     * @throws IllegalArgumentException if there is no such user (or the caller may not read users): a
     *                                  process addressing a notice to nobody is a fault, not a gap in service
     * @return the id of the service record
     */
    @Transactional
    public long notifyStaff(Long caseId, String courtId, String userId, String document, String subject, String body) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("no engine user '" + userId + "' to notify of " + document);
        }
        String name = user.getFirstName() == null || user.getFirstName().isBlank() ? userId : user.getFirstName();
        return record(caseId, courtId, RecipientKind.STAFF, name, user.getEmail(), document, subject, body);
    }

    /** The service register of a case, newest first. */
    @Transactional(readOnly = true)
    public List<ServiceRecord> recordsOfCase(long caseId) {
        return records.findByCaseIdOrderByCreatedAtDescIdDesc(caseId);
    }

    private long record(Long caseId, String courtId, RecipientKind kind, String name, String address,
                        String document, String subject, String body) {
        require(name, "recipient name", 200);
        require(document, "document", 100);
        require(subject, "subject", 500);
        require(body, "body", 20000);
        String messageId = "<" + UUID.randomUUID() + ".notice@" + messageIdDomain + ">";
        String trimmed = address == null ? null : address.trim();
        String problem = addressProblem(trimmed);
        ServiceRecord record = problem == null
                ? ServiceRecord.pending(caseId, courtId, kind, name, trimmed, document, subject, body, messageId, clock.instant())
                : ServiceRecord.noAddress(caseId, courtId, kind, name, trimmed == null || trimmed.isEmpty() ? null : trimmed,
                document, subject, body, messageId, clock.instant(), problem);
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

    /** Chinese reason why the address cannot be used, or {@code null} if it can. */
    private static String addressProblem(String address) {
        if (address == null || address.isEmpty()) {
            return "受送达人没有电子邮箱地址";
        }
        if (address.length() > 320) {
            return "电子邮箱地址过长";
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
