package cn.courts.enforcement.app.notice;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * A GreenMail SMTP server on 127.0.0.1 (demo profile only, see {@link DemoMailConfiguration}); every mail
 * it receives is kept in memory until it stops. It listens on {@code enforcement.demo.smtp-port} (3025) or,
 * if that port is taken (a second demo instance, several test contexts), on a free port; either way the
 * application's mail sender is pointed at it, so demo mail never leaves the machine.
 */
class DemoMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);
    private static final String HOST = "127.0.0.1";

    private final int configuredPort;
    private final JavaMailSender mailSender;
    private GreenMail greenMail;
    /** The port actually bound, kept so that a restart comes back where the mail sender points. */
    private int port;

    DemoMailServer(int configuredPort, JavaMailSender mailSender) {
        this.configuredPort = configuredPort;
        this.mailSender = mailSender;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        int wanted = port > 0 ? port : configuredPort;
        if (wanted > 0 && !isFree(wanted)) {
            log.warn("Demo SMTP port {} is in use; the demo mail server takes a free port instead", wanted);
            wanted = 0;
        }
        try {
            greenMail = startOn(wanted);
        } catch (IllegalStateException e) {
            if (wanted == 0) {
                throw e;
            }
            // taken between the check and the bind
            log.warn("Demo SMTP port {} could not be bound; taking a free port instead", wanted);
            greenMail = startOn(0);
        }
        port = greenMail.getSmtp().getPort();
        if (mailSender instanceof JavaMailSenderImpl sender) {
            sender.setHost(HOST);
            sender.setPort(port);
        } else {
            log.warn("The mail sender is not a JavaMailSenderImpl: demo mail may not reach the demo server");
        }
        log.info("Demo SMTP server listening on {}:{}; received mail is listed at GET /api/admin/mailbox", HOST, port);
    }

    private static GreenMail startOn(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
            return server;
        } catch (IllegalStateException e) {
            server.stop();
            throw e;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
            log.info("Demo SMTP server on port {} stopped", port);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return greenMail != null && greenMail.isRunning();
    }

    /** Early, so that it is listening before anything could send, and stops after the web server. */
    @Override
    public int getPhase() {
        return 0;
    }

    synchronized int port() {
        return port;
    }

    /** The mail received since the server (re)started, in order of arrival. */
    synchronized List<StoredMessage> receivedMessages() {
        if (greenMail == null) {
            return List.of();
        }
        return List.copyOf(greenMail.getManagers().getImapHostManager().getAllMessages());
    }
}
