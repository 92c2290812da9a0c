package cn.courts.enforcement.app.notice;

import cn.courts.enforcement.app.notice.ServiceRecord.RecipientKind;
import cn.courts.enforcement.app.notice.ServiceRecord.Status;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service register as an outbox: a notice is recorded in the caller's transaction, mailed over SMTP
 * after the commit, exactly once, and whatever cannot be mailed stays visible in the register.
 */
class NoticeDeliveryIntegrationTests extends NoticeIntegrationTestSupport {

    private static final String SUBJECT = "（2026）粤0304执1234号 执行通知书";
    private static final String BODY = """
            王小明：
            本院受理的申请执行人深圳市某某科技有限公司与你买卖合同纠纷一案，已经发生法律效力。
            责令你自收到本通知之日起立即履行生效法律文书确定的义务。
            广东省深圳市福田区人民法院""";

    @Autowired
    TransactionTemplate transactions;

    @Test
    void noticeRecordedInACommittedTransactionIsMailedOnceAfterTheCommit() throws Exception {
        long caseId = newCaseId();
        AtomicLong recordId = new AtomicLong();
        transactions.executeWithoutResult(status -> {
            recordId.set(notices.serveOnParty(caseId, "szft", "王小明", "wangxiaoming@example.cn", "执行通知书", SUBJECT, BODY));
            // nothing leaves before the engine step's transaction has committed
            assertThat(mailsWithMessageId(record(recordId.get()).getMessageId())).isEmpty();
        });
        awaitAfterCommitDispatch();

        ServiceRecord sent = record(recordId.get());
        assertThat(sent.getStatus()).isEqualTo(Status.SENT);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getRecipientKind()).isEqualTo(RecipientKind.PARTY);
        assertThat(sent.getMessageId()).matches("<[0-9a-f-]{36}\\.notice@court\\.example>");

