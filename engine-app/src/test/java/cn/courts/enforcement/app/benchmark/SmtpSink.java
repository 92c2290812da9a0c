package cn.courts.enforcement.app.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mail relay of the benchmark: an SMTP server on 127.0.0.1 that accepts every mail at once and keeps none,
 * as a prompt relay would. Not GreenMail: GreenMail answers each SMTP command ~40-60 ms late here (about 50 ms
 * per mail, a Nagle/delayed-ACK stall of the test server; 2 ms against a server that sets TCP_NODELAY), which
 * would make the app's outbox look 25 times slower than it is.
 */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "benchmark-smtp");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong received = new AtomicLong();

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        connections.execute(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    long received() {
        return received.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            reply(out, "220 benchmark-smtp ESMTP");
            boolean data = false;
            String line;
            while ((line = readLine(in)) != null) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        received.incrementAndGet();
                        reply(out, "250 2.0.0 OK");
                    }
                    continue;
                }
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-benchmark-smtp\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 benchmark-smtp");
                    case "DATA" -> {
                        data = true;
                        reply(out, "354 end data with <CR><LF>.<CR><LF>");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "250 2.0.0 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** A line without its CR LF, or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
