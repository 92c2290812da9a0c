package cn.courts.enforcement.app.notice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The demo profile's own mail server, so that notices really travel over SMTP and can be read at
 * {@code GET /api/admin/mailbox} without any mail infrastructure. Off with
 * {@code enforcement.demo.smtp-enabled=false} (e.g. to try a real SMTP server with the demo data).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = DemoMailConfiguration.ENABLED, havingValue = "true", matchIfMissing = true)
class DemoMailConfiguration {

    static final String ENABLED = "enforcement.demo.smtp-enabled";

    @Bean
    DemoMailServer demoMailServer(@Value("${enforcement.demo.smtp-port:3025}") int port,
                                  ObjectProvider<JavaMailSender> mailSender) {
        return new DemoMailServer(port, mailSender.getIfAvailable());
    }
}
