package cn.courts.enforcement.app.notice;

import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one application context of the notice tests (every notice test class extends this, so they share it).
 * Mail really travels over SMTP, to the demo profile's own GreenMail server on a free port. The retry poll
 * is pushed out of the test run, so that the tests decide when the dispatcher runs ({@code dispatchDue()},
 * and waiting for the after-commit attempts), and time passes by moving the {@link NoticeTestClock}:
 * nothing sleeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(NoticeTestClock.Config.class)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@TestPropertySource(properties = {
        "enforcement.demo.smtp-port=0",
        "enforcement.mail.dispatch-interval=1d",
        // a second engine in this JVM: under its own name, so that the webapps and /engine-rest of the
        // other test contexts keep finding theirs as "default"
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true",
        // the demo's network search worker calls /engine-rest's "default" engine, which is not this one
        "enforcement.network-search.simulator.enabled=false"
})
abstract class NoticeIntegrationTestSupport {

    @Autowired
    NoticeService notices;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    ServiceRecordRepository records;
    @Autowired
    DemoMailServer mailServer;
    @Autowired
    NoticeTestClock clock;

    /**
     * On H2, a database of our own: the other test contexts' dispatchers poll theirs and must not send our
     * notices to their own mail servers. The PostgreSQL suite has one database for all contexts; there the
     * {@link NoticeTestClock}, a day ahead, keeps our records out of the other contexts' reach.
     */
    @DynamicPropertySource
    static void ownH2Database(DynamicPropertyRegistry registry) {
        if (!"postgres".equals(System.getProperty("it.database"))) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:notice-it;DB_CLOSE_DELAY=-1");
        }
    }

    @BeforeEach
    void mailServerRunsAndNothingIsQueued() {
        mailServer.start();
        assertThat(dispatcher.awaitQueuedAttempts(Duration.ofSeconds(10))).isTrue();
    }

    /** Waits for the dispatch attempts the commits so far have triggered. */
    void awaitAfterCommitDispatch() {
        assertThat(dispatcher.awaitQueuedAttempts(Duration.ofSeconds(30))).as("after-commit dispatch finished").isTrue();
    }

    ServiceRecord record(long id) {
        return records.findById(id).orElseThrow();
    }

    /** The mails the demo server received with this Message-ID. */
    List<MimeMessage> mailsWithMessageId(String messageId) {
        return mailServer.receivedMessages().stream().map(StoredMessage::getMimeMessage)
                .filter(mail -> messageId.equals(messageIdOf(mail))).toList();
    }

    static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case id no other test (or earlier run on the same PostgreSQL database) uses. */
    static long newCaseId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }
}