        assertThat(mailsWithMessageId(sent.getMessageId())).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo(SUBJECT);
            assertThat(normalizedText(mail)).isEqualTo(BODY);
            assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
            assertThat(mail.getRecipients(Message.RecipientType.TO)).singleElement()
                    .isInstanceOfSatisfying(InternetAddress.class, to -> {
                        assertThat(to.getPersonal()).isEqualTo("王小明");
                        assertThat(to.getAddress()).isEqualTo("wangxiaoming@example.cn");
                    });
            assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@court.example");
        });

        assertThat(dispatcher.dispatchDue()).as("a SENT record is not sent again").isZero();
        assertThat(mailsWithMessageId(sent.getMessageId())).hasSize(1);
    }

    @Test
    void noticeRecordedInATransactionThatRollsBackIsNeitherRecordedNorSent() {
        String address = "rollback-" + UUID.randomUUID() + "@example.cn";
        AtomicLong recordId = new AtomicLong();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            recordId.set(notices.serveOnParty(newCaseId(), "szft", "李四", address, "执行通知书", SUBJECT, BODY));
            throw new IllegalStateException("a later step of the same engine transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        awaitAfterCommitDispatch();

        assertThat(records.findById(recordId.get())).isEmpty();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(mailServer.receivedMessages()).noneSatisfy(stored ->
                assertThat(stored.getMimeMessage().getRecipients(Message.RecipientType.TO)[0].toString()).contains(address));
    }

    @Test
    void duringAnSmtpOutageTheNoticeStaysPendingAndIsDeliveredOnceWhenTheServerIsBack() {
        mailServer.stop();
        long id;
        try {
            id = notices.serveOnParty(newCaseId(), "szft", "王小明", "wangxiaoming@example.cn", "执行通知书", SUBJECT, BODY);
            awaitAfterCommitDispatch();

            ServiceRecord failed = record(id);
            assertThat(failed.getStatus()).isEqualTo(Status.PENDING);
            assertThat(failed.getAttempts()).isEqualTo(1);
            assertThat(failed.getNextAttemptAt()).isAfter(clock.instant().plusSeconds(20));
            assertThat(failed.getLastError()).isNotBlank();
            assertThat(dispatcher.dispatchDue()).as("not due again before the backoff").isZero();
        } finally {
            mailServer.start();
        }
        clock.advance(Duration.ofSeconds(31));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        ServiceRecord sent = record(id);
        assertThat(sent.getStatus()).isEqualTo(Status.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        assertThat(mailsWithMessageId(sent.getMessageId())).hasSize(1);

        clock.advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(mailsWithMessageId(sent.getMessageId())).hasSize(1);
    }

    @Test
    void manyNoticesAreMailedInBatchesOnceEachEvenWithTwoDispatchersAtOnce() throws Exception {
        // more than one claim batch (50), recorded without the after-commit attempt, then two dispatchers at once
        List<ServiceRecord> queued = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            queued.add(records.save(ServiceRecord.pending(newCaseId(), "szft", RecipientKind.PARTY, "王小明" + i,
                    "batch" + i + "@example.cn", "执行通知书", SUBJECT, BODY, "<" + UUID.randomUUID() + ".test@court.example>",
                    clock.instant())));
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> dispatch = dispatcher::dispatchDue;
            List<Future<Integer>> runs = threads.invokeAll(List.of(dispatch, dispatch));
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get(60, TimeUnit.SECONDS);
            }
            assertThat(sent).as("sent by the two dispatchers together").isGreaterThanOrEqualTo(queued.size());
        } finally {
            threads.shutdownNow();
        }
        for (ServiceRecord record : queued) {
            ServiceRecord after = record(record.getId());
            assertThat(after.getStatus()).as("record %s", record.getId()).isEqualTo(Status.SENT);
            assertThat(after.getAttempts()).as("claimed once: record %s", record.getId()).isEqualTo(1);
            assertThat(after.getSentAt()).isNotNull();
            assertThat(after.getNextAttemptAt()).isNull();
            assertThat(mailsWithMessageId(record.getMessageId())).as("mails of record %s", record.getId()).hasSize(1);
        }
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void aBatchThatCannotReachTheMailServerStaysPendingAndIsDeliveredOnceLater() {
        List<ServiceRecord> queued = new ArrayList<>();
        mailServer.stop();
        try {
            for (int i = 0; i < 3; i++) {
                queued.add(records.save(ServiceRecord.pending(newCaseId(), "szft", RecipientKind.PARTY, "李四" + i,
                        "outage" + i + "@example.cn", "执行通知书", SUBJECT, BODY, "<" + UUID.randomUUID() + ".test@court.example>",
                        clock.instant())));
            }
            assertThat(dispatcher.dispatchDue()).isZero();
            for (ServiceRecord record : queued) {
                ServiceRecord failed = record(record.getId());
                assertThat(failed.getStatus()).isEqualTo(Status.PENDING);
                assertThat(failed.getAttempts()).isEqualTo(1);
                assertThat(failed.getLastError()).isNotBlank();
            }
        } finally {
            mailServer.start();
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(queued.size());
        for (ServiceRecord record : queued) {
            ServiceRecord sent = record(record.getId());
            assertThat(sent.getStatus()).isEqualTo(Status.SENT);
            assertThat(sent.getAttempts()).isEqualTo(2);
            assertThat(sent.getLastError()).isNull();
            assertThat(mailsWithMessageId(record.getMessageId())).hasSize(1);
        }
    }

    @Test
    void aClaimThatWasNeverConfirmedBecomesUncertainAndIsNeverResent() {
        // a dispatcher claimed these and the application died before it could record the outcome
        ServiceRecord expired = records.save(claimed("stuck"));
        clock.advance(MailDispatcher.CLAIM_LEASE.plusMinutes(1));
        ServiceRecord live = records.save(claimed("inflight"));

        assertThat(dispatcher.dispatchDue()).isZero();

        ServiceRecord uncertain = record(expired.getId());
        assertThat(uncertain.getStatus()).isEqualTo(Status.UNCERTAIN);
        assertThat(uncertain.getLastError()).contains("无法确认");
        assertThat(record(live.getId()).getStatus()).as("a claim within its lease is left alone").isEqualTo(Status.SENDING);

        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(record(expired.getId()).getStatus()).isEqualTo(Status.UNCERTAIN);
        assertThat(mailsWithMessageId(expired.getMessageId())).isEmpty();
    }

    @Test
    void partyWithoutAnEmailAddressIsRecordedAsNoAddress() {
        long caseId = newCaseId();
        long none = notices.serveOnParty(caseId, "szft", "赵六", null, "执行通知书", SUBJECT, BODY);
        long blank = notices.serveOnParty(caseId, "szft", "钱七", "  ", "风险提示通知", SUBJECT, BODY);
        long invalid = notices.serveOnParty(caseId, "szft", "孙八", "not-an-address", "执行通知书", SUBJECT, BODY);
        awaitAfterCommitDispatch();

        assertThat(record(none).getStatus()).isEqualTo(Status.NO_ADDRESS);
        assertThat(record(none).getRecipientAddress()).isNull();
        assertThat(record(none).getLastError()).contains("没有电子邮箱地址");
        assertThat(record(blank).getStatus()).isEqualTo(Status.NO_ADDRESS);
        assertThat(record(invalid).getStatus()).isEqualTo(Status.NO_ADDRESS);
        assertThat(record(invalid).getRecipientAddress()).isEqualTo("not-an-address");
        assertThat(record(invalid).getLastError()).contains("格式无效");
        assertThat(notices.recordsOfCase(caseId)).extracting(ServiceRecord::getId).containsExactly(invalid, blank, none);
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void staffNoticeGoesToTheEngineUsersAddressAndAnUnknownUserIsRecordedAsNoAddress() throws Exception {
        long id = notices.notifyStaff(newCaseId(), "szft", "ftjudge1", "督办提醒", "督办提醒：执行案件即将超期", "张伟法官：请于三日内报告办理情况。");
        awaitAfterCommitDispatch();

        ServiceRecord sent = record(id);
        assertThat(sent.getRecipientKind()).isEqualTo(RecipientKind.STAFF);
        assertThat(sent.getRecipientName()).isEqualTo("张伟");
        assertThat(sent.getStatus()).isEqualTo(Status.SENT);
        MimeMessage mail = mailsWithMessageId(sent.getMessageId()).get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).singleElement()
                .isInstanceOfSatisfying(InternetAddress.class, to -> {
                    assertThat(to.getPersonal()).isEqualTo("张伟");
                    assertThat(to.getAddress()).isEqualTo("ftjudge1@court.example");
                });

        ServiceRecord unknown = record(notices.notifyStaff(null, "szft", "nobody", "督办提醒", "督办", "督办"));
        assertThat(unknown.getStatus()).isEqualTo(Status.NO_ADDRESS);
        assertThat(unknown.getRecipientName()).isEqualTo("nobody");
        assertThat(unknown.getLastError()).contains("没有用户");
    }

    private ServiceRecord claimed(String tag) {
        ServiceRecord record = ServiceRecord.pending(newCaseId(), "szft", RecipientKind.PARTY, "王小明",
                tag + "@example.cn", "执行通知书", SUBJECT, BODY, "<" + UUID.randomUUID() + ".test@court.example>",
                clock.instant());
        record.claim(clock.instant(), MailDispatcher.CLAIM_LEASE);
        return record;
    }

    private static String normalizedText(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }
}
