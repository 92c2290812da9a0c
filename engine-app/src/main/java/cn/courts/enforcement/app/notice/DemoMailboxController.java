package cn.courts.enforcement.app.notice;

import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.ForbiddenException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** What the demo mail server received (demo profile, admins only): the demo's substitute for a mailbox. */
@RestController
@Profile("demo")
@ConditionalOnProperty(name = DemoMailConfiguration.ENABLED, havingValue = "true", matchIfMissing = true)
@Tag(name = "notice")
class DemoMailboxController {

    private final DemoMailServer server;

    DemoMailboxController(DemoMailServer server) {
        this.server = server;
    }

    record MailView(List<String> to, String from, String subject, String body, String messageId, Instant receivedAt) {
    }

    @GetMapping("/api/admin/mailbox")
    @Operation(summary = "Demo only (admins): the mail the embedded SMTP server received, newest first")
    List<MailView> mailbox(CurrentUser user) throws MessagingException, IOException {
        if (!user.isAdmin()) {
            throw new ForbiddenException("只有系统管理员可以查看演示邮箱。");
        }
        List<MailView> mails = new ArrayList<>();
        for (StoredMessage stored : server.receivedMessages()) {
            mails.add(view(stored));
        }
        mails.sort(Comparator.comparing(MailView::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return mails;
    }

    private static MailView view(StoredMessage stored) throws MessagingException, IOException {
        MimeMessage mail = stored.getMimeMessage();
        return new MailView(addresses(mail.getRecipients(Message.RecipientType.TO)), first(mail.getFrom()),
                mail.getSubject(), text(mail), mail.getMessageID(),
                stored.getReceivedDate() == null ? null : stored.getReceivedDate().toInstant());
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(DemoMailboxController::unicode).toList();
    }

    private static String first(Address[] addresses) {
        return addresses == null || addresses.length == 0 ? null : unicode(addresses[0]);
    }

    /** {@code 王小明 <wang@example.cn>}: readable, unlike the header form with its quotes and encoded words. */
    private static String unicode(Address address) {
        if (address instanceof InternetAddress internet) {
            return internet.getPersonal() == null ? internet.getAddress()
                    : internet.getPersonal() + " <" + internet.getAddress() + ">";
        }
        return address.toString();
    }

    /** The decoded text: the body itself, or the first text part of a multipart mail. */
    private static String text(MimeMessage mail) throws MessagingException, IOException {
        Object content = mail.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/*") && part.getContent() instanceof String text) {
                    return text;
                }
            }
        }
        return GreenMailUtil.getBody(mail);
    }
}
